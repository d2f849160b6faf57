package org.entente.query;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.entente.EntenteException;
import org.entente.Problem;
import org.entente.actors.Actor;
import org.entente.events.Event;
import org.entente.events.EventJson;
import org.entente.store.EventStore;
import org.entente.store.MergedEvent;

/**
 * The front door of the query package: answers analysts' questions from a store (and its evidence index for
 * full-text search).
 *
 * <p><b>Threads.</b> Thread-safe: every call reads on its own connection and keeps no state between calls.
 *
 * <p><b>Failures.</b> Bad filter values and cursors are {@link EntenteException}s of kind {@code USAGE} naming the
 * parameter; database failures are kind {@code IO}. Absent things are empty {@link Optional}s.
 */
public final class Analyst {

  /** Largest page of events. */
  public static final int MAX_LIMIT = 500;

  /** Orders of the event list; ties are broken by event id so that pages are stable. */
  public enum Sort {
    /** Newest first; partial and missing dates last. */
    DATE_DESC("-date"),
    /** Oldest first; partial and missing dates last. */
    DATE_ASC("date"),
    CONFIDENCE_DESC("-confidence"),
    CONFIDENCE_ASC("confidence");

    private final String param;

    Sort(String param) {
      this.param = param;
    }

    /** The parameter value ({@code -date}) or a USAGE error listing the choices. */
    public static Sort parse(String value) {
      if (value == null || value.isBlank()) {
        return DATE_DESC;
      }
      for (Sort s : values()) {
        if (s.param.equals(value.strip())) {
          return s;
        }
      }
      throw EventFilter.usage("sort", "wants -date, date, -confidence or confidence, got '" + value + "'");
    }

    String key() {
      return switch (this) {
        case DATE_DESC -> "COALESCE(e.date_day, DATE '0001-01-01')";
        case DATE_ASC -> "COALESCE(e.date_day, DATE '9999-12-31')";
        case CONFIDENCE_DESC, CONFIDENCE_ASC -> "e.confidence";
      };
    }

    boolean descending() {
      return this == DATE_DESC || this == CONFIDENCE_DESC;
    }
  }

  private final EventStore store;
  private final EvidenceIndex index;

  private Analyst(EventStore store, EvidenceIndex index) {
    this.store = Objects.requireNonNull(store, "store");
    this.index = index;
  }

  /**
   * @param store the events
   * @param index their evidence index, kept in sync by the caller; null when full-text search is not wanted (a
   *              filter with {@code q} is then a USAGE error)
   */
  public static Analyst over(EventStore store, EvidenceIndex index) {
    return new Analyst(store, index);
  }

  private FilterSql sql(EventFilter f) {
    if (f.text() == null) {
      return FilterSql.of(f, null);
    }
    if (index == null) {
      throw EventFilter.usage("q", "needs the evidence index, which this store was opened without");
    }
    return FilterSql.of(f, index.search(f.text()));
  }

  // ------------------------------------------------------------------------------------------------ events

