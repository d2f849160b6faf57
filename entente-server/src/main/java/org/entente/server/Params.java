package org.entente.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.EntenteException;
import org.entente.EntenteException.Kind;
import org.entente.query.EventFilter;

/**
 * Query parameters of a request, checked: every name must be known to the endpoint (a typo must not silently
 * return everything) and every value well-formed, else a {@code USAGE} error naming the parameter (a 400).
 * One per request; not shared between threads.
 */
final class Params {

  private final Map<String, List<String>> all;

  private Params(Map<String, List<String>> all) {
    this.all = all;
  }

  /** The request's parameters, refusing names outside {@code known}. */
  static Params of(Context ctx, Set<String> known) {
    Map<String, List<String>> all = ctx.queryParamMap();
    for (String name : all.keySet()) {
      if (!known.contains(name)) {
        List<String> names = new ArrayList<>(known);
        names.sort(null);
        throw new EntenteException(Kind.USAGE, "unknown parameter '" + name + "'"
            + (names.isEmpty() ? "; this endpoint takes none" : "; known: " + String.join(", ", names)));
      }
    }
    return new Params(all);
  }

  /** The path parameter {@code name} of a request for one thing, which takes no query parameters. */
  static String key(Context ctx, String name) {
    of(ctx, Set.of());
    return ctx.pathParam(name);
  }

  /** The event filter of the request, which may also carry {@code extra} parameters of the endpoint. */
  static EventFilter filter(Context ctx, Set<String> extra) {
    return EventFilter.parse(ctx.queryParamMap(), extra);
  }

  /** The one value of a parameter, stripped, or null when absent or blank. */
  String get(String name) {
    List<String> v = all.get(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (v.size() > 1) {
      throw usage(name, "is given " + v.size() + " times; give it once");
    }
    String s = v.get(0).strip();
    return s.isEmpty() ? null : s;
  }

  int integer(String name, int defaultValue) {
    String v = get(name);
    if (v == null) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw usage(name, "wants a whole number, got '" + v + "'");
    }
  }

  /** One of {@code choices} (case-insensitive), or the first when absent. */
  String choice(String name, String... choices) {
    String v = get(name);
    if (v == null) {
      return choices[0];
    }
    String l = v.toLowerCase(Locale.ROOT);
    for (String c : choices) {
      if (c.equals(l)) {
        return c;
      }
    }
    throw usage(name, "wants " + String.join(" or ", choices) + ", got '" + v + "'");
  }

  static EntenteException usage(String name, String problem) {
    return new EntenteException(Kind.USAGE, "parameter '" + name + "' " + problem);
  }
}
