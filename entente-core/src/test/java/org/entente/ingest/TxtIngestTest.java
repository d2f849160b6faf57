package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.ingest.Items.documents;
import static org.entente.ingest.Items.problems;
import static org.entente.ingest.Items.readAll;
import static org.entente.ingest.Items.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TxtIngestTest {

  @TempDir Path dir;

  private static final String BODY = "The ministers met in Kelm on Thursday.\nThey agreed to sign a treaty in May.\n";

  @Test
  void txtHeaderIsSplitOffAndTextIsTheBodyWithOffsetsFromItsStart() {
    Path f = write(dir.resolve("kelm-talks.txt"), "Title: Ministers meet in Kelm\nDate: 2024-03-14\n"
        + "Source: The Daily Meridian\nURL: https://meridian.example/kelm\n\n" + BODY);

    Document d = documents(readAll(Ingest.builder().build(), f)).get(0);

    assertThat(d.id()).isEqualTo("kelm-talks");
    assertThat(d.text()).isEqualTo(BODY);
    assertThat(d.text().indexOf("Kelm")).isEqualTo(BODY.indexOf("Kelm"));
    assertThat(d.text()).startsWith("The ministers");
    assertThat(d.title()).isEqualTo("Ministers meet in Kelm");
    assertThat(d.date()).isEqualTo(LocalDate.of(2024, 3, 14));
    assertThat(d.source()).isEqualTo("The Daily Meridian");
    assertThat(d.url()).isEqualTo("https://meridian.example/kelm");
    assertThat(d.origin()).isEqualTo(f.toString());
  }

  @Test
  void txtHeaderDateWinsOverDefaultDate() {
    Path f = write(dir.resolve("a.txt"), "Date: 2024-03-14T08:00:00Z\n\n" + BODY);

    Document d = documents(readAll(Ingest.builder().defaultDate(LocalDate.of(2000, 1, 1)).build(), f)).get(0);

    assertThat(d.date()).isEqualTo(LocalDate.of(2024, 3, 14));
  }

  @Test
  void txtWithoutHeaderIsTheWholeFileAndTakesTheDefaultDate() {
    Path f = write(dir.resolve("plain.txt"), BODY);

    Document d = documents(readAll(Ingest.builder().defaultDate(LocalDate.of(2020, 5, 1)).build(), f)).get(0);

    assertThat(d.text()).isEqualTo(BODY);
    assertThat(d.date()).isEqualTo(LocalDate.of(2020, 5, 1));
    assertThat(d.title()).isNull();
  }

  @Test
  void txtWithoutHeaderOrDefaultDateHasNoDate() {
    Path f = write(dir.resolve("plain.txt"), BODY);

    assertThat(documents(readAll(Ingest.builder().build(), f)).get(0).date()).isNull();
  }

  @Test
  void headerLikeLinesNotEndedByABlankLineAreBodyText() {
    String text = "Title: a line that looks like a header\nbut the text goes straight on.\n";
    Path f = write(dir.resolve("a.txt"), text);

    Document d = documents(readAll(Ingest.builder().build(), f)).get(0);

    assertThat(d.text()).isEqualTo(text);
    assertThat(d.title()).isNull();
  }

  @Test
  void leadingBomIsStrippedAndCrlfHeaderIsRead() {
    Path f = write(dir.resolve("bom.txt"), "\uFEFFTitle: Kelm\r\nDate: 2024-03-14\r\n\r\n" + "Body line.\r\n");

    Document d = documents(readAll(Ingest.builder().build(), f)).get(0);

    assertThat(d.title()).isEqualTo("Kelm");
    assertThat(d.text()).isEqualTo("Body line.\r\n");
  }

  @Test
  void bomIsStrippedFromAFileWithoutHeader() {
    Path f = write(dir.resolve("bom.txt"), "\uFEFF" + BODY);

    assertThat(documents(readAll(Ingest.builder().build(), f)).get(0).text()).isEqualTo(BODY);
  }

  @Test
  void unreadableDateHeaderGivesANoticeAndTheDefaultDate() {
    Path f = write(dir.resolve("a.txt"), "Date: last Thursday\n\n" + BODY);
    List<String> notices = new ArrayList<>();

    Document d = documents(readAll(
        Ingest.builder().defaultDate(LocalDate.of(2020, 5, 1)).notices(notices::add).build(), f)).get(0);

    assertThat(d.date()).isEqualTo(LocalDate.of(2020, 5, 1));
    assertThat(notices).singleElement().asString().contains("last Thursday");
  }

  @Test
  void invalidUtf8AboveOnePercentIsNotUtf8Text() {
    byte[] latin1 = ("Les négociations à Genève ont été très difficiles, a déclaré le délégué français. "
        + "Le résultat dépendra des élections.").getBytes(StandardCharsets.ISO_8859_1);
    Path f = write(dir.resolve("latin1.txt"), latin1);

    assertThat(problems(readAll(Ingest.builder().build(), f)))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.docId()).isEqualTo("latin1");
          assertThat(p.stage()).isEqualTo("ingest");
          assertThat(p.reason()).isEqualTo("not UTF-8 text");
        });
  }

  @Test
  void aFewInvalidBytesAreReplacedAndTheTextIsKept() {
    byte[] good = (BODY.repeat(5)).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 1];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xE9; // one stray Latin-1 byte in ~400 chars
    Path f = write(dir.resolve("stray.txt"), bytes);

    Document d = documents(readAll(Ingest.builder().build(), f)).get(0);

    assertThat(d.text()).endsWith("\uFFFD").startsWith(BODY);
  }
}
