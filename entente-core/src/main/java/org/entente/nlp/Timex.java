package org.entente.nlp;

import java.util.Objects;
import org.entente.Span;

/**
 * A normalised temporal expression.
 *
 * @param span       the words, in document offsets
 * @param sentence   the sentence it stands in
 * @param firstToken first token index within that sentence
 * @param lastToken  last token index (inclusive)
 * @param type       TIMEX3 type: DATE, TIME, DURATION, SET
 * @param value      the value as the engine normalised it relative to the document date, e.g. {@code 1956-07-05},
 *                   {@code XXXX-09}, {@code 2025-W36}; never null
 */
public record Timex(Span span, int sentence, int firstToken, int lastToken, String type, String value) {
  public Timex {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
