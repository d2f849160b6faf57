package org.entente.store;

import java.util.List;
import java.util.Objects;

/**
 * One distinct actor of the store and how often it acts. Immutable.
 *
 * @param name    canonical name
 * @param kind    actor kind ({@code PERSON}, {@code COUNTRY}, ...)
 * @param country ISO 3166-1 alpha-3 or a non-state code, or null
 * @param region  ISO 3166-2, or null
 * @param sector  PLOVER sector, or null
 * @param roles   the titles the text gave it ("Prime Minister of Nepal"), most frequent first; may be empty
 * @param aliases the other name forms a person was mentioned by ("Wang" for "Wang Yi", "K.P. Oli" for "K.P. Sharma
 *                Oli"), most frequent first, without the name itself and its bare last word; empty for other kinds
 * @param events  number of events it takes part in, as source or target
 */
public record ActorCount(String name, String kind, String country, String region, String sector,
    List<String> roles, List<String> aliases, long events) {
  public ActorCount {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    roles = List.copyOf(roles);
    aliases = List.copyOf(aliases);
  }

  /** An actor with no aliases (the form before aliases were listed). */
  public ActorCount(String name, String kind, String country, String region, String sector, List<String> roles,
      long events) {
    this(name, kind, country, region, sector, roles, List.of(), events);
  }
}
