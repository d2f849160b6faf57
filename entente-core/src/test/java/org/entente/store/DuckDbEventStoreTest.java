package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.entente.store.Fixtures.coded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.EntenteException;
import org.entente.events.Event;
import org.entente.events.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on a DuckDB file, and what only DuckDB does: its columns, its file, its lock. */
class DuckDbEventStoreTest extends EventStoreContract {

  @TempDir
  Path dir;

  private Path file() {
    return dir.resolve("nested/folder/events.duckdb");
  }

  @Override
  protected EventStore newStore() {
    return Stores.open(file().toString(), CLOCK);
  }

  @Override
  protected EventStore reopen() {
    return Stores.open(file().toString(), CLOCK);
  }

  /** Rows of a query on the closed store's file, each as a list of column values. */
  private List<List<Object>> query(String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file());
         Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          Object v = r.getObject(i);
          row.add(v instanceof Timestamp ? r.getObject(i, LocalDateTime.class) : v);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void opensAFileInFoldersThatDoNotExistYet() {
    try (EventStore store = newStore()) {
      assertThat(store.documentCount()).isZero();
    }
    assertThat(file()).isRegularFile();
  }

  @Test
  void theFlattenedColumnsAgreeWithTheRecord() throws Exception {
    try (EventStore store = newStore()) {
      store.write(List.of(coded("doc-a")));
    }

    assertThat(query("SELECT version FROM schema_version")).containsExactly(List.of(1));
    List<List<Object>> events = query("SELECT event_id, type, mode, cameo, goldstein, quad_class, \"symmetric\", "
        + "\"date\", date_day, date_text, modality, confidence, sentence, trigger_start, trigger_end, "
        + "location_name, location_country, location_region, sectors FROM events ORDER BY event_id");
    int trigger = Fixtures.TEXT.indexOf("arrived in");
    assertThat(events.get(0)).containsExactly("doc-a-01", "CONSULT", "visit", "042", 1.9, 1, false, "XXXX-09",
        null, "in September", "asserted", 0.875, 0, trigger, trigger + "arrived in".length(), "Nepal", "NPL",
        null, "education");
    assertThat(events.get(1)).element(7).isNull(); // no date
    assertThat(events.get(1)).element(18).isEqualTo("health,agriculture");
    assertThat(events.get(1)).element(6).isEqualTo(true);
    assertThat(events.get(2)).element(8).isEqualTo(LocalDate.of(1956, 7, 5));
    assertThat(events.get(2)).element(18).isEqualTo("");

    assertThat(query("SELECT record FROM events WHERE event_id = 'doc-a-02'").get(0).get(0).toString())
        .isEqualTo(EventJson.toLine(Fixtures.talks("doc-a")));
    assertThat(query("SELECT record->>'$.location.name' FROM events WHERE event_id = 'doc-a-02'"))
        .containsExactly(List.of("Kathmandu"));

    assertThat(query("SELECT side, pos, name, kind, country, region, sector, role, code, text, start_offset, "
        + "end_offset FROM event_actors WHERE event_id = 'doc-a-01' ORDER BY side, pos"))
        .containsExactly(
            List.of("source", 0, "Batu Khasikov", "PERSON", "RUS", "RU-KL", "GOV", "Head of the Republic of Kalmykia",
                "RUSGOV", "Mr. Khasikov", 0, 12),
            Arrays.asList("target", 0, "Nepal", "COUNTRY", "NPL", null, null, null, "NPL", "Nepal", 24, 29));
    assertThat(query("SELECT COUNT(*) FROM event_actors")).containsExactly(List.of(5L));

    assertThat(query("SELECT doc_id, title, url, source, doc_date, origin, sentences, tokens, coded_at, "
        + "LENGTH(text) FROM documents")).containsExactly(List.of("doc-a", "Khasikov in Nepal",
        "https://example.org/doc-a", "Example News", LocalDate.of(2025, 9, 3), "samples/doc-a.txt", 4, 50,
        LocalDateTime.of(2025, 9, 10, 12, 34, 56, 789_000_000), (long) Fixtures.TEXT.length()));
  }

  @Test
  void problemsCarryTheTimeOfWriting() throws Exception {
    try (EventStore store = newStore()) {
      store.write(List.of(Fixtures.skipped("doc-x", "empty body")));
    }

    assertThat(query("SELECT doc_id, stage, reason, \"at\" FROM problems")).containsExactly(
        List.of("doc-x", "ingest", "empty body", LocalDateTime.of(2025, 9, 10, 12, 34, 56, 789_000_000)));
  }

