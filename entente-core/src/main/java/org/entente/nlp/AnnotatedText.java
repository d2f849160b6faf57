package org.entente.nlp;

import java.util.List;
import java.util.Objects;

/**
 * What an {@link NlpEngine} knows about one document: its sentences and normalised temporal expressions. All
 * offsets point into {@code text}, the document text as ingested. Immutable.
 */
public record AnnotatedText(String text, List<Sentence> sentences, List<Timex> timexes) {
  public AnnotatedText {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    timexes = List.copyOf(timexes);
  }

  public int tokenCount() {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.tokens().size();
    }
    return n;
  }
}
