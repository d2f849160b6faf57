package org.entente.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.entente.query.EvidenceIndex;
import org.entente.store.EventStore;
import org.entente.store.Stores;
import org.entente.testing.TestCoder;

/**
 * One server per test JVM over the sample articles, coded once ({@link TestCoder#samples()}) into an in-memory store
 * with its evidence index. Read-only: tests must not write to {@link #store}. Thread-safe.
 */
final class ApiFixture {

  private static ApiFixture shared;

  final EventStore store;
  final EvidenceIndex index;
  final EntenteServer server;
  final Client client;

  private ApiFixture() {
    store = Stores.open(":memory:");
    store.write(TestCoder.samples());
    index = EvidenceIndex.inMemory();
    index.sync(store);
    server = EntenteServer.builder().store(store).index(index).port(0).build().start();
    client = new Client(server.port());
  }

  static synchronized ApiFixture get() {
    if (shared == null) {
      shared = new ApiFixture();
    }
    return shared;
  }

  /** An answer: its status and its body as JSON (null when the body is not JSON). */
  record Answer(int status, String contentType, String body, JsonNode json) {}

  /** Plain GETs against a server on this machine. */
  static final class Client {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    Client(int port) {
      this.port = port;
    }

    /** GET {@code pathAndQuery} as given (already encoded). */
    Answer get(String pathAndQuery) {
      try {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
            .timeout(Duration.ofSeconds(60)).GET().build();
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String type = r.headers().firstValue("Content-Type").orElse("");
        JsonNode json = type.startsWith("application/json") ? Json.MAPPER.readTree(r.body()) : null;
        return new Answer(r.statusCode(), type, r.body(), json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** GET with a 200 expected; its JSON. */
    JsonNode json(String pathAndQuery) {
      Answer a = get(pathAndQuery);
      if (a.status() != 200) {
        throw new AssertionError("GET " + pathAndQuery + " gave " + a.status() + ": " + a.body());
      }
      return a.json();
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
