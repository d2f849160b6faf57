package org.entente.nlp;

/**
 * Where {@link NlpEngine}s come from. The CoreNLP engine is heavy (models of about 0.5 GB live), so a process
 * builds it once and shares it: {@link #shared()} is the one to use. Thread-safe.
 */
public final class NlpEngines {

  private static volatile NlpEngine shared;

  private NlpEngines() {}

  /** The process-wide CoreNLP engine, loaded on first use. */
  public static NlpEngine shared() {
    NlpEngine e = shared;
    if (e == null) {
      synchronized (NlpEngines.class) {
        e = shared;
        if (e == null) {
          e = new CoreNlpEngine();
          shared = e;
        }
      }
    }
    return e;
  }
}
