package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.ingest.Items.documents;
import static org.entente.ingest.Items.problems;
import static org.entente.ingest.Items.readAll;
import static org.entente.ingest.Items.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.EntenteException;
import org.entente.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderIngestTest {

  @TempDir Path dir;

  private final List<String> notices = new ArrayList<>();

  private Ingest ingest() {
    return Ingest.builder().notices(notices::add).build();
  }

  @Test
  void folderIsWalkedRecursivelyInSortedOrder() {
    write(dir.resolve("corpus/b.txt"), "Bee.");
    write(dir.resolve("corpus/a/z.txt"), "Zed.");
    write(dir.resolve("corpus/a/y.html"), "<html><body><p>Why.</p></body></html>");
    write(dir.resolve("corpus/c.jsonl"), "{\"id\":\"c1\",\"text\":\"Sea.\"}\n{\"id\":\"c2\",\"text\":\"See.\"}\n");

    assertThat(documents(readAll(ingest(), dir.resolve("corpus")))).extracting(Document::id)
        .containsExactly("y", "z", "b", "c1", "c2");
  }

  @Test
  void folderWalkIgnoresReadmeAndOtherFormatsWithANoticeNotAProblem() {
    write(dir.resolve("corpus/README.md"), "# About this corpus");
    write(dir.resolve("corpus/notes.pdf"), "%PDF-1.4");
    write(dir.resolve("corpus/story.txt"), "The talks ended.");

    List<Ingested> items = readAll(ingest(), dir.resolve("corpus"));

    assertThat(items).extracting(i -> i.document().id()).containsExactly("story");
    assertThat(notices).hasSize(2);
    assertThat(notices.get(0)).contains("README.md").contains("ignored");
    assertThat(notices.get(1)).contains("notes.pdf");
  }

  @Test
  void duplicateIdsAcrossTwoFoldersGetTheRelativePathIdAndANotice() {
    write(dir.resolve("in/first/talks.txt"), "First.");
    write(dir.resolve("in/second/talks.txt"), "Second.");
    write(dir.resolve("in/second/sub/talks.html"), "<html><body><p>Third.</p></body></html>");

    List<Document> docs = documents(readAll(ingest(), dir.resolve("in/first"), dir.resolve("in/second")));

    assertThat(docs).extracting(Document::id, Document::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple("talks", "First."),
        org.assertj.core.groups.Tuple.tuple("second/sub/talks.html", "Third."),
        org.assertj.core.groups.Tuple.tuple("second/talks.txt", "Second."));
    assertThat(notices).hasSize(2);
    assertThat(notices.get(0)).contains("\"talks\"").contains("second/sub/talks.html");
  }

  @Test
  void duplicateRecordIdsGetTheirFilePathAndRecordId() {
    write(dir.resolve("feeds/a/day.jsonl"), "{\"id\":\"42\",\"text\":\"One.\"}\n");
    write(dir.resolve("feeds/b/day.jsonl"), "{\"id\":\"42\",\"text\":\"Two.\"}\n");

    assertThat(documents(readAll(ingest(), dir.resolve("feeds")))).extracting(Document::id)
        .containsExactly("42", "feeds/b/day.jsonl#42");
    assertThat(notices).singleElement().asString().contains("feeds/b/day.jsonl#42");
  }

  @Test
  void explicitFileInAnUnsupportedFormatIsAProblem() {
    Path pdf = write(dir.resolve("report.pdf"), "%PDF-1.4");
    Path txt = write(dir.resolve("ok.txt"), "Fine.");

    List<Ingested> items = readAll(ingest(), pdf, txt);

    assertThat(problems(items)).singleElement().satisfies(p -> {
      assertThat(p.reason()).isEqualTo("unsupported format (.pdf)");
      assertThat(p.stage()).isEqualTo("ingest");
      assertThat(p.docId()).isEqualTo(pdf.toString());
    });
    assertThat(documents(items)).extracting(Document::id).containsExactly("ok");
  }

  @Test
  void missingPathFailsAtOpenWithAUsageError() {
    Path missing = dir.resolve("nowhere/at-all.txt");

    assertThatThrownBy(() -> ingest().open(List.of(missing)))
        .isInstanceOfSatisfying(EntenteException.class,
            e -> assertThat(e.kind()).isEqualTo(EntenteException.Kind.USAGE))
        .hasMessage("no such file or folder: " + missing);
  }

  @Test
  void openReadsNothingUntilTheStreamIsIterated() {
    Path corpus = dir.resolve("corpus");
    write(corpus.resolve("early.txt"), "Early.");

    try (DocumentStream s = ingest().open(List.of(corpus))) {
      write(corpus.resolve("late.txt"), "Late.");
      List<String> ids = new ArrayList<>();
      s.forEachRemaining(i -> ids.add(i.document().id()));
      assertThat(ids).containsExactly("early", "late");
    }
  }

  @Test
  void closedStreamHasNothingMore() {
    write(dir.resolve("a.txt"), "A.");
    write(dir.resolve("b.txt"), "B.");

    DocumentStream s = ingest().open(List.of(dir));
    assertThat(s.next().document().id()).isEqualTo("a");
    s.close();
    s.close();

    assertThat(s.hasNext()).isFalse();
  }

  @Test
  void problemsCountInTheRunAndNeverThrow() {
    write(dir.resolve("c/empty.txt"), "");
    write(dir.resolve("c/ok.txt"), "Fine.");

    assertThat(readAll(ingest(), dir.resolve("c")))
        .extracting(i -> i.problem() == null ? i.document().id() : i.problem().reason())
        .containsExactly("empty", "ok");
  }

  @Test
  void builderRejectsANonPositiveMaxChars() {
    assertThatThrownBy(() -> Ingest.builder().maxChars(0).build())
        .isInstanceOfSatisfying(EntenteException.class,
            e -> assertThat(e.kind()).isEqualTo(EntenteException.Kind.USAGE))
        .hasMessageContaining("maxChars");
  }

  @Test
  void supportedExtensionsAreTheFiveFormats() {
    assertThat(Ingest.supportedExtensions()).containsExactlyInAnyOrder("txt", "html", "htm", "jsonl", "sgm");
  }

  @Test
  void ingestedHoldsExactlyOneOfDocumentAndProblem() {
    assertThatThrownBy(() -> new Ingested(null, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Ingested(Document.of("a", "A.", null), new Problem("a", "ingest", "empty")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
