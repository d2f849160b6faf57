package org.entente.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.entente.Span;
import org.entente.actors.Actor;
import org.entente.actors.Place;

/**
 * The event record of {@code shared/spec/EVENTS.md} as JSON: field names and shapes are the contract. Every
 * face (CLI, store, server, export) goes through here so the contract is written once. Thread-safe.
 */
public final class EventJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EventJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One event as a JSON object, fields in contract order. */
  public static ObjectNode toJson(Event e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("event_id", e.eventId());
    o.put("doc_id", e.docId());
    o.put("type", e.type());
    o.put("mode", e.mode());
    o.put("cameo", e.cameo());
    o.put("goldstein", e.goldstein());
    o.put("quad_class", e.quadClass());
    ArrayNode src = o.putArray("source");
    e.source().forEach(a -> src.add(actor(a)));
    ArrayNode tgt = o.putArray("target");
    e.target().forEach(a -> tgt.add(actor(a)));
    o.put("symmetric", e.symmetric());
    o.put("date", e.date());
    o.put("date_text", e.dateText());
    if (e.location() == null) {
      o.putNull("location");
    } else {
      o.set("location", place(e.location()));
    }
    ArrayNode sectors = o.putArray("sectors");
    e.sectors().forEach(sectors::add);
    o.put("modality", e.modality().code());
    o.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
    o.set("evidence", evidence(e.evidence()));
    ArrayNode mentions = o.putArray("mentions");
    e.mentions().forEach(m -> mentions.add(evidence(m)));
    return o;
  }

  /** One JSONL line (no newline). */
  public static String toLine(Event e) {
    try {
      return MAPPER.writeValueAsString(toJson(e));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("cannot serialise event " + e.eventId(), ex);
    }
  }

  static ObjectNode actor(Actor a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("text", a.text());
    o.put("start", a.span().start());
    o.put("end", a.span().end());
    o.put("name", a.name());
    o.put("kind", a.kind().name());
    o.put("country", a.country());
    o.put("region", a.region());
    o.put("sector", a.sector());
    o.put("role", a.role());
    o.put("code", a.code());
    return o;
  }

  static ObjectNode place(Place p) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("text", p.text());
    o.put("name", p.name());
    o.put("kind", p.kind());
    o.put("country", p.country());
    o.put("region", p.region());
    o.put("lat", p.lat());
    o.put("lon", p.lon());
    return o;
  }

  static ObjectNode evidence(Evidence ev) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("sentence", ev.sentence());
    o.put("start", ev.span().start());
    o.put("end", ev.span().end());
    o.put("text", ev.text());
    o.put("trigger", ev.trigger());
    o.put("trigger_start", ev.triggerSpan().start());
    o.put("trigger_end", ev.triggerSpan().end());
    return o;
  }

  /** Reads back what {@link #toLine} wrote: the store and the exports round-trip through this. */
  public static Event fromLine(String line) {
    try {
      return fromJson(MAPPER.readTree(line));
    } catch (JsonProcessingException ex) {
      throw new IllegalArgumentException("not an event record: " + ex.getOriginalMessage(), ex);
    }
  }

  public static Event fromJson(JsonNode o) {
    List<Evidence> mentions = new ArrayList<>();
    o.path("mentions").forEach(m -> mentions.add(readEvidence(m)));
    List<String> sectors = new ArrayList<>();
    o.path("sectors").forEach(s -> sectors.add(s.asText()));
    return new Event(
        o.path("event_id").asText(), o.path("doc_id").asText(), o.path("type").asText(),
        text(o, "mode"), o.path("cameo").asText(), o.path("goldstein").asDouble(),
        o.path("quad_class").asInt(), readActors(o.path("source")), readActors(o.path("target")),
        o.path("symmetric").asBoolean(), text(o, "date"), text(o, "date_text"),
        o.path("location").isObject() ? readPlace(o.path("location")) : null, sectors,
        Event.Modality.parse(o.path("modality").asText("asserted")), o.path("confidence").asDouble(),
        readEvidence(o.path("evidence")), mentions);
  }

  private static String text(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  private static Double number(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || n.isNull() ? null : n.asDouble();
  }

  private static List<Actor> readActors(JsonNode arr) {
    List<Actor> out = new ArrayList<>();
    for (JsonNode a : arr) {
      out.add(new Actor(a.path("text").asText(), new Span(a.path("start").asInt(), a.path("end").asInt()),
          a.path("name").asText(), Actor.Kind.valueOf(a.path("kind").asText()), text(a, "country"),
          text(a, "region"), text(a, "sector"), text(a, "role")));
    }
    return out;
  }

  private static Place readPlace(JsonNode p) {
    return new Place(p.path("text").asText(), p.path("name").asText(), p.path("kind").asText(),
        text(p, "country"), text(p, "region"), number(p, "lat"), number(p, "lon"));
  }

  private static Evidence readEvidence(JsonNode m) {
    return new Evidence(m.path("sentence").asInt(), new Span(m.path("start").asInt(), m.path("end").asInt()),
        m.path("text").asText(), m.path("trigger").asText(),
        new Span(m.path("trigger_start").asInt(), m.path("trigger_end").asInt()));
  }
}