  @Test
  void inMemoryStoresArePrivate() {
    try (EventStore one = Stores.open(":memory:"); EventStore two = Stores.open(":memory:")) {
      one.write(List.of(coded("doc-a")));

      assertThat(one.eventCount()).isEqualTo(3);
      assertThat(two.eventCount()).isZero();
    }
  }

  @Test
  void aFolderIsNotADatabase() {
    assertThatThrownBy(() -> Stores.open(dir.toString()))
        .isInstanceOfSatisfying(EntenteException.class,
            e -> assertThat(e.kind()).isEqualTo(EntenteException.Kind.USAGE))
        .hasMessageContaining("is a folder");
  }

  @Test
  void aFileThatIsNotADatabaseIsAnIoError() throws Exception {
    Path junk = dir.resolve("junk.duckdb");
    Files.writeString(junk, "this is not a database, just some text that is long enough".repeat(200));

    assertThatThrownBy(() -> Stores.open(junk.toString()))
        .isInstanceOfSatisfying(EntenteException.class,
            e -> assertThat(e.kind()).isEqualTo(EntenteException.Kind.IO))
        .hasMessageStartingWith("cannot open the database " + junk.toAbsolutePath());
  }

  @Test
  void postgresqlIsNotYetAvailable() {
    assertThatThrownBy(() -> Stores.open("postgresql://user:secret@localhost/entente"))
        .isInstanceOfSatisfying(EntenteException.class,
            e -> assertThat(e.kind()).isEqualTo(EntenteException.Kind.USAGE))
        .hasMessageNotContaining("secret");
  }

  @Test
  void theDefaultPathIsInTheWorkingFolder() {
    assertThat(Stores.defaultPath()).isEqualTo(Path.of("entente.duckdb").toAbsolutePath());
  }

  /** Starts {@code main} in a second JVM on the test classpath, its error output merged into its output. */
  private static Process java(Class<?> main, String... args) throws IOException {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath, main.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  /** Reads the process's output up to the first line starting with {@code prefix}, and returns that line. */
  private static String awaitLine(Process p, String prefix) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(prefix)) {
        return line;
      }
      seen.append(line).append('\n');
    }
    throw new AssertionError("the second process ended without printing " + prefix + ":\n" + seen);
  }

  @Test
  void aWriterKilledMidBatchLeavesOnlyWholeBatches() throws Exception {
    int docs = 300;
    Process writer = java(CrashingWriter.class, file().toString(), String.valueOf(docs));
    try {
      awaitLine(writer, "BATCH 3");
    } finally {
      writer.destroyForcibly().waitFor(); // SIGKILL: no close, no checkpoint, most likely inside batch 4 or 5
    }

    try (EventStore store = reopen()) {
      long documents = store.documentCount();
      assertThat(documents).isPositive().isEqualTo(documents / docs * docs);
      assertThat(store.eventCount()).isEqualTo(3 * documents);
      assertThat(store.events(null).stream().collect(groupingBy(Event::docId, counting())).values())
          .as("every document has all its events").containsOnly(3L);
      store.write(List.of(coded("after-the-crash")));
      assertThat(store.eventCount()).isEqualTo(3 * documents + 3);
    }
  }

  @Test
  void aFileHeldByAnotherProcessNamesItAndSaysWhatToDo() throws Exception {
    Path file = file();
    try (EventStore store = newStore()) {
      store.write(List.of(coded("doc-a")));
    }
    Process holder = java(LockHolder.class, file.toString());
    try {
      assertThat(awaitLine(holder, "READY")).isEqualTo("READY 1");

      assertThatThrownBy(() -> Stores.open(file.toString()))
          .isInstanceOfSatisfying(EntenteException.class,
              e -> assertThat(e.kind()).isEqualTo(EntenteException.Kind.IO))
          .hasMessage("the database " + file.toAbsolutePath() + " is in use by another process (PID "
              + holder.pid() + "); stop that process or pass --db with another file");
    } finally {
      holder.getOutputStream().close();
      if (!holder.waitFor(20, TimeUnit.SECONDS)) {
        holder.destroyForcibly().waitFor();
      }
    }

    try (EventStore store = reopen()) {
      assertThat(store.eventCount()).as("the file is free again once the other process ends").isEqualTo(3);
    }
  }
}
