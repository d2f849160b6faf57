package org.entente;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in a document's text as ingested.
 *
 * <p>Every offset Entente shows a user (a sentence, a trigger, an actor's words) is a {@code Span} into
 * {@code Document.text}, never into a cleaned copy. Immutable and thread-safe.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /** The covered text of {@code text}; fails loudly when the span does not fit, which is always a bug. */
  public String of(CharSequence text) {
    if (end > text.length()) {
      throw new IllegalArgumentException("span " + this + " beyond text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
