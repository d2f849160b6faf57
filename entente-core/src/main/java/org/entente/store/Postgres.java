package org.entente.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.entente.EntenteException;
import org.entente.EntenteException.Kind;
import org.postgresql.PGConnection;

/**
 * The PostgreSQL dialect: a server database named by a {@link PostgresSpec}, one writer connection (auto-commit
 * off), reads on other connections (auto-commit, read committed: each statement sees the batches committed before
 * it), bulk loading through {@code COPY ... FROM STDIN} ({@link CopySink}) inside the writer's transaction.
 *
 * <p>Reader connections are pooled: a read borrows an idle one (checked with a round trip when it has been idle
 * for a while) or opens a new one, and its {@code close()} hands it back; at most {@value #MAX_IDLE} are kept.
 * Connecting costs a server process and an authentication, which a server answering many small reads should not
 * pay each time.
 *
 * <p>Crash semantics are the server's: a writer killed mid-batch leaves its transaction uncommitted, and the server
 * rolls it back when the connection drops. Several processes may write one database; two writing the same
 * document at once may fail one batch (a duplicate key), which the caller sees as an {@code IO} error.
 *
 * <p>Threads: {@link #reader()} may be called from any thread; the writer connection belongs to the store's
 * single writer.
 */
final class Postgres implements Dialect {

  /** Idle reader connections kept for reuse. */
  static final int MAX_IDLE = 4;

  /** An idle reader older than this is checked before reuse: the server may have closed it. */
  private static final long STALE_NANOS = 30_000_000_000L;

  /** Taken by the schema statements, so that two processes opening one new database do not race. */
  private static final long SCHEMA_LOCK = 0x656e74656e7465L; // "entente"

  private final PostgresSpec spec;
  private final Connection writer;
  private final Deque<Idle> idle = new ArrayDeque<>(); // guarded by itself
  private volatile boolean closed;

  private record Idle(Connection conn, long since) {}

  private Postgres(PostgresSpec spec, Connection writer) {
    this.spec = spec;
    this.writer = writer;
  }

  /**
   * Connects to the database that {@code spec} names.
   *
   * @throws EntenteException {@code USAGE} for a malformed spec, {@code IO} when the server cannot be reached, the
   *                          credentials are refused or the database does not exist; no message holds the password
   */
  static Postgres open(String spec) {
    PostgresSpec parsed = PostgresSpec.parse(spec);
    Connection c = null;
    try {
      c = connect(parsed);
      c.setAutoCommit(false);
      return new Postgres(parsed, c);
    } catch (SQLException e) {
      Dialect.closeQuietly(c);
      throw openFailure(parsed, e);
    }
  }

  private static Connection connect(PostgresSpec spec) throws SQLException {
    Connection c = DriverManager.getConnection(spec.jdbcUrl(), spec.properties());
    try {
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      return c;
    } catch (SQLException e) {
      Dialect.closeQuietly(c);
      throw e;
    }
  }

  /** Says what failed and how to fix it, by SQLSTATE; never with the password. */
  static EntenteException openFailure(PostgresSpec spec, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String why = spec.scrub(e.getMessage());
    String servers = String.join(", ", spec.hosts());
    String message;
    if (state.startsWith("28")) {
      message = "the PostgreSQL server at " + servers + " refused the login to database " + spec.database() + " ("
          + why + "); check the user name and password in --db (postgresql://USER:PASSWORD@HOST:PORT/DATABASE,"
          + " special characters percent-encoded)";
    } else if ("3D000".equals(state)) {
      message = "the database " + spec.where() + " does not exist; create it (CREATE DATABASE "
          + spec.database() + ") or pass --db with an existing one";
    } else if (state.startsWith("08")) {
      message = "cannot connect to the PostgreSQL server at " + servers + " (" + why + "); check that it is"
          + " running and accepts TCP connections there, or pass --db with the right host and port";
    } else {
      message = "cannot open the database " + spec.where() + ": " + why;
    }
    return new EntenteException(Kind.IO, message, e);
  }

  @Override
  public String where() {
    return spec.where();
  }

  @Override
  public Connection writer() {
    return writer;
  }

  @Override
  public Connection reader() throws SQLException {
    while (true) {
      Idle next;
      synchronized (idle) {
        next = idle.pollFirst();
      }
      if (next == null) {
        return pooled(connect(spec));
      }
      if (System.nanoTime() - next.since() < STALE_NANOS || next.conn().isValid(5)) {
        return pooled(next.conn());
      }
      Dialect.closeQuietly(next.conn());
    }
  }

  /** A proxy whose {@code close()} hands the connection back instead of closing it. */
  private Connection pooled(Connection real) throws SQLException {
    real.setAutoCommit(true);
    InvocationHandler handler = new InvocationHandler() {
      private boolean returned;

      @Override
      public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
          case "close" -> {
            if (!returned) {
              returned = true;
              giveBack(real);
            }
            return null;
          }
          case "isClosed" -> {
            return returned || real.isClosed();
          }
          case "equals" -> {
            return proxy == args[0];
          }
          case "hashCode" -> {
            return System.identityHashCode(proxy);
          }
          case "toString" -> {
            return "reader(" + spec.where() + ")";
          }
          default -> {
            if (returned) {
              throw new SQLException("this reader connection of " + spec.where() + " is closed");
            }
            try {
              return method.invoke(real, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          }
        }
      }
    };
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        handler);
  }

  /** Keeps a healthy connection for the next read, in the state a new one has; closes anything else. */
  private void giveBack(Connection c) {
    try {
      if (!closed && !c.isClosed()) {
        if (!c.getAutoCommit()) {
          c.rollback();
          c.setAutoCommit(true);
        }
        synchronized (idle) {
          if (!closed && idle.size() < MAX_IDLE) {
            idle.addFirst(new Idle(c, System.nanoTime()));
            return;
          }
        }
      }
    } catch (SQLException e) {
      // broken: closed below
    }
    Dialect.closeQuietly(c);
  }

  @Override
  public String sqlType(Schema.Type type) {
    return switch (type) {
      case TEXT -> "TEXT";
      case INT -> "INTEGER";
      case DOUBLE -> "DOUBLE PRECISION";
      case BOOL -> "BOOLEAN";
      case DATE -> "DATE";
      case TIMESTAMP -> "TIMESTAMP";
      // JSON, not JSONB: it keeps the text as written, so the record reads back byte for byte, and it still
      // takes the -> and ->> operators
      case JSON -> "JSON";
    };
  }

  @Override
  public List<String> schemaPreamble() {
    return List.of("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
  }

  @Override
  public boolean btreeIndexes() {
    return true;
  }

  @Override
  public RowSink sink(Schema.Table table) throws SQLException {
    return new CopySink(table, writer.unwrap(PGConnection.class).getCopyAPI());
  }

  @Override
  public void close() {
    closed = true;
    synchronized (idle) {
      for (Idle i : idle) {
        Dialect.closeQuietly(i.conn());
      }
      idle.clear();
    }
    Dialect.closeQuietly(writer);
  }

  @Override
  public String toString() {
    return "Postgres(" + spec.where() + ")";
  }
}
