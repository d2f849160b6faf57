package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import org.entente.EntenteException;
import org.entente.EntenteException.Kind;
import org.entente.server.ApiFixture.Answer;
import org.entente.store.EventStore;
import org.junit.jupiter.api.Test;

/** The one mapping of failures to statuses: 503 for the database, 500 "internal error" for bugs, details logged. */
class ErrorsTest {

  @Test
  void statusesByKind() {
    assertThat(Errors.status(new EntenteException(Kind.USAGE, "x"))).isEqualTo(400);
    assertThat(Errors.status(new Errors.NotFound("x"))).isEqualTo(404);
    assertThat(Errors.status(new EntenteException(Kind.IO, "x"))).isEqualTo(503);
    assertThat(Errors.status(new EntenteException(Kind.CONFIG, "x"))).isEqualTo(500);
    assertThat(Errors.status(new IllegalStateException("x"))).isEqualTo(500);
  }

  @Test
  void aFailingDatabaseIs503WithItsMessage() {
    Answer a = against(new EntenteException(Kind.IO, "the database /x/y.duckdb failed reading statistics"));
    assertThat(a.status()).isEqualTo(503);
    assertThat(a.json().path("status").asInt()).isEqualTo(503);
    assertThat(a.json().path("message").asText()).contains("failed reading statistics");
  }

  @Test
  void aBugIs500WithoutDetails() {
    Answer a = against(new NullPointerException("secret detail"));
    assertThat(a.status()).isEqualTo(500);
    assertThat(a.json().path("message").asText()).isEqualTo("internal error");
    assertThat(a.body()).doesNotContain("secret");
  }

  /** GET /api/stats from a server whose store fails every read with {@code failure}. */
  private static Answer against(RuntimeException failure) {
    EventStore broken = (EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(),
        new Class<?>[] {EventStore.class}, (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            return null;
          }
          throw failure;
        });
    try (EntenteServer s = EntenteServer.builder().store(broken).port(0).build().start()) {
      return new ApiFixture.Client(s.port()).get("/api/stats");
    }
  }
}
