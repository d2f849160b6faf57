package org.entente.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import org.entente.EntenteException;
import org.entente.EntenteException.Kind;

/** Opens event stores. The only public way in to this package's implementations. */
public final class Stores {

  /** The default database file name, in the working folder. */
  public static final String DEFAULT_FILE = "entente.duckdb";

  private Stores() {}

  /** {@link #open(String, Clock)} with the system clock (UTC). */
  public static EventStore open(String spec) {
    return open(spec, Clock.systemUTC());
  }

  /**
   * Opens a store, creating its tables when absent.
   *
   * @param spec  a DuckDB file path (created, with its parent folders, when absent) or {@code :memory:} for a
   *              private in-memory store; {@code postgresql://...} is reserved for the PostgreSQL store to come
   * @param clock gives {@code coded_at} of documents and {@code at} of problems
   * @throws EntenteException {@code USAGE} for a bad spec, {@code IO} when the database cannot be opened, in
   *                          particular when another process holds the file
   */
  public static EventStore open(String spec, Clock clock) {
    if (spec == null || spec.isBlank()) {
      throw new EntenteException(Kind.USAGE, "no database given; pass --db with a file path, e.g. " + DEFAULT_FILE);
    }
    Objects.requireNonNull(clock, "clock");
    String lower = spec.toLowerCase(Locale.ROOT);
    if (lower.startsWith("postgresql:") || lower.startsWith("postgres:") || lower.startsWith("jdbc:postgresql:")) {
      // the spec is not echoed: it may hold a password
      throw new EntenteException(Kind.USAGE, "PostgreSQL stores are not supported yet; pass --db with a DuckDB file path");
    }
    return JdbcEventStore.open(DuckDb.open(spec), clock);
  }

  /** {@code ./entente.duckdb} in the working folder. */
  public static Path defaultPath() {
    return Path.of("").toAbsolutePath().resolve(DEFAULT_FILE);
  }
}
