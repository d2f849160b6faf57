package org.entente.events;

import java.util.List;
import java.util.Objects;
import org.entente.actors.Actor;
import org.entente.actors.Place;

/**
 * One coded event: the record of {@code shared/spec/EVENTS.md}. Immutable; lists are unmodifiable.
 *
 * @param eventId    stable id: the same document coded twice gives the same ids
 * @param docId      the document
 * @param type       PLOVER type, upper case
 * @param mode       PLOVER mode or null
 * @param cameo      CAMEO code with its leading zero
 * @param goldstein  Goldstein score of the code
 * @param quadClass  1..4
 * @param source     who acts
 * @param target     at whom; may be empty
 * @param symmetric  actors act alike on each other
 * @param date       ISO 8601 reduced precision ({@code 1956-07-05}, {@code 2025-09}, {@code XXXX-09}) or null
 * @param dateText   the words the date came from, or null when it is the document's date
 * @param location   where, or null
 * @param sectors    topics from the sector list
 * @param modality   asserted, negated or hypothetical
 * @param confidence 0..1
 * @param evidence   the first mention
 * @param mentions   every mention, the first being {@code evidence}
 */
public record Event(
    String eventId, String docId, String type, String mode, String cameo, double goldstein, int quadClass,
    List<Actor> source, List<Actor> target, boolean symmetric, String date, String dateText,
    Place location, List<String> sectors, Modality modality, double confidence, Evidence evidence,
    List<Evidence> mentions) {

  /** Whether the text says the event happened. */
  public enum Modality {
    ASSERTED, NEGATED, HYPOTHETICAL;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Modality parse(String s) {
      return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
  }

  public Event {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(evidence, "evidence");
    if (!cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must be 2-4 digits: " + cameo);
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("quad class " + quadClass);
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence " + confidence);
    }
    source = List.copyOf(source);
    target = List.copyOf(target);
    sectors = List.copyOf(sectors);
    mentions = mentions == null || mentions.isEmpty() ? List.of(evidence) : List.copyOf(mentions);
    if (!mentions.get(0).equals(evidence)) {
      throw new IllegalArgumentException("the first mention must be the evidence");
    }
  }
}
