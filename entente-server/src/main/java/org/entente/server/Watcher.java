package org.entente.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.entente.CodedDocument;
import org.entente.Coder;
import org.entente.EntenteException;
import org.entente.ingest.Document;
import org.entente.ingest.DocumentStream;
import org.entente.ingest.Ingest;
import org.entente.ingest.Ingested;
import org.entente.query.EvidenceIndex;
import org.entente.store.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve --watch DIR}: codes the articles that arrive in a folder into the served store while the API goes on
 * answering. DuckDB allows one writing process, so the server process is the writer and this is its one writing
 * thread.
 *
 * <p>How: every poll interval the folder is listed (recursively; hidden files and unsupported extensions ignored).
 * A file is new or changed when its size or modification time differs from when it was last coded; it is coded once
 * it looks the same on two polls in a row, so a file still being written is not read half-way. Each file is read
 * through the core {@link Ingest} and coded with the core {@link Coder} (loaded on the first file, so serving
 * without files starts fast), its documents are written in small batches and the evidence index is synced after
 * each batch. A bad file or document is counted as failed, logged, shown in {@link #status()} and skipped; it is
 * tried again only when it changes. At start, files whose documents the store already holds, coded after the file
 * last changed, are not coded again. Deleted files are left in the store.
 *
 * <p><b>Threads.</b> Thread-safe: {@link #status()} may be called from any thread while the watching thread codes.
 */
final class Watcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Watcher.class);
  private static final int BATCH = 16;

  /** Progress of the watcher, for {@code /api/stats}. Immutable. */
  record Status(String folder, int queued, long coded, long failed, String lastError) {}

  /** What a file looked like. */
  private record Stamp(long size, long modifiedNanos) {}

  private final Path folder;
  private final Duration poll;
  private final Supplier<Coder> coderFactory;
  private final EventStore store;
  private final EvidenceIndex index;
  private final Ingest ingest;
  private final Thread thread;

  private Coder coder;
  private Map<Path, Stamp> previous = Map.of();
  private final Map<Path, Stamp> done = new HashMap<>();
  private boolean started;
  private volatile boolean stopping;

  private volatile int queued;
  private volatile long coded;
  private volatile long failed;
  private volatile String lastError;

  Watcher(Path folder, Duration poll, Supplier<Coder> coder, EventStore store, EvidenceIndex index) {
    this.folder = folder.toAbsolutePath().normalize();
    this.poll = Objects.requireNonNull(poll, "poll");
    this.coderFactory = Objects.requireNonNull(coder, "coder");
    this.store = Objects.requireNonNull(store, "store");
    this.index = index;
    if (!Files.isDirectory(this.folder)) {
      throw new EntenteException(EntenteException.Kind.USAGE, "--watch wants a folder, got " + folder);
    }
    if (poll.isNegative() || poll.isZero()) {
      throw new IllegalArgumentException("poll interval must be positive: " + poll);
    }
    this.ingest = Ingest.builder().notices(n -> LOG.info("watch: {}", n)).build();
    this.thread = new Thread(this::loop, "entente-watch");
    this.thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  Status status() {
    return new Status(folder.toString(), queued, coded, failed, lastError);
  }

  private void loop() {
    LOG.info("watching {} every {} ms", folder, poll.toMillis());
    while (!stopping) {
      try {
        pollOnce();
      } catch (RuntimeException e) {
        if (stopping) {
          break;
        }
        fail("watching " + folder + ": " + message(e), e);
      }
      try {
        Thread.sleep(poll.toMillis());
      } catch (InterruptedException e) {
        break;
      }
    }
  }

  /** One look at the folder: codes the files that are new or changed and have stopped changing. */
  void pollOnce() {
    Map<Path, Stamp> now = scan();
    if (!started) {
      started = true;
      skipAlreadyStored(now);
    }
    List<Path> ready = new ArrayList<>();
    int pending = 0;
    for (var e : now.entrySet()) {
      if (e.getValue().equals(done.get(e.getKey()))) {
        continue;
      }
      pending++;
      if (e.getValue().equals(previous.get(e.getKey()))) {
        ready.add(e.getKey());
      }
    }
    previous = now;
    queued = pending;
    for (Path file : ready) {
      if (stopping) {
        return;
      }
      code(file);
      done.put(file, now.get(file));
      queued = Math.max(0, queued - 1);
    }
  }

  private Map<Path, Stamp> scan() {
    Map<Path, Stamp> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      files.filter(p -> !p.equals(folder) && !hidden(p) && supported(p)).forEach(p -> {
        try {
          BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
          if (a.isRegularFile()) {
            out.put(p, new Stamp(a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)));
          }
        } catch (IOException e) {
          // vanished between listing and reading: the next poll settles it
        }
      });
    } catch (IOException | UncheckedIOException e) {
      throw new EntenteException(EntenteException.Kind.IO, "cannot list " + folder + ": " + e.getMessage(), e);
    }
    return out;
  }

  private boolean hidden(Path p) {
    for (Path part : folder.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean supported(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && Ingest.supportedExtensions().contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** Marks as done the files whose every stored document was coded after the file last changed. */
  private void skipAlreadyStored(Map<Path, Stamp> files) {
    Map<String, Instant> codedAt = store.read("the documents' origins", c -> {
      Map<String, Instant> out = new HashMap<>();
      try (PreparedStatement p = c.prepareStatement("SELECT origin, CAST(coded_at AS VARCHAR) FROM documents");
           ResultSet r = p.executeQuery()) {
        while (r.next()) {
          if (r.getString(1) != null && r.getString(2) != null) {
            String origin = r.getString(1);
            int hash = origin.indexOf('#', origin.lastIndexOf('/') + 1);
            String file = hash < 0 ? origin : origin.substring(0, hash);
            Instant at = LocalDateTime.parse(r.getString(2).replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            out.merge(file, at, (x, y) -> x.isBefore(y) ? x : y);
          }
        }
      }
      return out;
    });
    int skipped = 0;
    for (var e : files.entrySet()) {
      Instant at = codedAt.get(e.getKey().toString());
      if (at != null && !at.isBefore(Instant.EPOCH.plusNanos(e.getValue().modifiedNanos()))) {
        done.put(e.getKey(), e.getValue());
        skipped++;
      }
    }
    if (skipped > 0) {
      LOG.info("watch: {} files in {} are already in the store and unchanged", skipped, folder);
    }
  }

  /** Codes one file into the store; failures are counted and logged, never thrown. */
  private void code(Path file) {
    LOG.info("watch: coding {}", file);
    List<CodedDocument> batch = new ArrayList<>();
    try (DocumentStream in = ingest.open(List.of(file))) {
      while (in.hasNext() && !stopping) {
        Ingested item = in.next();
        CodedDocument doc;
        if (item.document() == null) {
          doc = CodedDocument.skipped(new Document(item.problem().docId(), "", null, null, null, null,
              file.toString()), item.problem(), Map.of());
        } else {
          doc = coder().code(item.document());
        }
        if (stopping) {
          return;
        }
        if (doc.skipped()) {
          failed++;
          fail(file.getFileName() + ": " + doc.problems().get(0).reason(), null);
        } else {
          coded++;
        }
        batch.add(doc);
        if (batch.size() >= BATCH) {
          write(batch);
        }
      }
      write(batch);
    } catch (RuntimeException e) {
      if (stopping) {
        return;
      }
      failed++;
      fail(file.getFileName() + ": " + message(e), e instanceof EntenteException ? null : e);
    }
  }

  private void write(List<CodedDocument> batch) {
    if (batch.isEmpty()) {
      return;
    }
    store.write(List.copyOf(batch));
    batch.clear();
    if (index != null) {
      index.sync(store);
    }
  }

  private Coder coder() {
    if (coder == null) {
      long t0 = System.nanoTime();
      coder = coderFactory.get();
      LOG.info("watch: loaded the coder in {} s", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
    }
    return coder;
  }

  private void fail(String message, Throwable cause) {
    lastError = message;
    if (cause == null) {
      LOG.warn("watch: {}", message);
    } else {
      LOG.warn("watch: {}", message, cause);
    }
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** Stops watching; waits for the document being coded (the model load is interrupted). */
  @Override
  public void close() {
    stopping = true;
    thread.interrupt();
    try {
      thread.join(Duration.ofMinutes(1).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
