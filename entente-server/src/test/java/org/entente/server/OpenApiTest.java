package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.entente.query.EventFilter;
import org.junit.jupiter.api.Test;

/** {@code /api/openapi.json} is valid JSON and describes every route and every parameter each one takes. */
class OpenApiTest {

  /** Each route and the query parameters its handler accepts. */
  static final Map<String, Set<String>> ROUTES = Map.ofEntries(
      Map.entry("/api/events", EventRoutes.with(EventRoutes.EVENTS)),
      Map.entry("/api/events/{id}", Set.of()),
      Map.entry("/api/merged", EventRoutes.with(EventRoutes.MERGED)),
      Map.entry("/api/timeline", EventRoutes.with(EventRoutes.TIMELINE)),
      Map.entry("/api/network", EventRoutes.with(EventRoutes.NETWORK)),
      Map.entry("/api/actors", CatalogRoutes.ACTORS),
      Map.entry("/api/actors/{key}", Set.of()),
      Map.entry("/api/documents", CatalogRoutes.DOCUMENTS),
      Map.entry("/api/documents/{id}", Set.of()),
      Map.entry("/api/stats", Set.of()),
      Map.entry("/api/openapi.json", Set.of()));

  @Test
  void everyPathAndParameterIsDescribed() {
    ApiFixture.Answer a = ApiFixture.get().client.get("/api/openapi.json");
    assertThat(a.status()).isEqualTo(200);
    JsonNode doc = a.json();
    assertThat(doc).as("valid JSON").isNotNull();
    assertThat(doc.path("openapi").asText()).startsWith("3.0");
    Set<String> paths = new HashSet<>();
    doc.path("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).containsExactlyInAnyOrderElementsOf(ROUTES.keySet());
    ROUTES.forEach((path, params) -> {
      JsonNode op = doc.path("paths").path(path).path("get");
      assertThat(op.isObject()).as(path).isTrue();
      Set<String> query = new HashSet<>();
      Set<String> inPath = new HashSet<>();
      for (JsonNode p : op.path("parameters")) {
        JsonNode param = resolve(doc, p);
        (param.path("in").asText().equals("path") ? inPath : query).add(param.path("name").asText());
      }
      assertThat(query).as(path).containsExactlyInAnyOrderElementsOf(params);
      if (path.contains("{")) {
        assertThat(inPath).as(path).hasSize(1);
        assertThat(op.path("responses").has("404")).as(path).isTrue();
      }
      assertThat(op.path("responses").has("200")).as(path).isTrue();
    });
  }

  @Test
  void theFilterParametersAreTheFilters() {
    assertThat(EventRoutes.with(Set.of())).isEqualTo(EventFilter.PARAMETERS);
  }

  private static JsonNode resolve(JsonNode doc, JsonNode p) {
    if (!p.has("$ref")) {
      return p;
    }
    JsonNode node = doc;
    for (String part : p.path("$ref").asText().substring(2).split("/")) {
      node = node.path(part);
    }
    assertThat(node.isMissingNode()).as(p.toString()).isFalse();
    return node;
  }
}
