package org.entente.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import org.entente.events.Event;
import org.entente.events.EventJson;

/**
 * The API's JSON: the query package's records with snake_case keys ({@code docs/api.md}), events exactly as
 * {@link EventJson#toJson} writes them (the contract), dates as ISO strings. Thread-safe.
 */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .registerModule(new SimpleModule("entente")
          .addSerializer(Event.class, new StdSerializer<>(Event.class) {
            @Override
            public void serialize(Event e, JsonGenerator g, SerializerProvider p) throws IOException {
              g.writeTree(EventJson.toJson(e));
            }
          })
          .addSerializer(LocalDate.class, new StdSerializer<>(LocalDate.class) {
            @Override
            public void serialize(LocalDate d, JsonGenerator g, SerializerProvider p) throws IOException {
              g.writeString(d.toString());
            }
          }));

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** Answers {@code value} as JSON with {@code status}. */
  static void send(Context ctx, int status, Object value) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(write(value));
  }

  static void ok(Context ctx, Object value) {
    send(ctx, 200, value);
  }
}
