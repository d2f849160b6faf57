package org.entente.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The actor mentions of one document, per sentence, plus what the document as a whole says about its actors.
 * Immutable.
 *
 * @param bySentence  mentions of each sentence, ordered by first token
 * @param homeCountry the country the document is mostly about (its most mentioned country), or null
 * @param places      place mentions per sentence (cities, regions, countries in locative use)
 */
public record DocumentActors(List<List<Mention>> bySentence, String homeCountry, List<List<Mention>> places) {

  public DocumentActors {
    List<List<Mention>> copy = new ArrayList<>();
    for (List<Mention> l : bySentence) {
      List<Mention> sorted = new ArrayList<>(l);
      sorted.sort(Comparator.comparingInt(Mention::first));
      copy.add(List.copyOf(sorted));
    }
    bySentence = List.copyOf(copy);
    places = places.stream().map(List::copyOf).toList();
  }

  public List<Mention> in(int sentence) {
    return sentence < bySentence.size() ? bySentence.get(sentence) : List.of();
  }

  public List<Mention> placesIn(int sentence) {
    return sentence < places.size() ? places.get(sentence) : List.of();
  }

  /** The mention covering {@code token} of {@code sentence}, or null; country adjectives are not included. */
  public Mention at(int sentence, int token) {
    for (Mention m : in(sentence)) {
      if (m.covers(token) && m.form() != Mention.Form.MODIFIER) {
        return m;
      }
    }
    return null;
  }

  /** The country adjective at {@code token} ("Soviet" in "the Soviet era"), or null. */
  public Mention modifierAt(int sentence, int token) {
    for (Mention m : in(sentence)) {
      if (m.covers(token) && m.form() == Mention.Form.MODIFIER) {
        return m;
      }
    }
    return null;
  }
}
