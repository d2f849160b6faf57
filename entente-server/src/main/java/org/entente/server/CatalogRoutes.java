package org.entente.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;
import org.entente.query.Analyst;

/**
 * What events are about and come from: {@code /api/actors}, {@code /api/actors/{key}} (who an actor is, what it did
 * and with whom), {@code /api/documents} and {@code /api/documents/{id}} (the texts, with their events marked).
 * Thread-safe (no state beside the thread-safe {@link Analyst}).
 */
final class CatalogRoutes {

  /** Query parameters of the lists. */
  static final Set<String> ACTORS = Set.of("q", "limit");
  static final Set<String> DOCUMENTS = Set.of("limit", "cursor");

  private final Analyst analyst;

  private CatalogRoutes(Analyst analyst) {
    this.analyst = analyst;
  }

  static void install(Javalin app, Analyst analyst) {
    CatalogRoutes r = new CatalogRoutes(analyst);
    app.get("/api/actors", r::actors);
    app.get("/api/actors/<key>", r::actor);
    app.get("/api/documents", r::documents);
    app.get("/api/documents/<id>", r::document);
  }

  void actors(Context ctx) {
    Params p = Params.of(ctx, ACTORS);
    Json.ok(ctx, Map.of("items", analyst.actors(p.get("q"), p.integer("limit", EventRoutes.DEFAULT_LIMIT))));
  }

  void actor(Context ctx) {
    String key = Params.key(ctx, "key");
    Json.ok(ctx, Errors.found(analyst.actor(key), "actor", key));
  }

  void documents(Context ctx) {
    Params p = Params.of(ctx, DOCUMENTS);
    Json.ok(ctx, analyst.documents(p.integer("limit", EventRoutes.DEFAULT_LIMIT), p.get("cursor")));
  }

  void document(Context ctx) {
    String id = Params.key(ctx, "id");
    Json.ok(ctx, Errors.found(analyst.document(id), "document", id));
  }
}
