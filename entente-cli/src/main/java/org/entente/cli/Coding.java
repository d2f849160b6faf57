package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.Coder;
import org.entente.Problem;
import org.entente.Runner;
import org.entente.ingest.DocumentStream;
import org.entente.ingest.Ingest;
import org.entente.ingest.Ingested;

/** What the coding commands share: opening inputs, the coder, the run and its closing summary. */
final class Coding {

  private Coding() {}

  static DocumentStream open(List<Path> inputs, LocalDate defaultDate, PrintWriter err) {
    Ingest ingest = Ingest.builder().defaultDate(defaultDate).notices(n -> err.println("note: " + n)).build();
    return ingest.open(inputs);
  }

  /** At most {@code limit} documents (problems included) of {@code in}. */
  static DocumentStream limit(DocumentStream in, int limit) {
    return new DocumentStream() {
      int n;

      @Override
      public boolean hasNext() {
        return n < limit && in.hasNext();
      }

      @Override
      public Ingested next() {
        n++;
        return in.next();
      }

      @Override
      public void close() {
        in.close();
      }
    };
  }

  static Coder coder(PrintWriter err) {
    long t0 = System.nanoTime();
    Coder c = Coder.builder().build();
    err.printf("loaded models in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    return c;
  }

  static void summary(PrintWriter err, Runner.Summary s) {
    err.printf("documents %d (coded %d, skipped %d) · sentences %d · events %d · %.1f s · %.2f docs/s%n",
        s.documents(), s.coded(), s.skipped(), s.sentences(), s.events(), s.elapsedNanos() / 1e9,
        s.docsPerSecond());
    if (!s.problems().isEmpty()) {
      Map<String, Integer> byReason = new LinkedHashMap<>();
      for (Problem p : s.problems()) {
        byReason.merge(p.stage() + ": " + reasonClass(p.reason()), 1, Integer::sum);
      }
      err.println("skipped documents by reason:");
      byReason.forEach((r, n) -> err.printf("  %6d  %s%n", n, r));
      int shown = 0;
      for (Problem p : s.problems()) {
        if (shown++ == 20) {
          err.printf("  ... and %d more (all are stored with their reasons)%n", s.problems().size() - 20);
          break;
        }
        err.println("  " + p);
      }
    }
  }

  /** The stable part of a reason, for counting: "not English (fra)" counts as "not English". */
  private static String reasonClass(String reason) {
    int paren = reason.indexOf(" (");
    int colon = reason.indexOf(": ");
    int cut = paren < 0 ? colon : colon < 0 ? paren : Math.min(paren, colon);
    return cut < 0 ? reason : reason.substring(0, cut);
  }
}
