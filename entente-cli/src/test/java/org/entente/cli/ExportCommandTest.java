package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.entente.query.Exports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente export}: each format, the API's filters, and read-back of Parquet with the right types. */
class ExportCommandTest {

  @TempDir
  static Path dir;
  static String db;

  @BeforeAll
  static void coded() throws IOException {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(articles.resolve("lima.txt"), "Title: Talks in Lima\nDate: 2024-05-02\n\n"
        + "The Chilean foreign minister met the Peruvian president in Lima.\n", StandardCharsets.UTF_8);
    Files.writeString(articles.resolve("oslo.txt"), "Date: 2024-05-06\n\n"
        + "The Norwegian government condemned the Iranian missile test on Friday, and Norway and Sweden agreed "
        + "to hold talks.\n", StandardCharsets.UTF_8);
    db = dir.resolve("events.duckdb").toString();
    assertThat(MainTest.run("code", "--db", db, articles.toString()).code()).isEqualTo(Main.OK);
  }

  @Test
  void csvHasIcewsLikeColumnsOneRowPerPairAndCameoWithLeadingZero() {
    MainTest.Run r = MainTest.run("export", "--db", db, "--format", "csv");
    assertThat(r.code()).isEqualTo(Main.OK);
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(String.join(",", Exports.COLUMNS));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("2024-05-02").contains("Chile").contains("Peru")
        .contains("CONSULT").contains("\"04"));
    assertThat(r.err()).containsPattern("exported \\d+ events");
  }

  @Test
  void theMergedViewExportsOneRowPerDyadTypeAndDayWithItsCounts() throws IOException {
    MainTest.Run r = MainTest.run("export", "--db", db, "--merged", "--where", "country=PER");
    assertThat(r.code()).isEqualTo(Main.OK);
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(String.join(",", Exports.MERGED_COLUMNS));
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).contains("2024-05-02"));
    assertThat(r.err()).containsPattern("exported \\d+ merged rows");

    MainTest.Run j = MainTest.run("export", "--db", db, "--merged", "--format", "jsonl");
    JsonNode first = new ObjectMapper().readTree(j.out().lines().findFirst().orElseThrow());
    assertThat(first.get("num_sources").asLong()).isPositive();
    assertThat(first.get("plover_type").asText()).isNotBlank();

    MainTest.Run bad = MainTest.run("export", "--db", db, "--merged", "--format", "plover");
    assertThat(bad.code()).isEqualTo(Main.USAGE);
    assertThat(bad.err()).contains("--merged");
  }

  @Test
  void filtersAreTheApisParameters() throws IOException {
    MainTest.Run r = MainTest.run("export", "--db", db, "--format", "jsonl", "--where", "country=PER");
    assertThat(r.code()).isEqualTo(Main.OK);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).isNotEmpty();
    for (String l : lines) {
      assertThat(new ObjectMapper().readTree(l).get("doc_id").asText()).isEqualTo("lima");
    }
    MainTest.Run search = MainTest.run("export", "--db", db, "--format", "jsonl", "--where", "q=condemned");
    assertThat(search.code()).isEqualTo(Main.OK);
    assertThat(search.out()).contains("ACCUSE").doesNotContain("\"lima\"");
    assertThat(Path.of(db + ".index")).isDirectory();
  }

  @Test
  void ploverJsonHasTheManualsFields() throws IOException {
    MainTest.Run r = MainTest.run("export", "--db", db, "--format", "plover", "--where", "doc=lima");
    JsonNode e = new ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow());
    assertThat(e.has("id")).isTrue();
    assertThat(e.get("date").asText()).isEqualTo("2024-05-02");
    assertThat(e.get("event_type").asText()).isEqualTo("CONSULT");
    assertThat(e.get("actor").get(0).get("country").asText()).isEqualTo("CHL");
    assertThat(e.get("recipient").get(0).get("country").asText()).isEqualTo("PER");
    assertThat(e.get("context").isArray()).isTrue();
    assertThat(e.get("text").asText()).contains("Lima");
    assertThat(e.has("location")).isTrue();
  }

  @Test
  void parquetReadsBackWithDuckDbWithTypedColumns() throws SQLException {
    Path out = dir.resolve("export/events.parquet");
    MainTest.Run r = MainTest.run("export", "--db", db, "--format", "parquet", "--out", out.toString());
    assertThat(r.code()).isEqualTo(Main.OK);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
         Statement s = c.createStatement()) {
      try (ResultSet t = s.executeQuery("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('"
          + out + "'))")) {
        java.util.Map<String, String> types = new java.util.HashMap<>();
        while (t.next()) {
          types.put(t.getString(1), t.getString(2));
        }
        assertThat(types).containsEntry("event_date", "DATE").containsEntry("intensity", "DOUBLE")
            .containsEntry("quad_class", "INTEGER").containsEntry("cameo_code", "VARCHAR")
            .containsEntry("symmetric", "BOOLEAN");
        assertThat(types.keySet()).containsExactlyInAnyOrderElementsOf(Exports.COLUMNS);
      }
      try (ResultSet q = s.executeQuery("SELECT cameo_code, event_date FROM read_parquet('" + out
          + "') WHERE story_id = 'lima'")) {
        assertThat(q.next()).isTrue();
        assertThat(q.getString(1)).startsWith("04");
        assertThat(q.getDate(2).toString()).isEqualTo("2024-05-02");
      }
    }
  }

  @Test
  void badFiltersAndAMissingDatabaseAreUsageErrorsThatTouchNothing() {
    MainTest.Run typo = MainTest.run("export", "--db", db, "--where", "contry=PER");
    assertThat(typo.code()).isEqualTo(Main.USAGE);
    assertThat(typo.err()).contains("contry");
    assertThat(MainTest.run("export", "--db", db, "--where", "from=2024-99-01").err()).contains("'from'");
    assertThat(MainTest.run("export", "--db", db, "--format", "parquet").code()).isEqualTo(Main.USAGE);
    Path missing = dir.resolve("nowhere.duckdb");
    MainTest.Run none = MainTest.run("export", "--db", missing.toString());
    assertThat(none.code()).isEqualTo(Main.USAGE);
    assertThat(none.err()).contains("no database");
    assertThat(missing).doesNotExist();
  }
}
