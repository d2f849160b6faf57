package org.entente.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.entente.Coder;
import org.entente.EntenteException;
import org.entente.query.Analyst;
import org.entente.query.EvidenceIndex;
import org.entente.store.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face: the read-only JSON API of {@code docs/api.md} under {@code /api}, the web explorer's static files
 * at {@code /}, the WebJars at {@code /webjars/}, and, with {@link Builder#watch}, a folder whose new articles are
 * coded into the served store. Build one with {@link #builder()}, then {@link #start()}; {@link #close()} stops it.
 *
 * <p>The server owns neither the store nor the index: the caller closes them after {@link #close()}.
 *
 * <p><b>Threads.</b> Requests are answered on Jetty's pool, concurrently ({@link Analyst} is thread-safe); the
 * watcher is the store's one writing thread. {@link #start()} and {@link #close()} are for one controlling thread.
 */
public final class EntenteServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EntenteServer.class);

  /** Where the web explorer's files are on the classpath. */
  static final String WEB = "/org/entente/server/web";

  private final Builder b;
  private Javalin app;
  private Watcher watcher;

  private EntenteServer(Builder b) {
    this.b = b;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds the port, starts the watcher (when asked for) and starts answering.
   *
   * @return this server, started
   * @throws EntenteException {@code IO} when the port cannot be bound (in use, or not allowed)
   */
  public synchronized EntenteServer start() {
    if (app != null) {
      throw new IllegalStateException("already started");
    }
    Analyst analyst = Analyst.over(b.store, b.index);
    if (b.watch != null) {
      watcher = new Watcher(b.watch, b.poll, b.coder, b.store, b.index);
    }
    boolean web = EntenteServer.class.getResource(WEB) != null;
    Javalin j = Javalin.create(config -> {
      config.showJavalinBanner = false;
      if (web) {
        config.staticFiles.add(s -> {
          s.hostedPath = "/";
          s.directory = WEB;
          s.location = Location.CLASSPATH;
        });
      }
      config.staticFiles.enableWebjars();
    });
    if (!web) {
      LOG.warn("the web explorer's files ({}) are not on the classpath; serving the API only", WEB);
    }
    Errors.install(j);
    EventRoutes.install(j, analyst);
    CatalogRoutes.install(j, analyst);
    StatsRoutes.install(j, analyst, watcher);
    try {
      j.start(b.host, b.port);
    } catch (JavalinBindException e) {
      j.stop();
      throw new EntenteException(EntenteException.Kind.IO, "cannot listen on " + b.host + ":" + b.port
          + " (" + e.getMessage() + "); pass another --port or stop the process using it", e);
    }
    app = j;
    if (watcher != null) {
      watcher.start();
    }
    LOG.info("serving {}", url());
    return this;
  }

  /** The port listened on: the one asked for, or the one chosen when 0 was. */
  public int port() {
    if (app == null) {
      throw new IllegalStateException("not started");
    }
    return app.port();
  }

  /** {@code http://host:port/}. */
  public String url() {
    String host = b.host.contains(":") ? "[" + b.host + "]" : b.host;
    return "http://" + host + ":" + port() + "/";
  }

  /** Stops the watcher (after the document it is coding) and the HTTP server. Idempotent. */
  @Override
  public synchronized void close() {
    if (watcher != null) {
      watcher.close();
      watcher = null;
    }
    if (app != null) {
      app.stop();
      app = null;
    }
  }

  /** The settings of a server. Not thread-safe. */
  public static final class Builder {
    private EventStore store;
    private EvidenceIndex index;
    private String host = "127.0.0.1";
    private int port = 7070;
    private Path watch;
    private Duration poll = Duration.ofSeconds(2);
    private Supplier<Coder> coder = () -> Coder.builder().build();

    private Builder() {}

    /** The store to serve (required). */
    public Builder store(EventStore s) {
      this.store = s;
      return this;
    }

    /** Its evidence index, kept in sync by the caller (and the watcher); null: no full-text search ({@code q}). */
    public Builder index(EvidenceIndex i) {
      this.index = i;
      return this;
    }

    /** The address to bind; default 127.0.0.1 (this machine only). */
    public Builder host(String h) {
      this.host = Objects.requireNonNull(h, "host");
      return this;
    }

    /** The port; 0 picks a free one (see {@link #port()}). Default 7070. */
    public Builder port(int p) {
      if (p < 0 || p > 65535) {
        throw new EntenteException(EntenteException.Kind.USAGE, "--port wants 0..65535, got " + p);
      }
      this.port = p;
      return this;
    }

    /** A folder whose new and changed articles are coded into the store while serving; null (default): none. */
    public Builder watch(Path folder) {
      this.watch = folder;
      return this;
    }

    /** How often the watched folder is listed; default 2 s. */
    public Builder pollInterval(Duration d) {
      this.poll = Objects.requireNonNull(d, "poll interval");
      return this;
    }

    /** Makes the coder of the watcher, called on the first file; default: {@code Coder.builder().build()}. */
    public Builder coder(Supplier<Coder> c) {
      this.coder = Objects.requireNonNull(c, "coder");
      return this;
    }

    public EntenteServer build() {
      Objects.requireNonNull(store, "store");
      return new EntenteServer(this);
    }
  }
}
