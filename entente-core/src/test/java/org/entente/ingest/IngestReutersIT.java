package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.Problem;
import org.entente.testing.External;
import org.junit.jupiter.api.Test;

/** All of Reuters-21578 (22 SGML files, 21,578 records) through {@link Ingest}. */
class IngestReutersIT {

  @Test
  void everyReutersRecordIsADocumentOrAProblem() {
    Path reuters = External.shared("corpus/reuters21578");
    Map<String, Integer> reasons = new TreeMap<>();
    int documents = 0;
    int problems = 0;
    Document first = null;
    long start = System.nanoTime();
    try (DocumentStream s = Ingest.builder().build().open(List.of(reuters))) {
      while (s.hasNext()) {
        Ingested i = s.next();
        if (i.problem() != null) {
          Problem p = i.problem();
          assertThat(p.reason()).isNotBlank();
          assertThat(p.stage()).isEqualTo("ingest");
          reasons.merge(p.reason(), 1, Integer::sum);
          problems++;
        } else {
          Document d = i.document();
          if (first == null) {
            first = d;
          }
          assertThat(d.source()).isEqualTo("Reuters");
          assertThat(d.text()).doesNotContain("&lt;", "&#").doesNotContainPattern("[\\x00-\\x09\\x0B-\\x1F\\x7F]");
          documents++;
        }
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("Reuters-21578: %d documents, %d problems %s, %d ms%n", documents, problems, reasons, ms);

    assertThat(documents + problems).isEqualTo(21_578);
    assertThat(documents).isGreaterThan(18_000);
    assertThat(first.id()).isEqualTo("1");
    assertThat(first.origin()).endsWith("reut2-000.sgm#1");
    assertThat(first.date()).isEqualTo(LocalDate.of(1987, 2, 26));
    assertThat(first.title()).isEqualTo("BAHIA COCOA REVIEW");
    assertThat(first.text()).startsWith("SALVADOR, Feb 26 -\nShowers continued throughout the week in the Bahia cocoa"
        + " zone, alleviating")
        .doesNotContain("&lt;").doesNotEndWith("Reuter");
  }
}
