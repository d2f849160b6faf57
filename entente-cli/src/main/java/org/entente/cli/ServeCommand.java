package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.entente.EntenteException;
import org.entente.query.EvidenceIndex;
import org.entente.server.EntenteServer;
import org.entente.store.EventStore;
import org.entente.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code entente serve}: the read-only JSON API ({@code docs/api.md}) and the web explorer over a database, and with
 * {@code --watch} the coding of articles that arrive in a folder. Blocks until the process is stopped (Ctrl-C); a
 * shutdown hook then closes the server, the index and the store, in that order.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the database as a JSON API (/api, described at /api/openapi.json) and the web explorer "
        + "(/) until stopped with Ctrl-C. With --watch, codes articles that arrive in a folder into the database.")
final class ServeCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", paramLabel = "FILE", description = "DuckDB file (default: ./entente.duckdb).")
  String db;

  @Option(names = "--port", defaultValue = "7070", description = "Port to listen on; 0 picks a free one "
      + "(default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}, "
      + "this machine only; the API has no authentication).")
  String host;

  @Option(names = "--index", paramLabel = "DIR", description = "Folder of the full-text search index (default: "
      + "beside a DuckDB file as FILE.index, else in memory).")
  Path index;

  @Option(names = "--watch", paramLabel = "DIR", description = "Code new and changed articles (.txt, .html, "
      + ".jsonl, .sgm) that arrive in this folder into the database while serving.")
  Path watch;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new EntenteException(EntenteException.Kind.USAGE, "--port wants 0..65535, got " + port);
    }
    if (watch != null && !Files.isDirectory(watch)) {
      throw new EntenteException(EntenteException.Kind.USAGE, "--watch wants a folder, got " + watch);
    }
    // Serving a mistyped path must not look like an empty database; with --watch a new one is what is wanted.
    String spec = watch == null ? Databases.forReading(db) : db == null ? Stores.defaultPath().toString() : db;
    EventStore store = Databases.open(spec);
    EvidenceIndex idx = null;
    EntenteServer server = null;
    try {
      long t0 = System.nanoTime();
      idx = Databases.index(spec, index, store);
      err.printf(Locale.ROOT, "search index up to date in %.1f s: %d events of %d documents searchable%n",
          (System.nanoTime() - t0) / 1e9, idx.size(), store.documentCount());
      server = EntenteServer.builder().store(store).index(idx).host(host).port(port)
          .watch(watch == null ? null : watch.toAbsolutePath()).build().start();
    } catch (RuntimeException e) {
      close(null, idx, store);
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    EntenteServer s = server;
    EvidenceIndex i = idx;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      close(s, i, store);
      stopped.countDown();
    }, "entente-serve-shutdown"));
    if (!isLoopback(host)) {
      err.println("warning: listening on " + host + ", reachable from other machines; the API has no authentication");
    }
    out.println("serving " + spec + " at " + server.url() + (watch == null ? "" : " and watching " + watch)
        + " (Ctrl-C stops)");
    out.flush();
    stopped.await();
    return Main.OK;
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
  }

  private static void close(EntenteServer server, EvidenceIndex index, EventStore store) {
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      try {
        if (index != null) {
          index.close();
        }
      } finally {
        store.close();
      }
    }
  }
}
