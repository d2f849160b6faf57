package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.ingest.Items.documents;
import static org.entente.ingest.Items.problems;
import static org.entente.ingest.Items.readAll;
import static org.entente.ingest.Items.write;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlIngestTest {

  @TempDir Path dir;

  @Test
  void jsonlBadLineInTheMiddleIsAProblemWithItsLineNumberAndTheRestGoesOn() {
    Path f = write(dir.resolve("feed.jsonl"), """
        {"id": "a1", "title": "Talks", "text": "The ministers met in Kelm.", "date": "2024-03-14", "url": "https://x.example/a1", "source": "Meridian"}
        {"id": "a2", "text": "broken line
        {"id": "a3", "text": "They agreed to meet again.", "date": null}
        """);

    List<Ingested> items = readAll(Ingest.builder().build(), f);

    assertThat(items).hasSize(3);
    assertThat(documents(items)).extracting(Document::id).containsExactly("a1", "a3");
    Problem p = items.get(1).problem();
    assertThat(p.stage()).isEqualTo("ingest");
    assertThat(p.reason()).startsWith("line 2: not JSON: ");
    assertThat(p.docId()).isEqualTo(f.toString());
    Document a1 = documents(items).get(0);
    assertThat(a1.text()).isEqualTo("The ministers met in Kelm.");
    assertThat(a1.title()).isEqualTo("Talks");
    assertThat(a1.url()).isEqualTo("https://x.example/a1");
    assertThat(a1.source()).isEqualTo("Meridian");
    assertThat(a1.date()).isEqualTo(LocalDate.of(2024, 3, 14));
  }

  @Test
  void jsonlRecordDateWinsOverDefaultDateAndTimestampsGiveTheirDay() {
    Path f = write(dir.resolve("feed.jsonl"), """
        {"id": "a", "text": "One.", "date": "2021-05-04T23:10:00Z"}
        {"id": "b", "text": "Two.", "date": null}
        {"id": "c", "text": "Three."}
        """);

    List<Document> docs = documents(readAll(Ingest.builder().defaultDate(LocalDate.of(2000, 1, 1)).build(), f));

    assertThat(docs).extracting(Document::date)
        .containsExactly(LocalDate.of(2021, 5, 4), LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 1));
  }

  @Test
  void jsonlMissingIdIsTheFileNameAndLineNumber() {
    Path f = write(dir.resolve("wire.jsonl"), """
        {"text": "One."}

        {"text": "Three.", "id": ""}
        """);

    assertThat(documents(readAll(Ingest.builder().build(), f))).extracting(Document::id)
        .containsExactly("wire-1", "wire-3");
  }

  @Test
  void jsonlMissingOrBlankTextIsEmpty() {
    Path f = write(dir.resolve("feed.jsonl"), """
        {"id": "a", "title": "No text"}
        {"id": "b", "text": "   "}
        """);

    assertThat(problems(readAll(Ingest.builder().build(), f)))
        .extracting(Problem::docId, Problem::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "empty"), org.assertj.core.groups.Tuple.tuple("b", "empty"));
  }

  @Test
  void jsonlLineThatIsNotAnObjectIsAProblem() {
    Path f = write(dir.resolve("feed.jsonl"), "[1, 2]\n");

    assertThat(problems(readAll(Ingest.builder().build(), f)))
        .singleElement().extracting(Problem::reason).isEqualTo("line 1: not a JSON object");
  }
}
