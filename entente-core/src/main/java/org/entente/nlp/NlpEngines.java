package org.entente.nlp;

import org.entente.Lazy;

/**
 * Where {@link NlpEngine}s come from. The CoreNLP engine is heavy (models of about 0.5 GB live), so a process
 * builds it once and shares it: {@link #shared()} is the one to use. Thread-safe.
 */
public final class NlpEngines {

  private static final Lazy<NlpEngine> SHARED = Lazy.of(CoreNlpEngine::new);

  private NlpEngines() {}

  /** The process-wide CoreNLP engine, loaded on first use. */
  public static NlpEngine shared() {
    return SHARED.get();
  }
}
