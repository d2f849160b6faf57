package org.entente.testing;

import org.entente.Coder;
import org.entente.nlp.NlpEngine;
import org.entente.nlp.NlpEngines;

/**
 * The shared fixture for tests that need real NLP: CoreNLP's models load once per test JVM (about 10 s and 1 GB),
 * never once per test. Thread-safe.
 */
public final class TestCoder {

  private static volatile Coder coder;

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
}