  /**
   * One page of events.
   *
   * @param limit  1..{@link #MAX_LIMIT}
   * @param cursor the {@code next} of the previous page, or null for the first
   */
  public Page<Event> events(EventFilter filter, Sort sort, int limit, String cursor) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw EventFilter.usage("limit", "wants 1.." + MAX_LIMIT + ", got " + limit);
    }
    FilterSql f = sql(filter);
    Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor, sort);
    String key = sort.key();
    String dir = sort.descending() ? "DESC" : "ASC";
    String page = "SELECT e.record, " + key + " AS k, e.event_id FROM events e WHERE " + f.where
        + (after == null ? "" : " AND (" + key + (sort.descending() ? " < " : " > ") + "? OR (" + key
            + " = ? AND e.event_id > ?))")
        + " ORDER BY k " + dir + ", e.event_id LIMIT ?";
    String count = "SELECT COUNT(*) FROM events e WHERE " + f.where;
    return store.read("events", c -> {
      List<Event> items = new ArrayList<>();
      String lastKey = null;
      String lastId = null;
      boolean more = false;
      try (PreparedStatement p = c.prepareStatement(page)) {
        int i = FilterSql.bind(p, 1, f.params);
        if (after != null) {
          i = after.bind(p, i, sort);
          i = after.bind(p, i, sort);
          p.setString(i++, after.eventId);
        }
        p.setInt(i, limit + 1);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            if (items.size() == limit) {
              more = true;
              break;
            }
            items.add(EventJson.fromLine(r.getString(1)));
            lastKey = r.getString(2);
            lastId = r.getString(3);
          }
        }
      }
      long total = count(c, count, f);
      return new Page<>(items, more ? new Cursor(lastKey, lastId).encode(sort) : null, total);
    });
  }

  private static long count(Connection c, String sql, FilterSql f) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      FilterSql.bind(p, 1, f.params);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /** Every event matching, in document and text order, streamed (for exports of any size). */
  public void forEachEvent(EventFilter filter, Consumer<Event> each) {
    FilterSql f = sql(filter);
    String sql = "SELECT e.record FROM events e WHERE " + f.where
        + " ORDER BY e.doc_id, e.sentence, e.trigger_start, e.event_id";
    store.read("events", c -> {
      try (PreparedStatement p = c.prepareStatement(sql)) {
        p.setFetchSize(1000);
        FilterSql.bind(p, 1, f.params);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            each.accept(EventJson.fromLine(r.getString(1)));
          }
        }
      }
      return null;
    });
  }

  /** One event and its document. */
  public Optional<EventDetail> event(String eventId) {
    String sql = "SELECT e.record, d.doc_id, d.title, d.doc_date, d.source, "
        + "(SELECT COUNT(*) FROM events x WHERE x.doc_id = d.doc_id), d.url FROM events e "
        + "JOIN documents d ON d.doc_id = e.doc_id WHERE e.event_id = ?";
    return store.read("event " + eventId, c -> {
      try (PreparedStatement p = c.prepareStatement(sql)) {
        p.setString(1, eventId);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            return Optional.empty();
          }
          return Optional.of(new EventDetail(EventJson.fromLine(r.getString(1)), summary(r, 2)));
        }
      }
    });
  }

  private static DocumentView.Summary summary(ResultSet r, int first) throws SQLException {
    java.sql.Date d = r.getDate(first + 2);
    return new DocumentView.Summary(r.getString(first), r.getString(first + 1), d == null ? null : d.toLocalDate(),
        r.getString(first + 3), r.getLong(first + 4), r.getString(first + 5));
  }

  // ---------------------------------------------------------------------------------------------- timeline

  /** Counts per period and type, and the mean Goldstein score, of the events matching. */
  public Timeline timeline(EventFilter filter, Timeline.Interval interval) {
    FilterSql f = sql(filter);
    String unit = interval == Timeline.Interval.WEEK ? "week" : "month";
    // without a date range the undated events are counted in the same pass, as the bucket of a null period
    boolean onePass = filter.from() == null && filter.to() == null;
    // DuckDB's JDBC driver can answer a NULL date of a grouped result with a garbage date and wasNull() false,
    // so undated rows are told apart by a column of their own
    String sql = "SELECT CAST(date_trunc('" + unit + "', e.date_day) AS DATE) AS p, e.type, COUNT(*), "
        + "SUM(e.goldstein), e.date_day IS NULL AS u FROM events e WHERE "
        + (onePass ? "" : "e.date_day IS NOT NULL AND ") + f.where + " GROUP BY 1, 2, 5";
    // with a date range, the undated events the range leaves out are counted by the filter without it (which, for a
    // q= filter, searches the index again: only done when needed)
    FilterSql undatedSql = onePass ? null : sql(filter.withoutDates());
    return store.read("the timeline", c -> {
      TreeMap<LocalDate, Map<String, Long>> counts = new TreeMap<>();
      Map<LocalDate, double[]> goldstein = new HashMap<>();
      Map<String, Long> typeTotals = new HashMap<>();
      long undatedCount = 0;
      try (PreparedStatement p = c.prepareStatement(sql)) {
        FilterSql.bind(p, 1, f.params);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            if (r.getBoolean(5)) {
              undatedCount += r.getLong(3);
              continue;
            }
            LocalDate start = r.getDate(1).toLocalDate();
            long n = r.getLong(3);
            counts.computeIfAbsent(start, k -> new HashMap<>()).merge(r.getString(2), n, Long::sum);
            double[] g = goldstein.computeIfAbsent(start, k -> new double[2]);
            g[0] += r.getDouble(4);
            g[1] += n;
            typeTotals.merge(r.getString(2), n, Long::sum);
          }
        }
      }
      List<Timeline.Bucket> buckets = new ArrayList<>();
      if (!counts.isEmpty()) {
        for (LocalDate s = counts.firstKey(); !s.isAfter(counts.lastKey()); s = next(s, interval)) {
          Map<String, Long> byType = counts.getOrDefault(s, Map.of());
          double[] g = goldstein.get(s);
          long total = byType.values().stream().mapToLong(Long::longValue).sum();
          buckets.add(new Timeline.Bucket(period(s, interval), s, next(s, interval).minusDays(1), total, byType,
              g == null ? null : Math.round(g[0] / g[1] * 100) / 100.0));
        }
      }
      List<String> types = typeTotals.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .map(Map.Entry::getKey).toList();
      return new Timeline(unit, types, buckets, onePass ? undatedCount
          : count(c, "SELECT COUNT(*) FROM events e WHERE e.date_day IS NULL AND " + undatedSql.where, undatedSql));
    });
  }

  private static LocalDate next(LocalDate start, Timeline.Interval interval) {
    return interval == Timeline.Interval.WEEK ? start.plusWeeks(1) : start.plusMonths(1);
  }

  static String period(LocalDate start, Timeline.Interval interval) {
    if (interval == Timeline.Interval.WEEK) {
      return String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
          start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
    return String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
  }

  /** The Monday of a day's ISO week; what {@code date_trunc('week', ...)} gives. */
  static LocalDate monday(LocalDate d) {
    return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  // ------------------------------------------------------------------------------------------------ actors

  /** The supporting date of a mention: its event's own full date, else its document's date. */
  private static final String DATED = "COALESCE(CASE WHEN SUBSTR(e.\"date\", 1, 1) BETWEEN '0' AND '9' "
      + "THEN e.\"date\" END, CAST(d.doc_date AS VARCHAR))";

  /**
   * Actors by number of events, most first.
   *
   * @param nameQuery a case-insensitive part of the canonical name, or null for all
   */
  public List<ActorSummary> actors(String nameQuery, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw EventFilter.usage("limit", "wants 1.." + MAX_LIMIT + ", got " + limit);
    }
    String where = nameQuery == null || nameQuery.isBlank() ? "" : " WHERE LOWER(a.name) LIKE ? ESCAPE '\\'";
    String sql = "SELECT a.name, COUNT(DISTINCT a.event_id) AS n FROM event_actors a" + where
        + " GROUP BY a.name ORDER BY n DESC, a.name LIMIT ?";
    return store.read("actors", c -> {
      List<String> names = new ArrayList<>();
      Map<String, Long> counts = new HashMap<>();
      try (PreparedStatement p = c.prepareStatement(sql)) {
        int i = 1;
        if (!where.isEmpty()) {
          p.setString(i++, "%" + likeEscape(nameQuery.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        p.setInt(i, limit);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            names.add(r.getString(1));
            counts.put(r.getString(1), r.getLong(2));
          }
        }
      }
      return describe(c, names, counts);
    });
  }

  /** One actor's profile, by its key (canonical name, case-insensitive). */
  public Optional<ActorProfile> actor(String key) {
    Optional<ActorSummary> found = store.read("actor " + key, c -> {
      String name = null;
      long n = 0;
      try (PreparedStatement p = c.prepareStatement("SELECT a.name, COUNT(DISTINCT a.event_id) AS n "
          + "FROM event_actors a WHERE LOWER(a.name) = ? GROUP BY a.name ORDER BY n DESC, a.name")) {
        p.setString(1, key.toLowerCase(Locale.ROOT));
        try (ResultSet r = p.executeQuery()) {
          if (r.next()) {
            name = r.getString(1);
            n = r.getLong(2);
          }
        }
      }
      return name == null ? Optional.<ActorSummary>empty() : Optional.of(describe(c, name, n));
    });
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ActorSummary actor = found.get();
    return store.read("actor " + key, c -> {
      Map<String, Long> byType = new LinkedHashMap<>();
      try (PreparedStatement p = c.prepareStatement("SELECT e.type, COUNT(DISTINCT e.event_id) AS n FROM events e "
          + "JOIN event_actors a ON a.event_id = e.event_id WHERE a.name = ? GROUP BY e.type ORDER BY n DESC")) {
        p.setString(1, actor.name());
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            byType.put(r.getString(1), r.getLong(2));
          }
        }
      }
      List<ActorProfile.Counterpart> counterparts = new ArrayList<>();
      try (PreparedStatement p = c.prepareStatement("SELECT o.name, MIN(o.kind), MIN(o.country), "
          + "COUNT(DISTINCT o.event_id) AS n FROM event_actors a JOIN event_actors o ON o.event_id = a.event_id "
          + "AND o.name <> a.name WHERE a.name = ? GROUP BY o.name ORDER BY n DESC, o.name LIMIT 50")) {
        p.setString(1, actor.name());
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            counterparts.add(new ActorProfile.Counterpart(r.getString(1), r.getString(1), r.getString(2),
                r.getString(3), r.getLong(4)));
          }
        }
      }
      EventFilter mine = new EventFilter(actor.name(), null, null, null, null, false, null, null, null, null, null,
          null, false, null, null, null);
      List<Event> latest = events(mine, Sort.DATE_DESC, 20, null).items();
      return Optional.of(new ActorProfile(actor, byType, counterparts, latest));
    });
  }

  /** Kind, country, region, sector and code as most mentions have them; aliases; roles with their dates. */
  private static ActorSummary describe(Connection c, String name, long events) throws SQLException {
    return describe(c, List.of(name), Map.of(name, events)).get(0);
  }

  /**
   * Summaries of several actors in three queries whatever their number (one per name made the actors list take
   * seconds on the Reuters store): the most frequent kind, country, region, sector and code of each name; its ten
   * most frequent mention texts, leaving out the trigger words that stand for an implied actor ("protest" for the
   * government protested against); its roles with dates.
   */
  private static List<ActorSummary> describe(Connection c, List<String> names, Map<String, Long> events)
      throws SQLException {
    if (names.isEmpty()) {
      return List.of();
    }
    String in = " IN " + FilterSql.marks(names.size());
    Map<String, String[]> first = new HashMap<>();
    eachRow(c, "SELECT a.name, a.kind, a.country, a.region, a.sector, a.code, COUNT(*) AS n FROM event_actors a "
        + "WHERE a.name" + in + " GROUP BY a.name, a.kind, a.country, a.region, a.sector, a.code "
        + "ORDER BY a.name, n DESC, a.code", names, r -> first.putIfAbsent(r.getString(1), new String[] {
            r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6)}));
    Map<String, List<String>> aliases = new HashMap<>();
    eachRow(c, "SELECT a.name, a.text, COUNT(*) AS n FROM event_actors a JOIN events e ON e.event_id = a.event_id "
        + "WHERE a.name" + in + " AND a.text IS NOT NULL AND NOT (a.start_offset >= e.trigger_start "
        + "AND a.end_offset <= e.trigger_end) GROUP BY a.name, a.text ORDER BY a.name, n DESC, a.text", names, r -> {
          List<String> l = aliases.computeIfAbsent(r.getString(1), k -> new ArrayList<>());
          String[] f = first.get(r.getString(1));
          boolean person = f != null && "PERSON".equals(f[0]);
          if (l.size() < 10 && !(person && collective(r.getString(2)))) {
            l.add(r.getString(2));
          }
        });
    Map<String, List<ActorSummary.Role>> roles = new HashMap<>();
    eachRow(c, "SELECT a.name, a.role, MIN(" + DATED + "), MAX(" + DATED + "), COUNT(DISTINCT a.event_id) AS n "
        + "FROM event_actors a JOIN events e ON e.event_id = a.event_id "
        + "LEFT JOIN documents d ON d.doc_id = e.doc_id WHERE a.name" + in + " AND a.role IS NOT NULL "
        + "GROUP BY a.name, a.role ORDER BY a.name, n DESC, a.role", names, r -> roles.computeIfAbsent(
            r.getString(1), k -> new ArrayList<>()).add(new ActorSummary.Role(r.getString(2), r.getString(3),
            r.getString(4), r.getLong(5))));
    List<ActorSummary> out = new ArrayList<>();
    for (String name : names) {
      String[] f = first.getOrDefault(name, new String[5]);
      out.add(new ActorSummary(name, name, f[0] == null ? "UNKNOWN" : f[0], f[1], f[2], f[3], f[4],
          aliases.getOrDefault(name, List.of()), roles.getOrDefault(name, List.of()), events.get(name)));
    }
    return out;
  }

  /**
   * "the participants", "the two leaders", "both sides": a plural common noun that coreference gave to each person
   * taking part; true of the words, but not a name or title the person is called by.
   */
  static boolean collective(String words) {
    String last = words.strip().substring(words.strip().lastIndexOf(' ') + 1);
    return !last.isEmpty() && Character.isLowerCase(last.charAt(0)) && last.endsWith("s") && !last.endsWith("ss");
  }

  private interface RowSink {
    void accept(ResultSet r) throws SQLException;
  }

  private static void eachRow(Connection c, String sql, List<String> params, RowSink sink) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        p.setString(i + 1, params.get(i));
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          sink.accept(r);
        }
      }
    }
  }

  private static String likeEscape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  // ----------------------------------------------------------------------------------------------- network

  /**
   * The actors of matching events as nodes and their events as undirected edges: source to target, and between
   * the sources of a symmetric event without targets.
   *
   * @param minWeight edges with fewer events are left out
   * @param maxNodes  the most active nodes kept; edges to others are left out
   */
  public Network network(EventFilter filter, Network.Level level, int minWeight, int maxNodes) {
    if (minWeight < 1) {
      throw EventFilter.usage("min", "wants a number of events of 1 or more, got " + minWeight);
    }
    if (maxNodes < 1 || maxNodes > 5000) {
      throw EventFilter.usage("max_nodes", "wants 1..5000, got " + maxNodes);
    }
    FilterSql f = sql(filter);
    String id = level == Network.Level.COUNTRY ? "country" : "name";
    String pairs = "SELECT s." + id + ", t." + id + ", e.quad_class, e.goldstein, e.event_id FROM events e "
        + "JOIN event_actors s ON s.event_id = e.event_id AND s.side = 'source' "
        + "JOIN event_actors t ON t.event_id = e.event_id AND (t.side = 'target' "
        + "OR (e.\"symmetric\" AND t.side = 'source' AND t.pos > s.pos)) "
        + "WHERE s." + id + " IS NOT NULL AND t." + id + " IS NOT NULL AND s." + id + " <> t." + id + " AND " + f.where;
    String edges = "SELECT x1, x2, quad_class, COUNT(DISTINCT event_id), SUM(goldstein) FROM ("
        + "SELECT CASE WHEN p1 < p2 THEN p1 ELSE p2 END AS x1, CASE WHEN p1 < p2 THEN p2 ELSE p1 END AS x2, "
        + "quad_class, goldstein, event_id FROM (" + pairs.replaceFirst("SELECT s\\." + id + ", t\\." + id,
        "SELECT s." + id + " AS p1, t." + id + " AS p2") + ") q0) q GROUP BY x1, x2, quad_class";
    String nodes = "SELECT a." + id + ", MIN(a.kind), MIN(a.country), e.quad_class, COUNT(DISTINCT e.event_id) "
        + "FROM events e JOIN event_actors a ON a.event_id = e.event_id WHERE a." + id + " IS NOT NULL AND " + f.where
        + " GROUP BY a." + id + ", e.quad_class";
    return store.read("the network", c -> {
      Map<String, long[]> nodeQuads = new HashMap<>();
      Map<String, String[]> nodeInfo = new HashMap<>();
      try (PreparedStatement p = c.prepareStatement(nodes)) {
        FilterSql.bind(p, 1, f.params);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            String n = r.getString(1);
            nodeQuads.computeIfAbsent(n, k -> new long[5])[r.getInt(4)] += r.getLong(5);
            nodeInfo.putIfAbsent(n, new String[] {r.getString(2), r.getString(3)});
          }
        }
      }
      Map<List<String>, long[]> weights = new LinkedHashMap<>();
      Map<List<String>, double[]> gold = new HashMap<>();
      try (PreparedStatement p = c.prepareStatement(edges)) {
        FilterSql.bind(p, 1, f.params);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            List<String> k = List.of(r.getString(1), r.getString(2));
            weights.computeIfAbsent(k, x -> new long[5])[r.getInt(3)] += r.getLong(4);
            double[] g = gold.computeIfAbsent(k, x -> new double[2]);
            g[0] += r.getDouble(5);
            g[1] += r.getLong(4);
          }
        }
      }
      List<Network.Node> all = new ArrayList<>();
      nodeQuads.forEach((n, q) -> {
        long total = 0;
        int top = 1;
        for (int i = 1; i <= 4; i++) {
          total += q[i];
          if (q[i] > q[top]) {
            top = i;
          }
        }
        String[] info = nodeInfo.get(n);
        String kind = level == Network.Level.COUNTRY ? "COUNTRY" : info[0];
        all.add(new Network.Node(n, n, kind, level == Network.Level.COUNTRY ? n : info[1], total, top));
      });
      all.sort(Comparator.comparingLong(Network.Node::events).reversed().thenComparing(Network.Node::id));
      List<Network.Node> kept = all.subList(0, Math.min(maxNodes, all.size()));
      java.util.Set<String> ids = new java.util.HashSet<>();
      kept.forEach(n -> ids.add(n.id()));
      List<Network.Edge> out = new ArrayList<>();
      weights.forEach((k, q) -> {
        long w = q[1] + q[2] + q[3] + q[4];
        if (w >= minWeight && ids.contains(k.get(0)) && ids.contains(k.get(1))) {
          Map<String, Long> quads = new TreeMap<>();
          for (int i = 1; i <= 4; i++) {
            if (q[i] > 0) {
              quads.put(Integer.toString(i), q[i]);
            }
          }
          double[] g = gold.get(k);
          out.add(new Network.Edge(k.get(0), k.get(1), w, quads, Math.round(g[0] / g[1] * 100) / 100.0));
        }
      });
      out.sort(Comparator.comparingLong(Network.Edge::weight).reversed().thenComparing(Network.Edge::source)
          .thenComparing(Network.Edge::target));
      return new Network(kept, out);
    });
  }

  // --------------------------------------------------------------------------------------------- documents

  /** Documents by id, with their event counts. */
  public Page<DocumentView.Summary> documents(int limit, String cursor) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw EventFilter.usage("limit", "wants 1.." + MAX_LIMIT + ", got " + limit);
    }
    String after = cursor == null || cursor.isBlank() ? null : decode(cursor, "cursor");
    String sql = "SELECT d.doc_id, d.title, d.doc_date, d.source, "
        + "(SELECT COUNT(*) FROM events x WHERE x.doc_id = d.doc_id), d.url FROM documents d"
        + (after == null ? "" : " WHERE d.doc_id > ?") + " ORDER BY d.doc_id LIMIT ?";
    return store.read("documents", c -> {
      List<DocumentView.Summary> items = new ArrayList<>();
      boolean more = false;
      try (PreparedStatement p = c.prepareStatement(sql)) {
        int i = 1;
        if (after != null) {
          p.setString(i++, after);
        }
        p.setInt(i, limit + 1);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            if (items.size() == limit) {
              more = true;
              break;
            }
            items.add(summary(r, 1));
          }
        }
      }
      String next = more ? encode(items.get(items.size() - 1).docId()) : null;
      return new Page<>(items, next, store.documentCount());
    });
  }

  /** One document with its text, events, marks and problems. */
  public Optional<DocumentView> document(String docId) {
    Optional<String[]> row = store.read("document " + docId, c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT title, url, source, CAST(doc_date AS VARCHAR), text "
          + "FROM documents WHERE doc_id = ?")) {
        p.setString(1, docId);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            return Optional.<String[]>empty();
          }
          return Optional.of(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4),
              r.getString(5)});
        }
      }
    });
    if (row.isEmpty()) {
      return Optional.empty();
    }
    String[] d = row.get();
    List<Event> events = store.events(docId);
    List<DocumentView.Mark> marks = new ArrayList<>();
    for (Event e : events) {
      for (var m : e.mentions()) {
        marks.add(new DocumentView.Mark(m.triggerSpan().start(), m.triggerSpan().end(), "trigger", e.eventId(),
            e.type() + " " + e.cameo()));
      }
      List<Actor> actors = new ArrayList<>(e.source());
      actors.addAll(e.target());
      for (Actor a : actors) {
        if (a.span() != null) {
          marks.add(new DocumentView.Mark(a.span().start(), a.span().end(), "actor", e.eventId(),
              a.name() + (a.code() == null ? "" : " (" + a.code() + ")")));
        }
      }
      // A place keeps its words but no offsets: it is marked where its words occur in the evidence sentence.
      if (e.location() != null && !e.location().text().isEmpty()) {
        int at = e.evidence().text().indexOf(e.location().text());
        if (at >= 0) {
          int start = e.evidence().span().start() + at;
          marks.add(new DocumentView.Mark(start, start + e.location().text().length(), "place", e.eventId(),
              e.location().name()));
        }
      }
    }
    marks.sort(Comparator.comparingInt(DocumentView.Mark::start).thenComparingInt(DocumentView.Mark::end)
        .thenComparing(DocumentView.Mark::kind).thenComparing(DocumentView.Mark::eventId));
    List<Problem> problems = store.problems().stream().filter(p -> p.docId().equals(docId)).toList();
    String text = d[4] == null ? "" : d[4];
    return Optional.of(new DocumentView(docId, d[0], d[1], d[2], d[3] == null ? null : LocalDate.parse(d[3]), text,
        marks, events, problems));
  }

  // ------------------------------------------------------------------------------------------------ merged

  /**
   * One page of the merged view (issue 4): the asserted, full-day events matching {@code filter}, one row per type,
   * CAMEO code, day, source and target actors, with how many events and documents report it (GDELT's NumSources).
   * Most-reported first, then newest. Events with a partial or no date never merge and are not listed; the events
   * listing is the raw view.
   *
   * @param limit  1..{@link #MAX_LIMIT}
   * @param cursor the {@code next} of the previous page, or null for the first
   */
  public Page<MergedEvent> merged(EventFilter filter, int limit, String cursor) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw EventFilter.usage("limit", "wants 1.." + MAX_LIMIT + ", got " + limit);
    }
    long offset = 0;
    if (cursor != null && !cursor.isBlank()) {
      String raw = decode(cursor, "cursor");
      try {
        offset = Long.parseLong(raw.startsWith("merged:") ? raw.substring(7) : "x");
      } catch (NumberFormatException e) {
        throw EventFilter.usage("cursor", "does not belong to this listing");
      }
    }
    FilterSql f = sql(filter);
    String page = MergedEvent.page(f.where);
    long from = offset;
    return store.read("the merged view", c -> {
      List<MergedEvent> items = new ArrayList<>();
      boolean more = false;
      long total = -1;
      try (PreparedStatement p = c.prepareStatement(page)) {
        int i = FilterSql.bind(p, 1, f.params);
        p.setInt(i++, limit + 1);
        p.setLong(i, from);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            total = r.getLong(11);
            if (items.size() == limit) {
              more = true;
              break;
            }
            items.add(MergedEvent.read(r, 1));
          }
        }
      }
      if (total < 0) { // a page past the end: count the rows on their own
        total = count(c, "SELECT COUNT(*) FROM (" + MergedEvent.select(f.where) + ") m", f);
      }
      return new Page<>(items, more ? encode("merged:" + (from + limit)) : null, total);
    });
  }

  /** What the store holds. */
  public Stats stats() {
    return store.read("statistics", c -> {
      long[] n = new long[4];
      String[] sql = {"SELECT COUNT(*) FROM events", "SELECT COUNT(*) FROM documents",
          "SELECT COUNT(*) FROM events WHERE date_day IS NULL", "SELECT COUNT(*) FROM problems"};
      for (int i = 0; i < sql.length; i++) {
        try (PreparedStatement p = c.prepareStatement(sql[i]); ResultSet r = p.executeQuery()) {
          r.next();
          n[i] = r.getLong(1);
        }
      }
      return new Stats(n[0], n[1], n[2], n[3]);
    });
  }

  // ------------------------------------------------------------------------------------------------ cursors

  /** Where a page ended: the sort key and event id of its last item. Opaque to clients (base64url). */
  private record Cursor(String key, String eventId) {
    String encode(Sort sort) {
      return Analyst.encode(sort.param + "\n" + key + "\n" + eventId);
    }

    static Cursor decode(String cursor, Sort sort) {
      String[] parts = Analyst.decode(cursor, "cursor").split("\n", -1);
      if (parts.length != 3 || !parts[0].equals(sort.param)) {
        throw EventFilter.usage("cursor", "does not belong to this listing (was the sort changed?)");
      }
      if (sort == Sort.CONFIDENCE_ASC || sort == Sort.CONFIDENCE_DESC) {
        try {
          Double.parseDouble(parts[1]);
        } catch (NumberFormatException e) {
          throw EventFilter.usage("cursor", "is damaged");
        }
      } else {
        try {
          LocalDate.parse(parts[1]);
        } catch (java.time.format.DateTimeParseException e) {
          throw EventFilter.usage("cursor", "is damaged");
        }
      }
      return new Cursor(parts[1], parts[2]);
    }

    int bind(PreparedStatement p, int i, Sort sort) throws SQLException {
      if (sort == Sort.DATE_ASC || sort == Sort.DATE_DESC) {
        p.setDate(i, java.sql.Date.valueOf(LocalDate.parse(key)));
      } else {
        p.setDouble(i, Double.parseDouble(key));
      }
      return i + 1;
    }
  }

  private static String encode(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String s, String parameter) {
    try {
      return new String(Base64.getUrlDecoder().decode(s.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw EventFilter.usage(parameter, "is damaged (not one this server gave out)");
    }
  }
}
