package org.entente.query;

import java.util.List;
import java.util.Map;

/**
 * Actors (or countries) as nodes and the events between them as undirected weighted edges. Immutable.
 *
 * @param nodes most active first
 * @param edges heaviest first
 */
public record Network(List<Node> nodes, List<Edge> edges) {
  public Network {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * @param id      the canonical name (actor level) or the ISO3 code (country level)
   * @param events  events it takes part in
   * @param quad    the quad class of most of its events
   */
  public record Node(String id, String name, String kind, String country, long events, int quad) {}

  /**
   * @param weight        events between the two
   * @param quads         events per quad class ("1".."4")
   * @param goldsteinMean mean Goldstein score of those events
   */
  public record Edge(String source, String target, long weight, Map<String, Long> quads, double goldsteinMean) {
    public Edge {
      quads = Map.copyOf(quads);
    }
  }

  /** What a node stands for. */
  public enum Level { ACTOR, COUNTRY }
}
