package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.server.ApiFixture.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.entente.query.EvidenceIndex;
import org.entente.store.EventStore;
import org.entente.store.Stores;
import org.entente.testing.TestCoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --watch}: a file dropped into the folder is coded into the served store and becomes searchable; a bad file
 * is counted and reported, not fatal; a restart does not code unchanged files again. Waits generously: this checks
 * that coding happens, not how fast.
 */
class WatchTest {

  private static final Duration PATIENCE = Duration.ofMinutes(3);

  @TempDir
  Path dir;

  @Test
  void aDroppedFileIsCodedAndServedWhileABadOneIsReported() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    try (EventStore store = Stores.open(":memory:"); EvidenceIndex index = EvidenceIndex.inMemory()) {
      try (EntenteServer s = server(store, index, inbox)) {
        ApiFixture.Client http = new ApiFixture.Client(s.port());
        JsonNode before = http.json("/api/stats").path("watch");
        assertThat(before.path("folder").asText()).isEqualTo(inbox.toAbsolutePath().normalize().toString());
        assertThat(before.path("coded").asLong()).isZero();

        write(inbox.resolve("talks.txt"), "Title: Talks in Lima\nDate: 2024-05-02\n\n"
            + "The Chilean foreign minister met the Peruvian president in Lima on Thursday.\n");
        write(inbox.resolve("empty.txt"), "");
        write(inbox.resolve("notes.md"), "not an article");

        JsonNode watch = await(http, w -> w.path("coded").asLong() >= 1 && w.path("failed").asLong() >= 1
            && w.path("queued").asLong() == 0);
        assertThat(watch.path("coded").asLong()).isEqualTo(1);
        assertThat(watch.path("failed").asLong()).isEqualTo(1);
        assertThat(watch.path("last_error").asText()).contains("empty");

        JsonNode stats = http.json("/api/stats");
        assertThat(stats.path("documents").asLong()).isEqualTo(2);
        assertThat(stats.path("problems").asLong()).isEqualTo(1);
        JsonNode lima = http.json("/api/events?doc=talks&q=" + enc("Lima"));
        assertThat(lima.path("items")).isNotEmpty();
        assertThat(http.json("/api/documents/talks").path("title").asText()).isEqualTo("Talks in Lima");
      }
      // Started again on the same store, the watcher leaves the unchanged file alone.
      try (EntenteServer s = server(store, index, inbox)) {
        ApiFixture.Client http = new ApiFixture.Client(s.port());
        Thread.sleep(1000);
        JsonNode watch = await(http, w -> w.path("queued").asLong() == 0);
        assertThat(watch.path("coded").asLong()).isZero();
      }
    }
  }

  @Test
  void aMissingFolderIsAUsageError() {
    try (EventStore store = Stores.open(":memory:")) {
      var b = EntenteServer.builder().store(store).port(0).watch(dir.resolve("absent"));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.build().start())
          .isInstanceOf(org.entente.EntenteException.class).hasMessageContaining("--watch");
    }
  }

  private static EntenteServer server(EventStore store, EvidenceIndex index, Path inbox) {
    return EntenteServer.builder().store(store).index(index).port(0).watch(inbox)
        .pollInterval(Duration.ofMillis(100)).coder(TestCoder::coder).build().start();
  }

  private static void write(Path file, String text) throws IOException {
    Path tmp = file.resolveSibling("." + file.getFileName() + ".part");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, file);
  }

  /** Polls {@code /api/stats} until its {@code watch} satisfies {@code done}. */
  private static JsonNode await(ApiFixture.Client http, Predicate<JsonNode> done) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    JsonNode w;
    do {
      w = http.json("/api/stats").path("watch");
      if (done.test(w)) {
        return w;
      }
      Thread.sleep(100);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("the watcher did not get there within " + PATIENCE + ": " + w);
  }
}
