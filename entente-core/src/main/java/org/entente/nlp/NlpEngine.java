package org.entente.nlp;

import java.time.LocalDate;

/**
 * Linguistic annotation behind one small interface, so that CoreNLP can be replaced.
 *
 * <p>An engine is heavy to build (its models are loaded once) and cheap to call. Implementations are
 * thread-safe: one instance serves every worker of a process.
 */
public interface NlpEngine extends AutoCloseable {

  /**
   * Annotates {@code text}: sentences, tokens with offsets into {@code text}, POS, lemmas, coarse NER, a
   * dependency parse, and dates normalised against {@code documentDate}.
   *
   * @param documentDate the document's date, or null when unknown ("September this year" then gives
   *                     {@code XXXX-09})
   * @throws NlpException when the engine fails on this text; the caller skips the document
   */
  AnnotatedText annotate(String text, LocalDate documentDate);

  /** Milliseconds spent loading models when this engine was built. */
  long loadMillis();

  @Override
  default void close() {}

  /** The engine failed on one text; the document is reported and skipped. */
  final class NlpException extends RuntimeException {
    public NlpException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
