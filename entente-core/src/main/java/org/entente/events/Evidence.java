package org.entente.events;

import java.util.Objects;
import org.entente.Span;

/**
 * Where the text says an event happened: the sentence and the trigger words, as offsets into the document
 * text. Immutable.
 *
 * @param sentence 0-based sentence index
 * @param span     the sentence's offsets
 * @param text     the sentence
 * @param trigger  the trigger words ("held a high-level meeting")
 * @param triggerSpan offsets of the trigger
 */
public record Evidence(int sentence, Span span, String text, String trigger, Span triggerSpan) {
  public Evidence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(triggerSpan, "triggerSpan");
    if (!span.contains(triggerSpan)) {
      throw new IllegalArgumentException("trigger " + triggerSpan + " outside sentence " + span);
    }
  }
}
