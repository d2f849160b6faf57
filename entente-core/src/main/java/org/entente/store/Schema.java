package org.entente.store;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables, described once: the DDL is generated from here (with the dialect's type names) and the bulk
 * loaders take values in this column order. Version {@value #VERSION}.
 */
final class Schema {

  /** Written to {@code schema_version}; a database with a higher version is refused. */
  static final int VERSION = 1;

  /** Column types, named by the dialect. */
  enum Type { TEXT, INT, DOUBLE, BOOL, DATE, TIMESTAMP, JSON }

  record Column(String name, Type type) {}

  /**
   * A table: its columns in load order, its primary key (or null), the columns to index, and the further join
   * keys ({@code lookups}) indexed only where indexes are B-trees ({@link Dialect#btreeIndexes()}). Indexes are few
   * on purpose: DuckDB keeps them (ART) up to date on every append and delete, and uses them only for point
   * lookups, so only {@code events(doc_id)} (one document's events) has one. Measured: an index on
   * {@code event_actors(event_id)} made its delete (re-writing documents) 3-5 times slower and helped no query.
   * PostgreSQL without it scans all of {@code event_actors} for every batch's delete and every event's actors.
   */
  record Table(String name, List<Column> columns, String primaryKey, List<String> indexed, List<String> lookups) {
    Table {
      columns = List.copyOf(columns);
      indexed = List.copyOf(indexed);
      lookups = List.copyOf(lookups);
    }

    int width() {
      return columns.size();
    }

    Column column(int i) {
      return columns.get(i);
    }
  }

  private Schema() {}

  static Column col(String name, Type type) {
    return new Column(name, type);
  }

  static final Table DOCUMENTS = new Table("documents", List.of(
      col("doc_id", Type.TEXT), col("title", Type.TEXT), col("url", Type.TEXT), col("source", Type.TEXT),
      col("doc_date", Type.DATE), col("origin", Type.TEXT), col("text", Type.TEXT),
      col("sentences", Type.INT), col("tokens", Type.INT), col("coded_at", Type.TIMESTAMP)),
      "doc_id", List.of(), List.of());

  static final Table EVENTS = new Table("events", List.of(
      col("event_id", Type.TEXT), col("doc_id", Type.TEXT), col("type", Type.TEXT), col("mode", Type.TEXT),
      col("cameo", Type.TEXT), col("goldstein", Type.DOUBLE), col("quad_class", Type.INT),
      col("symmetric", Type.BOOL), col("date", Type.TEXT), col("date_day", Type.DATE),
      col("date_text", Type.TEXT), col("modality", Type.TEXT), col("confidence", Type.DOUBLE),
      col("sentence", Type.INT), col("trigger_start", Type.INT), col("trigger_end", Type.INT),
      col("location_name", Type.TEXT), col("location_country", Type.TEXT),
      col("location_region", Type.TEXT), col("sectors", Type.TEXT), col("record", Type.JSON)),
      "event_id", List.of("doc_id"), List.of());

  static final Table EVENT_ACTORS = new Table("event_actors", List.of(
      col("event_id", Type.TEXT), col("side", Type.TEXT), col("pos", Type.INT), col("name", Type.TEXT),
      col("kind", Type.TEXT), col("country", Type.TEXT), col("region", Type.TEXT), col("sector", Type.TEXT),
      col("role", Type.TEXT), col("code", Type.TEXT), col("text", Type.TEXT), col("start_offset", Type.INT),
      col("end_offset", Type.INT)),
      null, List.of(), List.of("event_id"));

  static final Table PROBLEMS = new Table("problems", List.of(
      col("doc_id", Type.TEXT), col("stage", Type.TEXT), col("reason", Type.TEXT),
      col("at", Type.TIMESTAMP)),
      null, List.of(), List.of("doc_id"));

  static final List<Table> TABLES = List.of(DOCUMENTS, EVENTS, EVENT_ACTORS, PROBLEMS);

  /**
   * Quotes an identifier the standard way. Queries must quote {@code "symmetric"} (reserved in PostgreSQL and
   * DuckDB), {@code "at"} (reserved in DuckDB) and, to be safe, {@code "date"}.
   */
  static String q(String identifier) {
    return '"' + identifier + '"';
  }

  /**
   * The dialect's preamble, then {@code CREATE ... IF NOT EXISTS} statements for every table and index, the version
   * table and the merged view.
   */
  static List<String> ddl(Dialect dialect) {
    List<String> out = new ArrayList<>(dialect.schemaPreamble());
    out.add("CREATE TABLE IF NOT EXISTS schema_version (version " + dialect.sqlType(Type.INT) + " NOT NULL)");
    for (Table t : TABLES) {
      String cols = t.columns().stream()
          .map(c -> q(c.name()) + " " + dialect.sqlType(c.type())
              + (c.name().equals(t.primaryKey()) ? " PRIMARY KEY" : ""))
          .collect(Collectors.joining(", "));
      out.add("CREATE TABLE IF NOT EXISTS " + t.name() + " (" + cols + ")");
      List<String> indexed = new ArrayList<>(t.indexed());
      if (dialect.btreeIndexes()) {
        indexed.addAll(t.lookups());
      }
      for (String c : indexed) {
        out.add("CREATE INDEX IF NOT EXISTS " + t.name() + "_" + c + " ON " + t.name() + " (" + q(c) + ")");
      }
    }
    out.add(MERGED_VIEW);
    return out;
  }

  /**
   * The merged view across documents: asserted events that agree on type, CAMEO code, source and target actors and
   * a full-day date are one event, with how many events and documents report it (GDELT's NumSources). Events with
   * a partial or no date never merge and are not in this view; the {@code events} table is the raw view.
   */
  static final String MERGED_VIEW = "CREATE OR REPLACE VIEW merged_events AS " + MergedEvent.select("1 = 1");
}
