package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.ingest.Items.documents;
import static org.entente.ingest.Items.problems;
import static org.entente.ingest.Items.readAll;
import static org.entente.ingest.Items.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.entente.Problem;
import org.entente.testing.External;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemsIngestTest {

  @TempDir Path dir;

  private static Problem onlyProblem(Ingest ingest, Path f) {
    List<Problem> ps = problems(readAll(ingest, f));
    assertThat(ps).hasSize(1);
    return ps.get(0);
  }

  @Test
  void emptyAndBlankFilesAreEmpty() {
    assertThat(onlyProblem(Ingest.builder().build(), write(dir.resolve("zero.txt"), "")).reason())
        .isEqualTo("empty");
    assertThat(onlyProblem(Ingest.builder().build(), write(dir.resolve("blank.txt"), " \n\t\n")).reason())
        .isEqualTo("empty");
    assertThat(onlyProblem(Ingest.builder().build(), write(dir.resolve("headeronly.txt"), "Title: T\n\n")).reason())
        .isEqualTo("empty");
  }

  @Test
  void fileWithNulBytesIsNotText() {
    byte[] bytes = "PK\u0003\u0004 some zip header".getBytes(StandardCharsets.ISO_8859_1);
    bytes[10] = 0;

    Problem p = onlyProblem(Ingest.builder().build(), write(dir.resolve("archive.txt"), bytes));

    assertThat(p.reason()).isEqualTo("not text (binary)");
    assertThat(p.docId()).isEqualTo("archive");
  }

  @Test
  void binaryFileWithoutNulsIsNotTextRatherThanNotUtf8() {
    byte[] bytes = new byte[4000];
    new java.util.Random(7).nextBytes(bytes);
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = bytes[i] == 0 ? 1 : bytes[i];
    }

    assertThat(onlyProblem(Ingest.builder().build(), write(dir.resolve("noise.txt"), bytes)).reason())
        .isEqualTo("not text (binary)");
  }

  @Test
  void textFullOfControlCharactersIsNotText() {
    String junk = "ab\u0001\u0002cd\u0003\u0004ef\u0005\u0006gh\u0007\u0008";

    assertThat(onlyProblem(Ingest.builder().build(), write(dir.resolve("junk.txt"), junk)).reason())
        .isEqualTo("not text (binary)");
    assertThat(onlyProblem(Ingest.builder().build(), write(dir.resolve("junk.html"), "<p>" + junk + "</p>"))
        .reason()).isEqualTo("not text (binary)");
  }

  @Test
  void tooLongDocumentIsSkippedWithItsLength() {
    Path f = write(dir.resolve("long.txt"), "x".repeat(150));

    assertThat(onlyProblem(Ingest.builder().maxChars(100).build(), f).reason())
        .isEqualTo("too long (150 chars > 100)");
  }

  @Test
  void hugeFileIsTooLongWithoutBeingLoaded() {
    Path f = write(dir.resolve("huge.txt"), "word ".repeat(300_000));

    assertThat(onlyProblem(Ingest.builder().maxChars(1000).build(), f).reason())
        .isEqualTo("too long (1500000 chars > 1000)");
  }

  @Test
  void frenchArticleIsSkippedAsNotEnglish() {
    Path f = write(dir.resolve("paris.txt"), Items.FRENCH);

    assertThat(onlyProblem(Ingest.builder().build(), f).reason()).isEqualTo("not English (fra)");
  }

  @Test
  void germanArticleInJsonlIsSkippedAsNotEnglishAndEnglishPasses() {
    Path f = write(dir.resolve("mixed.jsonl"),
        "{\"id\":\"de\",\"text\":" + json(Items.GERMAN) + "}\n{\"id\":\"en\",\"text\":" + json(Items.ENGLISH) + "}\n");

    List<Ingested> items = readAll(Ingest.builder().build(), f);

    assertThat(items.get(0).problem().reason()).isEqualTo("not English (deu)");
    assertThat(items.get(1).document().id()).isEqualTo("en");
  }

  @Test
  void languageCheckOffLetsForeignTextThrough() {
    Path f = write(dir.resolve("paris.txt"), Items.FRENCH);

    assertThat(documents(readAll(Ingest.builder().languageCheck(false).build(), f))).hasSize(1);
  }

  @Test
  void shortForeignTextIsTooShortToJudgeAndPasses() {
    Path f = write(dir.resolve("court.txt"), "Le ministre a reçu son homologue allemand à Paris mardi.");

    assertThat(documents(readAll(Ingest.builder().build(), f))).hasSize(1);
  }

  @Test
  void everyGoldSentenceAndSeedArticlePassesTheLanguageCheck() {
    Path gold = External.shared("gold/plover-gsr/corpus.jsonl");
    Path seeds = External.shared("corpus/seeds");

    List<Ingested> items = readAll(Ingest.builder().build(), gold, seeds, External.samples());

    assertThat(problems(items)).isEmpty();
    assertThat(documents(items)).hasSizeGreaterThanOrEqualTo(321 + 3 + 3);
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
