package org.entente.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.EntenteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns failures into HTTP statuses and JSON bodies {@code {"status", "message"}}
 * ({@code docs/api.md}, "Errors"): a {@code USAGE} {@link EntenteException} (a bad parameter) is 400, {@link
 * NotFound} and unknown routes 404, an {@code IO} failure (the database) 503, anything else 500 with the message
 * "internal error" and the details in the log only. Thread-safe (stateless).
 */
final class Errors {

  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
  private static final String HANDLED = "entente.error";

  private Errors() {}

  /** Something the client asked for by id or key does not exist. */
  static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message, null, false, false);
    }
  }

  /** The thing found, or a {@link NotFound} ("no actor 'X'"). */
  static <T> T found(java.util.Optional<T> thing, String what, String key) {
    return thing.orElseThrow(() -> new NotFound("no " + what + " '" + key + "'"));
  }

  /** Installs the mapping on {@code app}. */
  static void install(Javalin app) {
    app.exception(Exception.class, (e, ctx) -> answer(ctx, e));
    // Routes nobody handles (no API route, no static file) are JSON 404s too; an answer given above is kept.
    app.error(404, ctx -> {
      if (ctx.attribute(HANDLED) == null) {
        send(ctx, 404, "no such route: " + ctx.method() + " " + ctx.path());
      }
    });
  }

  static void answer(Context ctx, Exception e) {
    int status = status(e);
    String message;
    if (status == 500) {
      LOG.error("{} {} failed", ctx.method(), ctx.fullUrl(), e);
      message = "internal error";
    } else {
      if (status == 503) {
        LOG.warn("{} {}: {}", ctx.method(), ctx.fullUrl(), e.getMessage());
      }
      message = e.getMessage() == null ? "" : e.getMessage();
    }
    send(ctx, status, message);
  }

  /** The status of a failure. */
  static int status(Throwable e) {
    if (e instanceof EntenteException x) {
      return switch (x.kind()) {
        case USAGE -> 400;
        case IO -> 503;
        case CONFIG -> 500;
      };
    }
    if (e instanceof NotFound) {
      return 404;
    }
    if (e instanceof HttpResponseException h && h.getStatus() >= 400 && h.getStatus() < 500) {
      return h.getStatus();
    }
    return 500;
  }

  private static void send(Context ctx, int status, String message) {
    ctx.attribute(HANDLED, Boolean.TRUE);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("message", message);
    Json.send(ctx, status, body);
  }
}
