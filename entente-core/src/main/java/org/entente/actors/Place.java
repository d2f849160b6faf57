package org.entente.actors;

import java.util.Objects;

/**
 * Where an event happened.
 *
 * @param text    the words ("in Elista" gives "Elista")
 * @param name    canonical name
 * @param kind    COUNTRY, REGION or CITY
 * @param country ISO 3166-1 alpha-3
 * @param region  ISO 3166-2, or null
 * @param lat     latitude, or null when unknown
 * @param lon     longitude, or null when unknown
 */
public record Place(String text, String name, String kind, String country, String region, Double lat,
    Double lon) {
  public Place {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }
}
