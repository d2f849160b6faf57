package org.entente.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.entente.query.Analyst;
import org.entente.query.Stats;

/**
 * {@code /api/stats} (what the store holds, and the progress of {@code --watch}) and {@code /api/openapi.json}.
 * Thread-safe.
 */
final class StatsRoutes {

  /** The OpenAPI description of the API, a hand-kept resource beside this class. */
  static final String OPENAPI = "openapi.json";

  private final Analyst analyst;
  private final Watcher watcher;
  private final byte[] openapi;

  private StatsRoutes(Analyst analyst, Watcher watcher) {
    this.analyst = analyst;
    this.watcher = watcher;
    try (InputStream in = StatsRoutes.class.getResourceAsStream(OPENAPI)) {
      if (in == null) {
        throw new IllegalStateException("the build lost " + OPENAPI + " beside " + StatsRoutes.class.getName());
      }
      this.openapi = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @param watcher the folder watcher, or null when the server does not watch one */
  static void install(Javalin app, Analyst analyst, Watcher watcher) {
    StatsRoutes r = new StatsRoutes(analyst, watcher);
    app.get("/api/stats", r::stats);
    app.get("/api/openapi.json", r::openapi);
  }

  void stats(Context ctx) {
    Params.of(ctx, Set.of());
    Stats s = analyst.stats();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("events", s.events());
    out.put("documents", s.documents());
    out.put("undated", s.undated());
    out.put("problems", s.problems());
    out.put("watch", watcher == null ? null : watcher.status());
    Json.ok(ctx, out);
  }

  void openapi(Context ctx) {
    Params.of(ctx, Set.of());
    ctx.contentType("application/json; charset=utf-8").result(openapi);
  }
}
