package org.entente.query;

import java.util.List;
import java.util.Map;
import org.entente.events.Event;

/**
 * Everything about one actor: who it is, what it did, with whom, lately. Immutable.
 *
 * @param actor        the actor
 * @param countsByType its events per PLOVER type
 * @param counterparts the actors it shares events with, most shared first
 * @param latest       its latest events, newest first (undated ones last)
 */
public record ActorProfile(ActorSummary actor, Map<String, Long> countsByType, List<Counterpart> counterparts,
    List<Event> latest) {
  public ActorProfile {
    countsByType = Map.copyOf(countsByType);
    counterparts = List.copyOf(counterparts);
    latest = List.copyOf(latest);
  }

  /** Another actor of the same events and how many they share. */
  public record Counterpart(String key, String name, String kind, String country, long events) {}
}
