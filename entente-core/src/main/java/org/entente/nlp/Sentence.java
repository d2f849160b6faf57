package org.entente.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.Span;

/**
 * One sentence with its tokens and dependency parse. Immutable.
 *
 * @param index     0-based sentence index in the document
 * @param span      the sentence's offsets in the document text
 * @param paragraph 0-based paragraph index (paragraphs are separated by line breaks in the text)
 * @param tokens    tokens in order; {@code tokens.get(i).index() == i}
 * @param deps      dependency edges; empty when the engine does not parse
 */
public record Sentence(int index, Span span, int paragraph, List<Token> tokens, List<Dependency> deps) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
    deps = List.copyOf(deps);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).index() != i) {
        throw new IllegalArgumentException("token " + i + " has index " + tokens.get(i).index());
      }
    }
  }

  /** Edges whose head is {@code token}. */
  public List<Dependency> children(int token) {
    List<Dependency> out = new ArrayList<>(4);
    for (Dependency d : deps) {
      if (d.head() == token) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * The preposition(s) that introduce {@code token}, lower-cased and space-joined in order ("of", "because of"), or
   * "" when none does.
   */
  public String caseWord(int token) {
    StringBuilder sb = new StringBuilder();
    for (Dependency d : children(token)) {
      if (d.base().equals("case")) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(tokens.get(d.dependent()).lower());
      }
    }
    return sb.toString();
  }

  /** The edge that governs {@code token}, or null for the root or an unparsed sentence. */
  public Dependency parent(int token) {
    for (Dependency d : deps) {
      if (d.dependent() == token) {
        return d;
      }
    }
    return null;
  }

  /** The document offsets from the first to the last token of the range (inclusive). */
  public Span spanOf(int firstToken, int lastToken) {
    return new Span(tokens.get(firstToken).span().start(), tokens.get(lastToken).span().end());
  }
}
