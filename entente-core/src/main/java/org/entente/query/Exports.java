package org.entente.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.entente.EntenteException;
import org.entente.EntenteException.Kind;
import org.entente.actors.Actor;
import org.entente.actors.Place;
import org.entente.events.Event;
import org.entente.events.EventJson;
import org.entente.store.MergedEvent;

/**
 * Events out of the store in the formats other tools read, streamed so that any number fits:
 * <ul>
 *   <li>{@link Format#JSONL}: the contract's records, one per line;
 *   <li>{@link Format#CSV}: ICEWS-like columns, one row per source–target pair ({@link #COLUMNS});
 *   <li>{@link Format#PARQUET}: the same rows and columns, typed (dates as DATE, scores as DOUBLE), written by an
 *       in-memory DuckDB whatever the store's engine;
 *   <li>{@link Format#PLOVER}: one JSON object per line in the PLOVER manual's shape (id, date, event_type, mode,
 *       context, actor and recipient lists, location, text).
 * </ul>
 * Thread-safe (no state).
 */
public final class Exports {

  /** Export formats. */
  public enum Format { CSV, JSONL, PARQUET, PLOVER }

  /** The CSV and Parquet columns, in order. ICEWS names where ICEWS has the field, in snake case. */
  public static final List<String> COLUMNS = List.of("event_id", "event_date", "date_text", "source_name",
      "source_kind", "source_sector", "source_country", "source_region", "source_role", "plover_type", "mode",
      "cameo_code", "intensity", "quad_class", "modality", "confidence", "target_name", "target_kind",
      "target_sector", "target_country", "target_region", "target_role", "symmetric", "story_id",
      "sentence_number", "city", "province", "country", "latitude", "longitude", "sectors", "evidence");

  /** The columns of the merged view's CSV, and the keys of its JSONL, in order. */
  public static final List<String> MERGED_COLUMNS = List.of("plover_type", "cameo_code", "event_date",
      "source_names", "source_codes", "target_names", "target_codes", "num_events", "num_sources", "first_event_id");

  private Exports() {}

  /**
   * Writes the merged view of the events matching {@code filter} ({@link Analyst#merged}) as CSV or JSONL, most
   * reported first: one row per type, CAMEO code, day and actors, with the counts of events and documents.
   *
   * @return the number of rows written
   */
  public static long writeMerged(Analyst analyst, EventFilter filter, Format format, Writer out) {
    if (format != Format.CSV && format != Format.JSONL) {
      throw new EntenteException(Kind.USAGE, "the merged view exports as csv or jsonl, not " + format.name()
          .toLowerCase(Locale.ROOT));
    }
    long n = 0;
    try {
      if (format == Format.CSV) {
        out.write(String.join(",", MERGED_COLUMNS) + "\n");
      }
      String cursor = null;
      do {
        Page<MergedEvent> page = analyst.merged(filter, Analyst.MAX_LIMIT, cursor);
        for (MergedEvent m : page.items()) {
          Object[] row = {m.type(), m.cameo(), m.date().toString(), m.sourceNames(), m.sourceCodes(),
              m.targetNames(), m.targetCodes(), m.numEvents(), m.numSources(), m.firstEventId()};
          if (format == Format.CSV) {
            out.write(csvLine(row));
          } else {
            ObjectNode o = EventJson.mapper().createObjectNode();
            for (int i = 0; i < row.length; i++) {
              o.putPOJO(MERGED_COLUMNS.get(i), row[i]);
            }
            out.write(EventJson.mapper().writeValueAsString(o) + "\n");
          }
          n++;
        }
        cursor = page.next();
      } while (cursor != null);
      out.flush();
    } catch (IOException ex) {
      throw new EntenteException(Kind.IO, "cannot write the export: " + ex.getMessage(), ex);
    }
    return n;
  }

