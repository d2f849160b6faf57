package org.entente.query;

import java.util.List;
import java.util.Objects;

/**
 * An actor as the store knows it, across documents: every stored mention with this canonical name. Immutable.
 *
 * @param key     how to ask for it again ({@code /api/actors/{key}}): the canonical name
 * @param name    canonical name
 * @param kind    the kind most of its mentions have
 * @param country its country (most mentions), or null
 * @param region  its region (most mentions), or null
 * @param sector  its sector (most mentions), or null
 * @param code    its actor code (most mentions)
 * @param aliases the words the texts used for it, most frequent first (at most ten)
 * @param roles   the titles the texts gave it, with the dates that support each, most frequent first
 * @param events  events it takes part in, on either side
 */
public record ActorSummary(String key, String name, String kind, String country, String region, String sector,
    String code, List<String> aliases, List<Role> roles, long events) {
  public ActorSummary {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }

  /**
   * A title and when the texts support it: the events' own full dates, else their documents' dates.
   *
   * @param role   as the text gives it ("Head of the Republic of Kalmykia")
   * @param first  the earliest supporting date ({@code YYYY-MM-DD} or partial), or null
   * @param last   the latest, or null
   * @param events events with this role
   */
  public record Role(String role, String first, String last, long events) {}
}
