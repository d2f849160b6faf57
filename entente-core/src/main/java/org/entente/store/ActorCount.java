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
 * @param events  number of events it takes part in, as source or target
 */
public record ActorCount(String name, String kind, String country, String region, String sector,
    List<String> roles, long events) {
  public ActorCount {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    roles = List.copyOf(roles);
  }
}
