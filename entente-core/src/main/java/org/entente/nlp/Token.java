package org.entente.nlp;

import java.util.Objects;
import org.entente.Span;

/**
 * One token. {@code index} is 0-based within its sentence; {@code span} points into the document text.
 *
 * @param ner coarse NER tag: {@code PERSON}, {@code LOCATION}, {@code ORGANIZATION}, {@code MISC}, {@code DATE},
 *            ... or {@code O}
 */
public record Token(int index, Span span, String word, String pos, String lemma, String ner) {
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(word, "word");
    pos = pos == null ? "" : pos;
    lemma = lemma == null ? word.toLowerCase(java.util.Locale.ROOT) : lemma;
    ner = ner == null ? "O" : ner;
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public String lower() {
    return word.toLowerCase(java.util.Locale.ROOT);
  }
}
