package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.entente.store.EventStore;
import org.entente.store.Stores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract: exit codes, where output goes, formats, idempotent storing. Runs in-process. */
class MainTest {

  /** What one CLI run printed and returned. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @TempDir
  static Path dir;
  static Path articles;

  @BeforeAll
  static void articles() throws IOException {
    articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(articles.resolve("lima.txt"),
        "Title: Talks in Lima\nDate: 2024-05-02\n\nThe Chilean foreign minister met the Peruvian president in Lima.\n",
        StandardCharsets.UTF_8);
    Files.writeString(articles.resolve("oslo.txt"),
        "The Norwegian government condemned the Iranian missile test on Friday.\n", StandardCharsets.UTF_8);
    Files.writeString(articles.resolve("README.md"), "not an article\n", StandardCharsets.UTF_8);
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Run r = run("code", "--no-such-option", articles.toString());
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--no-such-option");
  }

  @Test
  void codeWithoutAPathIsAUsageError() {
    assertThat(run("code").code()).isEqualTo(Main.USAGE);
  }

  @Test
  void aMissingPathIsAUsageErrorThatNamesIt() {
    Run r = run("code", "--no-store", dir.resolve("nowhere").toString());
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("no such file or folder").contains("nowhere");
  }

  @Test
  void aMalformedDateIsAUsageError() {
    Run r = run("code", "--no-store", "--date", "2024-13-45", articles.toString());
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("YYYY-MM-DD");
  }

  @Test
  void evalWithoutGoldIsAUsageError() {
    assertThat(run("eval", "--corpus", articles.toString()).code()).isEqualTo(Main.USAGE);
  }

  @Test
  void codingAFolderPrintsATableAndASummaryAndIgnoresOtherFiles() {
    Run r = run("code", "--no-store", articles.toString());
    assertThat(r.code()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("DATE", "SOURCE", "EVENT (CAMEO)", "TARGET", "PLACE", "SECTORS", "TRIGGER");
    assertThat(r.out()).contains("CONSULT 040").contains("ACCUSE");
    assertThat(r.err()).contains("ignored").contains("README.md");
    assertThat(r.err()).contains("documents 2 (coded 2, skipped 0)").contains("docs/s");
  }

  @Test
  void aSkippedDocumentGivesExitCode3AndItsReason() throws IOException {
    Path withEmpty = Files.createDirectories(dir.resolve("with-empty"));
    Files.copy(articles.resolve("oslo.txt"), withEmpty.resolve("oslo.txt"));
    Files.writeString(withEmpty.resolve("blank.txt"), "   \n");
    Run r = run("code", "--no-store", withEmpty.toString());
    assertThat(r.code()).isEqualTo(Main.SKIPPED);
    assertThat(r.err()).contains("blank").contains("empty");
  }

  @Test
  void jsonlGoesToTheOutFileWithTheContractFieldsAndTheHeaderDateWins() throws IOException {
    Path out = dir.resolve("events.jsonl");
    Run r = run("code", "--no-store", "--format", "jsonl", "--out", out.toString(), "--date", "2020-01-01",
        articles.toString());
    assertThat(r.code()).isEqualTo(Main.OK);
    assertThat(r.out()).isEmpty();
    List<JsonNode> events = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      events.add(new ObjectMapper().readTree(line));
    }
    assertThat(events).isNotEmpty();
    List<String> fields = new ArrayList<>();
    Iterator<String> names = events.get(0).fieldNames();
    names.forEachRemaining(fields::add);
    assertThat(fields).containsExactly("event_id", "doc_id", "type", "mode", "cameo", "goldstein", "quad_class",
        "source", "target", "symmetric", "date", "date_text", "location", "sectors", "modality", "confidence",
        "evidence", "mentions");
    for (JsonNode e : events) {
      assertThat(e.get("cameo").isTextual()).isTrue();
      assertThat(e.get("cameo").asText()).matches("\\d{2,4}");
    }
    assertThat(events).filteredOn(e -> e.get("doc_id").asText().equals("lima"))
        .allSatisfy(e -> assertThat(e.get("date").asText()).isEqualTo("2024-05-02"));
    // --date is the document date of the undated file: "condemned ... on Friday", a past act reported on Wednesday
    // 2020-01-01, is the Friday before it
    assertThat(events).filteredOn(e -> e.get("doc_id").asText().equals("oslo"))
        .allSatisfy(e -> {
          assertThat(e.get("date").asText()).isEqualTo("2019-12-27");
          assertThat(e.get("date_text").asText()).isEqualTo("Friday");
        });
  }

  @Test
  void codingTheSameFilesTwiceIntoOneDatabaseDoesNotDuplicateEvents() {
    String db = dir.resolve("twice.duckdb").toString();
    assertThat(run("code", "--db", db, articles.toString()).code()).isEqualTo(Main.OK);
    long first;
    try (EventStore s = Stores.open(db)) {
      first = s.eventCount();
    }
    assertThat(run("code", "--db", db, articles.toString()).code()).isEqualTo(Main.OK);
    try (EventStore s = Stores.open(db)) {
      assertThat(s.eventCount()).isEqualTo(first).isPositive();
      assertThat(s.documentCount()).isEqualTo(2);
    }
    Run actors = run("actors", "--db", db, "--query", "Peru");
    assertThat(actors.code()).isEqualTo(Main.OK);
    assertThat(actors.out()).contains("PER");
  }

  @Test
  void evalPrintsTheScoresAndScorePysLastLine() throws IOException {
    Path corpus = dir.resolve("corpus.jsonl");
    Files.writeString(corpus, "{\"id\":\"g1\",\"text\":\"The Chilean foreign minister met the Peruvian president "
        + "in Lima.\",\"date\":null}\n");
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"doc\":\"g1\",\"id\":\"g1-1\",\"core\":true,\"types\":[\"CONSULT\"],"
        + "\"symmetric\":true,\"source\":{\"country\":[\"CHL\"]},\"target\":{\"country\":[\"PER\"]},"
        + "\"anchor\":\"met\"}\n");
    Run r = run("eval", "--gold", gold.toString(), "--corpus", corpus.toString());
    assertThat(r.code()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("recall (core)", "precision", "strict recall", "sector recall",
        "recall by type   CONSULT 1.00 (1/1)", "precision by confidence  >= 0.8: ");
    String[] lines = r.out().strip().split("\n");
    assertThat(lines[lines.length - 1])
        .isEqualTo("recall_core=1.000 precision=1.000 f1=1.000 strict_recall=1.000 date_ok=0/0 "
            + "sector_recall=0/0 events=1");
  }

  @Test
  void benchEndsWithItsMachineReadableLine() {
    Run r = run("bench", "--corpus", articles.toString(), "--limit", "2", "--threads", "1");
    assertThat(r.code()).isEqualTo(Main.OK);
    String[] lines = r.out().strip().split("\n");
    assertThat(lines[lines.length - 1]).matches("docs_per_s=\\d+\\.\\d+ tokens_per_s=\\d+ peak_heap_mb=\\d+");
    assertThat(r.out()).contains("model load").contains("nlp");
  }

  @Test
  void theDemoFindsTheBundledSamplesUnderTheInstall() {
    String before = System.getProperty("entente.home");
    System.setProperty("entente.home", org.entente.testing.External.repoRoot().toString());
    try {
      assertThat(DemoCommand.samples()).isDirectory();
      assertThat(DemoCommand.samples().resolve("000_a2eaf43d6bfa487a.txt")).exists();
    } finally {
      if (before == null) {
        System.clearProperty("entente.home");
      } else {
        System.setProperty("entente.home", before);
      }
    }
  }

  @Test
  void failuresMapToExitCodesInOnePlace() {
    assertThat(Main.exitCode(new org.entente.EntenteException(org.entente.EntenteException.Kind.USAGE, "x")))
        .isEqualTo(Main.USAGE);
    assertThat(Main.exitCode(new org.entente.EntenteException(org.entente.EntenteException.Kind.IO, "locked")))
        .isEqualTo(Main.FATAL);
    assertThat(Main.exitCode(new org.entente.EntenteException(org.entente.EntenteException.Kind.CONFIG, "x")))
        .isEqualTo(Main.FATAL);
    assertThat(Main.exitCode(new IllegalStateException("bug"))).isEqualTo(Main.FATAL);
  }

  @Test
  void aDatabaseThatIsNotADatabaseIsFatalWithAMessage() throws IOException {
    Path bogus = dir.resolve("bogus.duckdb");
    Files.writeString(bogus, "this is not a database");
    Run r = run("code", "--db", bogus.toString(), articles.resolve("oslo.txt").toString());
    assertThat(r.code()).isEqualTo(Main.FATAL);
    assertThat(r.err()).contains("bogus.duckdb");
  }

  @Test
  void aUsageErrorLeavesAnEarlierOutFileAndCreatesNoDatabase() throws IOException {
    Path out = dir.resolve("kept.jsonl");
    Files.writeString(out, "earlier run\n");
    Path db = dir.resolve("never.duckdb");
    Run r = run("code", "--db", db.toString(), "--out", out.toString(), dir.resolve("nowhere").toString());
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(Files.readString(out)).isEqualTo("earlier run\n");
    assertThat(db).doesNotExist();
  }

  @Test
  void aDatabaseFailureLeavesAnEarlierOutFileAlone() throws IOException {
    Path out = dir.resolve("kept-too.jsonl");
    Files.writeString(out, "earlier run\n");
    Path bogus = dir.resolve("bogus-too.duckdb");
    Files.writeString(bogus, "this is not a database");
    Run r = run("code", "--db", bogus.toString(), "--out", out.toString(), articles.resolve("oslo.txt").toString());
    assertThat(r.code()).isEqualTo(Main.FATAL);
    assertThat(Files.readString(out)).isEqualTo("earlier run\n");
  }
}
