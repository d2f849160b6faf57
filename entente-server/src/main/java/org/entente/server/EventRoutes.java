package org.entente.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.Set;
import org.entente.events.Event;
import org.entente.events.EventJson;
import org.entente.query.Analyst;
import org.entente.query.EventDetail;
import org.entente.query.EventFilter;
import org.entente.query.Network;
import org.entente.query.Timeline;

/**
 * {@code /api/events}, {@code /api/events/{id}}, {@code /api/merged}, {@code /api/timeline} and {@code /api/network}:
 * events by filter.
 * Thread-safe (no state beside the thread-safe {@link Analyst}).
 */
final class EventRoutes {

  /** Parameters of each listing beside the filter's ({@link EventFilter#PARAMETERS}). */
  static final Set<String> EVENTS = Set.of("limit", "cursor", "sort");
  static final Set<String> MERGED = Set.of("limit", "cursor");
  static final Set<String> TIMELINE = Set.of("interval");
  static final Set<String> NETWORK = Set.of("level", "min", "max_nodes");

  static final int DEFAULT_LIMIT = 50;

  private final Analyst analyst;

  private EventRoutes(Analyst analyst) {
    this.analyst = analyst;
  }

  static void install(Javalin app, Analyst analyst) {
    EventRoutes r = new EventRoutes(analyst);
    app.get("/api/events", r::events);
    app.get("/api/events/<id>", r::event);
    app.get("/api/merged", r::merged);
    app.get("/api/timeline", r::timeline);
    app.get("/api/network", r::network);
  }

  static Set<String> with(Set<String> extra) {
    Set<String> all = new HashSet<>(EventFilter.PARAMETERS);
    all.addAll(extra);
    return all;
  }

  void events(Context ctx) {
    EventFilter f = Params.filter(ctx, EVENTS);
    Params p = Params.of(ctx, with(EVENTS));
    Analyst.Sort sort = Analyst.Sort.parse(p.get("sort"));
    Json.ok(ctx, analyst.events(f, sort, p.integer("limit", DEFAULT_LIMIT), p.get("cursor")));
  }

  void merged(Context ctx) {
    EventFilter f = Params.filter(ctx, MERGED);
    Params p = Params.of(ctx, with(MERGED));
    Json.ok(ctx, analyst.merged(f, p.integer("limit", DEFAULT_LIMIT), p.get("cursor")));
  }

  void event(Context ctx) {
    String id = Params.key(ctx, "id");
    EventDetail d = Errors.found(analyst.event(id), "event", id);
    Event e = d.event();
    ObjectNode o = EventJson.toJson(e);
    ObjectNode doc = o.putObject("document");
    doc.put("doc_id", d.document().docId());
    doc.put("title", d.document().title());
    doc.put("date", d.document().date() == null ? null : d.document().date().toString());
    doc.put("url", d.document().url());
    doc.put("source", d.document().source());
    doc.put("events", d.document().events());
    o.put("sentence_text", e.evidence().text());
    Json.ok(ctx, o);
  }

  void timeline(Context ctx) {
    EventFilter f = Params.filter(ctx, TIMELINE);
    Params p = Params.of(ctx, with(TIMELINE));
    Timeline.Interval interval = p.choice("interval", "month", "week").equals("week")
        ? Timeline.Interval.WEEK : Timeline.Interval.MONTH;
    Json.ok(ctx, analyst.timeline(f, interval));
  }

  void network(Context ctx) {
    EventFilter f = Params.filter(ctx, NETWORK);
    Params p = Params.of(ctx, with(NETWORK));
    Network.Level level = p.choice("level", "actor", "country").equals("country")
        ? Network.Level.COUNTRY : Network.Level.ACTOR;
    Json.ok(ctx, analyst.network(f, level, p.integer("min", 1), p.integer("max_nodes", 200)));
  }
}
