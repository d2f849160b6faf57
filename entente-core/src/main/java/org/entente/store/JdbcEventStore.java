package org.entente.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.CodedDocument;
import org.entente.EntenteException;
import org.entente.EntenteException.Kind;
import org.entente.Problem;
import org.entente.actors.Actor;
import org.entente.actors.NameForms;
import org.entente.events.Event;
import org.entente.events.EventJson;
import org.entente.ingest.Document;

/**
 * The store over JDBC, with portable SQL; engine differences go through {@link Dialect}. Writes are
 * serialised on this object; each read takes its own connection from the dialect.
 */
final class JdbcEventStore implements EventStore {

  /** Document ids per {@code IN (...)} list: well under every engine's parameter limit. */
  static final int IN_CHUNK = 500;

  private static final Pattern FULL_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final Dialect db;
  private final Clock clock;
  private volatile boolean closed;

  private JdbcEventStore(Dialect db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Wraps an open dialect, creating the schema if absent; closes the dialect when that fails. */
  static JdbcEventStore open(Dialect db, Clock clock) {
    JdbcEventStore store = new JdbcEventStore(db, Objects.requireNonNull(clock, "clock"));
    try {
      store.createSchema();
      return store;
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  private void createSchema() {
    Connection c = db.writer();
    try {
      try (Statement s = c.createStatement()) {
        for (String ddl : Schema.ddl(db)) {
          s.execute(ddl);
        }
        Integer version = null;
        try (ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
          if (r.next()) {
            int v = r.getInt(1);
            version = r.wasNull() ? null : v;
          }
        }
        if (version == null) {
          s.execute("INSERT INTO schema_version (version) VALUES (" + Schema.VERSION + ")");
        } else if (version > Schema.VERSION) {
          throw new EntenteException(Kind.CONFIG, "the database " + db.where() + " has schema version " + version
              + ", newer than this Entente's (" + Schema.VERSION + "); use a newer Entente or pass --db with another file");
        }
      }
      c.commit();
    } catch (SQLException e) {
      rollbackQuietly(c);
      throw failure("cannot create the tables in", e);
    } catch (RuntimeException e) {
      rollbackQuietly(c);
      throw e;
    }
  }

  // ---------------------------------------------------------------------------------------------- writing

  @Override
  public synchronized void write(List<CodedDocument> batch) {
    checkOpen();
    if (batch.isEmpty()) {
      return;
    }
    Map<String, CodedDocument> docs = new LinkedHashMap<>();
    for (CodedDocument cd : batch) {
      String id = cd.document().id();
      for (Event e : cd.events()) {
        if (!e.docId().equals(id)) {
          throw new IllegalArgumentException("event " + e.eventId() + " has doc_id " + e.docId()
              + " but belongs to document " + id);
        }
      }
      docs.remove(id); // the last occurrence wins, in its own position
      docs.put(id, cd);
    }
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    Connection c = db.writer();
    try {
      // Statements run first: they open the transaction (auto-commit is off) that the bulk rows then join.
      // A bulk loader used with no transaction open may commit on its own (see DuckDb).
      delete(c, new ArrayList<>(docs.keySet()));
      append(docs.values(), now);
      c.commit();
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(c);
      String ids = docs.keySet().stream().limit(3).collect(Collectors.joining(", "))
          + (docs.size() > 3 ? ", ..." : "");
      throw new EntenteException(Kind.IO, "cannot store a batch of " + docs.size() + " documents (" + ids
          + ") in " + db.where() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Deletes what the store holds of these documents. Only documents already stored are touched: a document row
   * is written in the same transaction as its events and problems, so a document without one has nothing else.
   */
  private static void delete(Connection c, List<String> ids) throws SQLException {
    List<String> stored = new ArrayList<>();
    for (List<String> chunk : chunks(ids)) {
      try (PreparedStatement p = c.prepareStatement("SELECT doc_id FROM documents WHERE doc_id IN " + in(chunk))) {
        bind(p, chunk);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            stored.add(r.getString(1));
          }
        }
      }
    }
    for (List<String> chunk : chunks(stored)) {
      for (String sql : List.of(
          "DELETE FROM event_actors WHERE event_id IN (SELECT event_id FROM events WHERE doc_id IN " + in(chunk) + ")",
          "DELETE FROM events WHERE doc_id IN " + in(chunk),
          "DELETE FROM problems WHERE doc_id IN " + in(chunk),
          "DELETE FROM documents WHERE doc_id IN " + in(chunk))) {
        try (PreparedStatement p = c.prepareStatement(sql)) {
          bind(p, chunk);
          p.executeUpdate();
        }
      }
    }
  }

  private static List<List<String>> chunks(List<String> ids) {
    List<List<String>> out = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += IN_CHUNK) {
      out.add(ids.subList(from, Math.min(ids.size(), from + IN_CHUNK)));
    }
    return out;
  }

  private static String in(List<String> chunk) {
    return "(" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
  }

  private static void bind(PreparedStatement p, List<String> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      p.setString(i + 1, values.get(i));
    }
  }

  private void append(Iterable<CodedDocument> docs, LocalDateTime now) throws SQLException {
    try (RowSink documents = db.sink(Schema.DOCUMENTS);
         RowSink events = db.sink(Schema.EVENTS);
         RowSink actors = db.sink(Schema.EVENT_ACTORS);
         RowSink problems = db.sink(Schema.PROBLEMS)) {
      for (CodedDocument cd : docs) {
        Document d = cd.document();
        documents.row(d.id(), d.title(), d.url(), d.source(), d.date(), d.origin(), d.text(), cd.sentences(),
            cd.tokens(), now);
        for (Event e : cd.events()) {
          appendEvent(events, actors, e);
        }
        for (Problem p : cd.problems()) {
          problems.row(d.id(), p.stage(), p.reason(), now);
        }
      }
      documents.finish();
      events.finish();
      actors.finish();
      problems.finish();
    }
  }

  private static void appendEvent(RowSink events, RowSink actors, Event e) throws SQLException {
    ObjectNode json = EventJson.toJson(e);
    String record;
    try {
      record = EventJson.mapper().writeValueAsString(json);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("cannot serialise event " + e.eventId(), ex);
    }
    var place = e.location();
    events.row(e.eventId(), e.docId(), e.type(), e.mode(), e.cameo(), e.goldstein(), e.quadClass(),
        e.symmetric(), e.date(), fullDay(e.date()), e.dateText(), e.modality().code(),
        json.path("confidence").asDouble(), // as the record has it (rounded), so the two agree
        e.evidence().sentence(), e.evidence().triggerSpan().start(), e.evidence().triggerSpan().end(),
        place == null ? null : place.name(), place == null ? null : place.country(),
        place == null ? null : place.region(), String.join(",", e.sectors()), record);
    appendActors(actors, e.eventId(), "source", e.source());
    appendActors(actors, e.eventId(), "target", e.target());
  }

  private static void appendActors(RowSink actors, String eventId, String side, List<Actor> list)
      throws SQLException {
    for (int i = 0; i < list.size(); i++) {
      Actor a = list.get(i);
      actors.row(eventId, side, i, a.name(), a.kind().name(), a.country(), a.region(), a.sector(), a.role(),
          a.code(), a.text(), a.span().start(), a.span().end());
    }
  }

  /** The date as a DATE when the contract's string is a whole day ({@code 1956-07-05}), else null. */
  static LocalDate fullDay(String date) {
    if (date == null || !FULL_DAY.matcher(date).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------------------------------------- reading

  @Override
  public <T> T read(String what, SqlRead<T> read) {
    checkOpen();
    try (Connection c = db.reader()) {
      return read.run(c);
    } catch (SQLException e) {
      throw failure("cannot read " + what + " from", e);
    }
  }

  @Override
  public List<Event> events(String docIdOrNull) {
    String sql = "SELECT record FROM events" + (docIdOrNull == null ? "" : " WHERE doc_id = ?")
        + " ORDER BY doc_id, sentence, trigger_start, event_id";
    return read("events", c -> {
      List<Event> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(sql)) {
        if (docIdOrNull != null) {
          p.setString(1, docIdOrNull);
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(EventJson.fromLine(r.getString(1)));
          }
        }
      }
      return out;
    });
  }

  @Override
  public long eventCount() {
    return count("events");
  }

  @Override
  public long documentCount() {
    return count("documents");
  }

  private long count(String table) {
    return read("the " + table + " count", c -> {
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
        r.next();
        return r.getLong(1);
      }
    });
  }

  @Override
  public List<Problem> problems() {
    return read("problems", c -> {
      List<Problem> out = new ArrayList<>();
      try (Statement s = c.createStatement();
           ResultSet r = s.executeQuery("SELECT doc_id, stage, reason FROM problems ORDER BY doc_id, stage, reason")) {
        while (r.next()) {
          out.add(new Problem(r.getString(1), r.getString(2), r.getString(3)));
        }
      }
      return out;
    });
  }

  /** The identity of an actor in {@link #actorCounts}. */
  private record ActorKey(String name, String kind, String country, String region, String sector, String code) {
    static ActorKey of(ResultSet r) throws SQLException {
      return new ActorKey(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
          r.getString(6));
    }
  }

  @Override
  public List<MergedEvent> mergedEvents() {
    String sql = "SELECT type, cameo, date_day, source_names, target_names, source_codes, target_codes, num_events,"
        + " num_sources, first_event_id"
        + " FROM merged_events ORDER BY num_sources DESC, date_day, first_event_id";
    return read("merged events", c -> {
      List<MergedEvent> out = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(MergedEvent.read(r, 1));
        }
      }
      return out;
    });
  }

  @Override
  public List<ActorCount> actorCounts(String nameQueryOrNull) {
    String keyCols = "name, kind, country, region, sector, code";
    String filter = nameQueryOrNull == null ? "" : " AND LOWER(name) LIKE ? ESCAPE '\\'";
    String counts = "SELECT " + keyCols + ", COUNT(DISTINCT event_id) AS n FROM event_actors WHERE 1 = 1" + filter
        + " GROUP BY " + keyCols + " ORDER BY n DESC, name, code, kind, country, region, sector";
    // each role with the dates the text supports it: the event's own calendar date, else its document's date
    String dated = "COALESCE(CASE WHEN SUBSTR(e.\"date\", 1, 1) BETWEEN '0' AND '9' THEN e.\"date\" END, "
        + "CAST(d.doc_date AS VARCHAR))";
    String aCols = "a.name, a.kind, a.country, a.region, a.sector, a.code";
    String roles = "SELECT " + aCols + ", a.role, COUNT(*) AS n, MIN(" + dated + "), MAX(" + dated + ")"
        + " FROM event_actors a JOIN events e ON e.event_id = a.event_id"
        + " LEFT JOIN documents d ON d.doc_id = e.doc_id WHERE a.role IS NOT NULL"
        + (nameQueryOrNull == null ? "" : " AND LOWER(a.name) LIKE ? ESCAPE '\\'")
        + " GROUP BY " + aCols + ", a.role ORDER BY n DESC, a.role";
    // the words of each person's mentions, from which NameForms reads the name forms it was mentioned by; a person
    // known only by a title ("the Kremlin spokesman") is named by its role and has no name forms
    String words = "SELECT " + aCols + ", a.text, COUNT(*) AS n FROM event_actors a"
        + " WHERE a.kind = 'PERSON' AND a.text IS NOT NULL AND (a.role IS NULL OR a.role <> a.name)"
        + (nameQueryOrNull == null ? "" : " AND LOWER(a.name) LIKE ? ESCAPE '\\'")
        + " GROUP BY " + aCols + ", a.text ORDER BY n DESC, a.text";
    String pattern = nameQueryOrNull == null ? null : "%" + likeEscape(nameQueryOrNull.toLowerCase(Locale.ROOT)) + "%";
    return read("actors", c -> {
      Map<ActorKey, long[]> events = new LinkedHashMap<>();
      eachRow(c, counts, pattern, r -> events.put(ActorKey.of(r), new long[] {r.getLong(7)}));
      Map<ActorKey, List<String>> titles = new LinkedHashMap<>();
      eachRow(c, roles, pattern, r -> titles.computeIfAbsent(ActorKey.of(r), k -> new ArrayList<>())
          .add(datedRole(r.getString(7), r.getString(9), r.getString(10))));
      Map<ActorKey, List<String>> texts = new LinkedHashMap<>();
      eachRow(c, words, pattern, r -> texts.computeIfAbsent(ActorKey.of(r), k -> new ArrayList<>())
          .add(r.getString(7)));
      List<ActorCount> out = new ArrayList<>(events.size());
      events.forEach((k, n) -> out.add(new ActorCount(k.name(), k.kind(), k.country(), k.region(), k.sector(),
          titles.getOrDefault(k, List.of()), NameForms.aliases(k.name(), texts.getOrDefault(k, List.of())), n[0])));
      return mergePersons(out);
    });
  }

  /** What to do with one row of a result. */
  private interface RowHandler {
    void row(ResultSet r) throws SQLException;
  }

  /** Runs {@code sql} with the LIKE {@code pattern} as its one parameter when there is one, row by row. */
  private static void eachRow(Connection c, String sql, String pattern, RowHandler h) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      if (pattern != null) {
        p.setString(1, pattern);
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          h.row(r);
        }
      }
    }
  }

  /** "President (1987-03-02..1987-06-30)"; the role alone when no date supports it. */
  private static String datedRole(String role, String first, String last) {
    if (first == null) {
      return role;
    }
    return role + " (" + (first.equals(last) ? first : first + ".." + last) + ")";
  }

  /**
   * One registry across documents: a person named in one document only by surname ("Putin") is the one person of
   * the same state known elsewhere by a longer name ending in it ("Vladimir Putin"), when there is exactly one.
   * "Reagan" stays apart when both "Ronald Reagan" and "Nancy Reagan" are known.
   */
  static List<ActorCount> mergePersons(List<ActorCount> in) {
    Map<ActorCount, ActorCount> into = new java.util.IdentityHashMap<>();
    for (ActorCount shorter : in) {
      if (!"PERSON".equals(shorter.kind())) {
        continue;
      }
      List<ActorCount> longer = in.stream().filter(o -> o != shorter && "PERSON".equals(o.kind())
          && java.util.Objects.equals(o.country(), shorter.country())
          && o.name().endsWith(" " + shorter.name())).toList();
      if (longer.size() == 1) {
        into.put(shorter, longer.get(0));
      }
    }
    if (into.isEmpty()) {
      return in;
    }
    Map<ActorCount, long[]> counts = new java.util.IdentityHashMap<>();
    Map<ActorCount, java.util.LinkedHashSet<String>> roles = new java.util.IdentityHashMap<>();
    Map<ActorCount, List<String>> forms = new java.util.IdentityHashMap<>();
    for (ActorCount a : in) {
      ActorCount target = into.getOrDefault(a, a);
      counts.computeIfAbsent(target, k -> new long[1])[0] += a.events();
      roles.computeIfAbsent(target, k -> new java.util.LinkedHashSet<>()).addAll(a.roles());
      List<String> f = forms.computeIfAbsent(target, k -> new ArrayList<>(k.aliases()));
      if (a != target) {
        f.add(a.name());
        f.addAll(a.aliases());
      }
    }
    List<ActorCount> out = new ArrayList<>();
    for (ActorCount a : in) {
      if (!into.containsKey(a)) {
        List<String> aliases = "PERSON".equals(a.kind()) ? NameForms.aliases(a.name(), forms.get(a)) : a.aliases();
        out.add(new ActorCount(a.name(), a.kind(), a.country(), a.region(), a.sector(),
            List.copyOf(roles.get(a)), aliases, counts.get(a)[0]));
      }
    }
    out.sort(java.util.Comparator.comparingLong(ActorCount::events).reversed().thenComparing(ActorCount::name));
    return out;
  }

  private static String likeEscape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  // ---------------------------------------------------------------------------------------------- lifecycle

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      db.close();
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the event store " + db.where() + " is closed");
    }
  }

  private EntenteException failure(String what, SQLException e) {
    return new EntenteException(Kind.IO, what + " the database " + db.where() + ": " + e.getMessage(), e);
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the original failure is the one to report
    }
  }

  @Override
  public String toString() {
    return "EventStore(" + db.where() + ")";
  }
}
