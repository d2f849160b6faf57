package org.entente.testing;

import java.util.ArrayList;
import java.util.List;
import org.entente.CodedDocument;
import org.entente.Coder;
import org.entente.ingest.DocumentStream;
import org.entente.ingest.Ingest;
import org.entente.nlp.NlpEngine;
import org.entente.nlp.NlpEngines;

/**
 * The shared fixture for tests that need real NLP: CoreNLP's models load once per test JVM (about 10 s and 1 GB),
 * never once per test. Thread-safe.
 */
public final class TestCoder {

  private static volatile Coder coder;
  private static volatile List<CodedDocument> samples;

  private TestCoder() {}

  public static NlpEngine nlp() {
    return NlpEngines.shared();
  }

  public static Coder coder() {
    Coder c = coder;
    if (c == null) {
      synchronized (TestCoder.class) {
        if (coder == null) {
          coder = Coder.builder().nlp(NlpEngines.shared()).build();
        }
        c = coder;
      }
    }
    return c;
  }

  /** The bundled sample articles ({@link External#samples()}), coded once per test JVM, in file order. */
  public static List<CodedDocument> samples() {
    List<CodedDocument> s = samples;
    if (s == null) {
      synchronized (TestCoder.class) {
        if (samples == null) {
          List<CodedDocument> out = new ArrayList<>();
          try (DocumentStream in = Ingest.builder().build().open(List.of(External.samples()))) {
            while (in.hasNext()) {
              var item = in.next();
              if (item.document() == null) {
                throw new IllegalStateException("a sample article was skipped: " + item.problem());
              }
              out.add(coder().code(item.document()));
            }
          }
          samples = List.copyOf(out);
        }
        s = samples;
      }
    }
    return s;
  }
}