  /**
   * Writes every event matching {@code filter} to {@code out} (CSV, JSONL, PLOVER).
   *
   * @return the number of events written
   */
  public static long write(Analyst analyst, EventFilter filter, Format format, Writer out) {
    if (format == Format.PARQUET) {
      throw new IllegalArgumentException("Parquet is written to a file: use writeParquet");
    }
    long[] n = {0};
    try {
      if (format == Format.CSV) {
        out.write(String.join(",", COLUMNS) + "\n");
      }
      analyst.forEachEvent(filter, e -> {
        try {
          switch (format) {
            case JSONL -> out.write(EventJson.toLine(e) + "\n");
            case PLOVER -> out.write(EventJson.mapper().writeValueAsString(plover(e)) + "\n");
            case CSV -> {
              for (Object[] row : rows(e)) {
                out.write(csvLine(row));
              }
            }
            default -> throw new IllegalStateException(format.name());
          }
          n[0]++;
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      });
      out.flush();
    } catch (UncheckedIOException | IOException ex) {
      IOException io = ex instanceof UncheckedIOException u ? u.getCause() : (IOException) ex;
      throw new EntenteException(Kind.IO, "cannot write the export: " + io.getMessage(), io);
    }
    return n[0];
  }

  /**
   * Writes every event matching {@code filter} as a Parquet file of {@link #COLUMNS}, replacing {@code file}.
   *
   * @return the number of events written (rows may be more: one per source–target pair)
   */
  public static long writeParquet(Analyst analyst, EventFilter filter, Path file) {
    long[] n = {0};
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE export (" + String.join(", ", parquetColumns()) + ")");
      }
      try (DuckDBAppender app = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "export")) {
        analyst.forEachEvent(filter, e -> {
          try {
            for (Object[] row : rows(e)) {
              app.beginRow();
              for (Object v : row) {
                if (v == null) {
                  app.appendNull();
                } else if (v instanceof String str) {
                  app.append(str);
                } else if (v instanceof Integer i) {
                  app.append(i.intValue());
                } else if (v instanceof Double d) {
                  app.append(d.doubleValue());
                } else if (v instanceof Boolean b) {
                  app.append(b.booleanValue());
                } else if (v instanceof LocalDate d) {
                  app.append(d);
                } else {
                  throw new IllegalStateException("no Parquet type for " + v.getClass());
                }
              }
              app.endRow();
            }
            n[0]++;
          } catch (SQLException ex) {
            throw new IllegalStateException(ex);
          }
        });
        app.flush();
      }
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Statement s = c.createStatement()) {
        s.execute("COPY export TO '" + file.toAbsolutePath().toString().replace("'", "''")
            + "' (FORMAT PARQUET, COMPRESSION ZSTD)");
      }
    } catch (SQLException | IOException | IllegalStateException ex) {
      Throwable cause = ex instanceof IllegalStateException && ex.getCause() != null ? ex.getCause() : ex;
      throw new EntenteException(Kind.IO, "cannot write the Parquet export " + file + ": " + cause.getMessage(), ex);
    }
    return n[0];
  }

  private static List<String> parquetColumns() {
    List<String> out = new ArrayList<>();
    for (String c : COLUMNS) {
      String type = switch (c) {
        case "event_date" -> "DATE";
        case "intensity", "confidence", "latitude", "longitude" -> "DOUBLE";
        case "quad_class", "sentence_number" -> "INTEGER";
        case "symmetric" -> "BOOLEAN";
        default -> "VARCHAR";
      };
      out.add('"' + c + "\" " + type);
    }
    return out;
  }

  /**
   * The rows of one event: one per source–target pair; a symmetric event without targets pairs its sources with
   * each other; any other event without targets has one row per source and empty target columns.
   */
  static List<Object[]> rows(Event e) {
    List<Actor[]> pairs = new ArrayList<>();
    if (!e.target().isEmpty()) {
      for (Actor s : e.source()) {
        for (Actor t : e.target()) {
          pairs.add(new Actor[] {s, t});
        }
      }
    } else if (e.symmetric() && e.source().size() > 1) {
      for (int i = 0; i < e.source().size(); i++) {
        for (int j = i + 1; j < e.source().size(); j++) {
          pairs.add(new Actor[] {e.source().get(i), e.source().get(j)});
        }
      }
    } else {
      e.source().forEach(s -> pairs.add(new Actor[] {s, null}));
    }
    LocalDate day = fullDay(e.date());
    Place p = e.location();
    List<Object[]> out = new ArrayList<>();
    for (Actor[] st : pairs) {
      Actor s = st[0];
      Actor t = st[1];
      out.add(new Object[] {e.eventId(), day, e.dateText() == null && day == null ? e.date() : e.dateText(),
          s.name(), s.kind().name(), s.sector(), s.country(), s.region(), s.role(), e.type(), e.mode(), e.cameo(),
          e.goldstein(), e.quadClass(), e.modality().code(), e.confidence(),
          t == null ? null : t.name(), t == null ? null : t.kind().name(), t == null ? null : t.sector(),
          t == null ? null : t.country(), t == null ? null : t.region(), t == null ? null : t.role(),
          e.symmetric(), e.docId(), e.evidence().sentence(),
          p == null ? null : p.name(), p == null ? null : p.region(), p == null ? null : p.country(),
          p == null ? null : p.lat(), p == null ? null : p.lon(), String.join(";", e.sectors()),
          e.evidence().text()});
    }
    return out;
  }

  private static LocalDate fullDay(String date) {
    if (date == null || !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return null;
    }
    try {
      return LocalDate.parse(date);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** RFC 4180: every text field quoted when it holds a comma, quote or line break; null is empty. */
  static String csvLine(Object[] row) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      Object v = row[i];
      if (v == null) {
        continue;
      }
      String s = v instanceof Double d ? String.format(Locale.ROOT, "%s", d) : v.toString();
      if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
          || (v instanceof String && s.matches("0\\d*"))) {
        b.append('"').append(s.replace("\"", "\"\"")).append('"');
      } else {
        b.append(s);
      }
    }
    return b.append('\n').toString();
  }

  /** One event in the PLOVER manual's shape. */
  static ObjectNode plover(Event e) {
    ObjectNode o = EventJson.mapper().createObjectNode();
    o.put("id", e.eventId());
    o.put("date", e.date());
    o.put("event_type", e.type());
    o.put("mode", e.mode());
    ArrayNode context = o.putArray("context");
    e.sectors().forEach(context::add);
    o.set("actor", ploverActors(e.source()));
    o.set("recipient", ploverActors(e.target()));
    if (e.location() == null) {
      o.putNull("location");
    } else {
      ObjectNode l = o.putObject("location");
      l.put("name", e.location().name());
      l.put("country", e.location().country());
      l.put("region", e.location().region());
      l.put("lat", e.location().lat());
      l.put("lon", e.location().lon());
    }
    o.put("text", e.evidence().text());
    o.put("cameo", e.cameo());
    o.put("modality", e.modality().code());
    o.put("source_doc", e.docId());
    return o;
  }

  private static ArrayNode ploverActors(List<Actor> actors) {
    ArrayNode a = EventJson.mapper().createArrayNode();
    for (Actor x : actors) {
      ObjectNode n = a.addObject();
      n.put("name", x.name());
      n.put("country", x.country());
      n.put("sector", x.sector());
      n.put("region", x.region());
      n.put("role", x.role());
    }
    return a;
  }
}
