package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.entente.EntenteException;
import org.entente.EntenteException.Kind;

/**
 * The embedded DuckDB dialect: a file (or {@code :memory:}), one writer connection, reads on duplicates of it,
 * bulk loading through DuckDB's {@link DuckDBAppender}.
 *
 * <p>What the Appender does with transactions (DuckDB JDBC 1.4.1, pinned down by {@code DuckDbAppenderTest}): its rows
 * go into the connection's <em>current</em> transaction, are visible to that connection once flushed, invisible
 * to other connections until commit, and discarded by rollback, together with the batch's deletes. Two traps:
 * <ul>
 *   <li>With auto-commit off the driver begins a transaction lazily, on the next statement. An Appender flushed
 *       with no statement run since the last commit is committed on its own. The store therefore always runs a
 *       statement (the look-up of the batch's stored documents, then the deletes) before appending.
 *   <li>{@link DuckDBAppender#close()} flushes and <em>swallows</em> a failing flush (a duplicate key): the rows
 *       are silently lost. {@link RowSink#finish()} calls {@link DuckDBAppender#flush()}, which throws.
 * </ul>
 * Crash semantics: DuckDB writes a transaction to its write-ahead log at commit, so a process killed mid-batch
 * loses that batch only (its deletes included); on reopen the log is replayed and the store holds exactly the
 * batches committed before (tested by killing a writing process).
 */
final class DuckDb implements Dialect {

  /** ":memory:" opens a private in-memory database. */
  static final String MEMORY = ":memory:";

  private static final Pattern LOCK = Pattern.compile("(?i)\\block\\b");
  private static final Pattern PID = Pattern.compile("PID (\\d+)");

  private final String where;
  private final DuckDBConnection conn;

  private DuckDb(String where, DuckDBConnection conn) {
    this.where = where;
    this.conn = conn;
  }

  /** Opens (creating it and its parent folders if absent) the database at {@code spec}, or in memory. */
  static DuckDb open(String spec) {
    String where;
    String url;
    if (MEMORY.equals(spec)) {
      where = MEMORY;
      url = "jdbc:duckdb:";
    } else {
      Path path = Path.of(spec).toAbsolutePath().normalize();
      where = path.toString();
      if (Files.isDirectory(path)) {
        throw new EntenteException(Kind.USAGE,
            "the database " + where + " is a folder; pass --db with a file path, e.g. " + path.resolve("entente.duckdb"));
      }
      try {
        if (path.getParent() != null) {
          Files.createDirectories(path.getParent());
        }
      } catch (IOException e) {
        throw new EntenteException(Kind.IO,
            "cannot create the folder of the database " + where + ": " + e.getMessage(), e);
      }
      url = "jdbc:duckdb:" + path;
    }
    Connection c = null;
    try {
      c = DriverManager.getConnection(url);
      DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
      duck.setAutoCommit(false);
      return new DuckDb(where, duck);
    } catch (SQLException e) {
      Dialect.closeQuietly(c);
      throw openFailure(where, e);
    }
  }

  /** A locked file gets the message that says what to do; anything else says what failed. */
  static EntenteException openFailure(String where, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && LOCK.matcher(m).find()) {
        Matcher pid = PID.matcher(m);
        return new EntenteException(Kind.IO, "the database " + where + " is in use by another process"
            + (pid.find() ? " (PID " + pid.group(1) + ")" : "")
            + "; stop that process or pass --db with another file", e);
      }
    }
    return new EntenteException(Kind.IO, "cannot open the database " + where + ": " + e.getMessage(), e);
  }

  @Override
  public String where() {
    return where;
  }

  @Override
  public Connection writer() {
    return conn;
  }

  @Override
  public Connection reader() throws SQLException {
    Connection r = conn.duplicate();
    r.setAutoCommit(true);
    return r;
  }

  @Override
  public String sqlType(Schema.Type type) {
    return switch (type) {
      case TEXT -> "VARCHAR";
      case INT -> "INTEGER";
      case DOUBLE -> "DOUBLE";
      case BOOL -> "BOOLEAN";
      case DATE -> "DATE";
      case TIMESTAMP -> "TIMESTAMP";
      case JSON -> "JSON";
    };
  }

  @Override
  public RowSink sink(Schema.Table table) throws SQLException {
    return new AppenderSink(table, conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table.name()));
  }

  @Override
  public void close() {
    Dialect.closeQuietly(conn);
  }

  /** Appends typed values by the table's column types. */
  private static final class AppenderSink implements RowSink {
    private final Schema.Table table;
    private final DuckDBAppender appender;

    AppenderSink(Schema.Table table, DuckDBAppender appender) {
      this.table = table;
      this.appender = appender;
    }

    @Override
    public void row(Object... values) throws SQLException {
      if (values.length != table.width()) {
        throw new IllegalArgumentException(table.name() + " has " + table.width() + " columns, got " + values.length);
      }
      appender.beginRow();
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        if (v == null) {
          appender.appendNull();
          continue;
        }
        switch (table.column(i).type()) {
          case TEXT, JSON -> appender.append((String) v);
          case INT -> appender.append(((Integer) v).intValue());
          case DOUBLE -> appender.append(((Double) v).doubleValue());
          case BOOL -> appender.append(((Boolean) v).booleanValue());
          case DATE -> appender.append((LocalDate) v);
          case TIMESTAMP -> appender.append((LocalDateTime) v);
          default -> throw new IllegalStateException("type " + table.column(i).type());
        }
      }
      appender.endRow();
    }

    @Override
    public void finish() throws SQLException {
      appender.flush();
    }

    @Override
    public void close() throws SQLException {
      appender.close();
    }
  }
}
