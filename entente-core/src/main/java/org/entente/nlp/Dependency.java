package org.entente.nlp;

/**
 * A basic (enhanced++ where the engine provides it) dependency between two tokens of one sentence.
 *
 * @param head      governor token index, or -1 for the root
 * @param dependent dependent token index
 * @param relation  Universal Dependencies relation with its subtype, e.g. {@code nsubj}, {@code obl:with}
 */
public record Dependency(int head, int dependent, String relation) {
  public Dependency {
    if (dependent < 0 || head < -1) {
      throw new IllegalArgumentException("bad dependency " + head + " -> " + dependent);
    }
    java.util.Objects.requireNonNull(relation, "relation");
  }

  /** The relation without its subtype: {@code obl:with} gives {@code obl}. */
  public String base() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
