package org.entente.store;

import java.nio.file.Path;
import java.time.Clock;
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
   * @param spec  a DuckDB file path (created, with its parent folders, when absent), {@code :memory:} for a
   *              private in-memory store, or a PostgreSQL database that exists already:
   *              {@code postgresql://user:password@host:port/database} (also {@code postgres://},
   *              {@code jdbc:postgresql://}; parameters such as {@code ?sslmode=require} are driver properties)
   * @param clock gives {@code coded_at} of documents and {@code at} of problems
   * @throws EntenteException {@code USAGE} for a bad spec, {@code IO} when the database cannot be opened, in
   *                          particular when another process holds the file or the server cannot be reached or
   *                          refuses the login; no message holds a password
   */
  public static EventStore open(String spec, Clock clock) {
    if (spec == null || spec.isBlank()) {
      throw new EntenteException(Kind.USAGE, "no database given; pass --db with a file path, e.g. " + DEFAULT_FILE);
    }
    Objects.requireNonNull(clock, "clock");
    if (isServer(spec)) {
      return JdbcEventStore.open(Postgres.open(spec), clock);
    }
    return JdbcEventStore.open(DuckDb.open(spec), clock);
  }

  /**
   * Whether {@code spec} names a database server ({@code postgresql://}, {@code postgres://},
   * {@code jdbc:postgresql://}) rather than a DuckDB file or {@code :memory:}.
   */
  public static boolean isServer(String spec) {
    return spec != null && PostgresSpec.isPostgres(spec);
  }

  /**
   * How to name the database of {@code spec} to a user: the absolute file path, {@code :memory:}, or
   * {@code postgresql://host:port/database}, never with a user name or password. Faces print this, never the spec.
   */
  public static String describe(String spec) {
    if (spec == null || spec.isBlank() || DuckDb.MEMORY.equals(spec)) {
      return spec;
    }
    if (isServer(spec)) {
      try {
        return PostgresSpec.parse(spec).where();
      } catch (EntenteException e) {
        return "a PostgreSQL database (malformed --db value)";
      }
    }
    return Path.of(spec).toAbsolutePath().normalize().toString();
  }

  /** {@code ./entente.duckdb} in the working folder. */
  public static Path defaultPath() {
    return Path.of("").toAbsolutePath().resolve(DEFAULT_FILE);
  }
}
