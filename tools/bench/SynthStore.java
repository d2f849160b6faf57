import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Builds a SYNTHETIC load store for API latency measurements: the events of a real coded store replicated, with
 * their documents, until there are at least N events. Copy k shifts every full-day date by k * 97 days and suffixes
 * event and document ids with "~synK". Partial and missing dates stay as they are. The result is for load tests only,
 * never for analysis: its documents table says so in the source column ("synthetic copy K of ...").
 *
 * <p>Run with the CLI's libraries: {@code java -cp 'entente-cli/target/lib/*' tools/bench/SynthStore.java
 * coded.duckdb synthetic-100k.duckdb 100000}.
 */
public class SynthStore {
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: SynthStore SOURCE.duckdb TARGET.duckdb MIN_EVENTS");
      System.exit(2);
    }
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    long want = Long.parseLong(args[2]);
    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + target);
         Statement s = c.createStatement()) {
      long base = count(s, "SELECT COUNT(*) FROM events");
      if (base == 0) {
        throw new IllegalArgumentException(source + " has no events");
      }
      s.execute("CREATE TEMP TABLE base_events AS SELECT * FROM events");
      s.execute("CREATE TEMP TABLE base_actors AS SELECT * FROM event_actors");
      s.execute("CREATE TEMP TABLE base_docs AS SELECT * FROM documents WHERE doc_id IN (SELECT doc_id FROM events)");
      int copies = (int) ((want + base - 1) / base) - 1;
      for (int k = 1; k <= copies; k++) {
        String suffix = "'~syn" + k + "'";
        String days = Integer.toString(k * 97);
        s.execute("INSERT INTO documents SELECT doc_id || " + suffix + ", title, url, 'synthetic copy " + k
            + " of ' || COALESCE(source, doc_id), doc_date + INTERVAL " + days + " DAY, origin, text, sentences,"
            + " tokens, coded_at FROM base_docs");
        s.execute("INSERT INTO events SELECT event_id || " + suffix + ", doc_id || " + suffix + ", type, mode, cameo,"
            + " goldstein, quad_class, \"symmetric\","
            + " CASE WHEN date_day IS NULL THEN \"date\" ELSE CAST(date_day + INTERVAL " + days + " DAY AS DATE)::VARCHAR END,"
            + " CAST(date_day + INTERVAL " + days + " DAY AS DATE), date_text, modality, confidence, sentence,"
            + " trigger_start, trigger_end, location_name, location_country, location_region, sectors,"
            + " json_merge_patch(record, json_object('event_id', event_id || " + suffix + ", 'doc_id', doc_id || "
            + suffix + ", 'date', CASE WHEN date_day IS NULL THEN \"date\" ELSE"
            + " CAST(date_day + INTERVAL " + days + " DAY AS DATE)::VARCHAR END))::VARCHAR FROM base_events");
        s.execute("INSERT INTO event_actors SELECT event_id || " + suffix + ", side, pos, name, kind, country, region,"
            + " sector, role, code, text, start_offset, end_offset FROM base_actors");
      }
      System.out.printf("synthetic store %s: %d events (%d copies of %d), %d documents%n", target,
          count(s, "SELECT COUNT(*) FROM events"), copies + 1, base, count(s, "SELECT COUNT(*) FROM documents"));
    }
  }

  private static long count(Statement s, String sql) throws Exception {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
