package org.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.ingest.DocumentStream;
import org.entente.ingest.Ingest;
import org.entente.nlp.AnnotatedText;
import org.entente.nlp.NlpEngine;
import org.entente.testing.TestCoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class RunnerTest {

  /** Real NLP, except that a text saying BOOM trips a bug of ours (not an NLP failure the coder expects). */
  private static final class TrippingEngine implements NlpEngine {
    @Override
    public AnnotatedText annotate(String text, LocalDate documentDate) {
      if (text.contains("BOOM")) {
        throw new IllegalStateException("tripped");
      }
      return TestCoder.nlp().annotate(text, documentDate);
    }

    @Override
    public long loadMillis() {
      return 0;
    }
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void aBugThatOneDocumentTriggersSkipsThatDocumentAndTheRunGoesOn(@TempDir Path dir) throws IOException {
    // more tripping documents than the queue between reader and writer holds, around one good one
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      jsonl.append("{\"id\": \"bad-").append(i).append("\", \"text\": \"BOOM went the parser.\"}\n");
    }
    jsonl.append("{\"id\": \"good\", \"text\": \"France and Germany signed a trade agreement.\"}\n");
    Path f = Files.writeString(dir.resolve("docs.jsonl"), jsonl);
    Coder coder = Coder.builder().nlp(new TrippingEngine()).build();
    List<String> coded = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Runner.Summary sum;
    try (DocumentStream in = Ingest.builder().build().open(List.of(f))) {
      sum = Runner.of(coder, 1).run(in, new Runner.Sink() {
        @Override
        public void coded(CodedDocument doc) {
          coded.add(doc.document().id());
        }

        @Override
        public void problem(Problem problem) {
          problems.add(problem);
        }
      }, null);
    }
    assertThat(coded).containsExactly("good");
    assertThat(problems).hasSize(12).allSatisfy(p -> {
      assertThat(p.stage()).isEqualTo("coder");
      assertThat(p.reason()).contains("IllegalStateException", "tripped");
    });
    assertThat(sum.skipped()).isEqualTo(12);
  }
}
