package org.entente.actors;

import java.util.Objects;
import org.entente.Span;

/**
 * One actor as it appears in one sentence: the words it came from and what they resolve to. Immutable.
 *
 * @param text    the words in this sentence ("Mr. Khasikov", "the Indian side")
 * @param span    their offsets in the document text
 * @param name    canonical name ("Batu Khasikov", "India")
 * @param kind    what it is
 * @param country ISO 3166-1 alpha-3 (or ISO 3166-3 for former states, or IGO/NGO/MNC/IMG), null when unknown
 * @param region  ISO 3166-2 code of the sub-national unit it belongs to, or null
 * @param sector  PLOVER sector code (GOV, MIL, ...) or null
 * @param role    the title as the text gives it, without honorifics, or null
 */
public record Actor(
    String text, Span span, String name, Kind kind, String country, String region, String sector,
    String role) {

  /** Actor kinds of the contract. */
  public enum Kind { PERSON, COUNTRY, REGION, CITY, IGO, ORGANIZATION, GROUP }

  public Actor {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  /** CAMEO-style code: country (or UNK) then sector, e.g. {@code RUSGOV}, {@code NPL}, {@code IGO}. */
  public String code() {
    String c = country == null ? "UNK" : country;
    if (sector == null || c.equals(sector)) {
      return c;
    }
    return c + sector;
  }

  /** The same resolved actor, found at other words. */
  public Actor at(String newText, Span newSpan) {
    return new Actor(newText, newSpan, name, kind, country, region, sector, role);
  }

  /** Whether two actors are the same entity (ignoring the words they were found at). */
  public boolean sameEntity(Actor o) {
    return name.equals(o.name) && kind == o.kind && Objects.equals(country, o.country)
        && Objects.equals(region, o.region);
  }
}
