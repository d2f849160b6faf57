package org.entente.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Everything that differs between database engines, in one place: connecting (and what its errors mean), type
 * names, bulk loading and connections for concurrent reads. The SQL itself ({@link JdbcEventStore}) is shared.
 * An instance owns the writer connection.
 */
interface Dialect extends AutoCloseable {

  /** What the user called the database, for messages: a file path, {@code :memory:}, a server address. */
  String where();

  /** The single writer connection, with auto-commit off. */
  Connection writer();

  /** A connection for one read, to be closed by the caller; it sees committed data only. */
  Connection reader() throws SQLException;

  /** The engine's name for a column type. */
  String sqlType(Schema.Type type);

  /** Statements run before the schema's, in the same transaction: a lock that serialises concurrent opens. */
  default List<String> schemaPreamble() {
    return List.of();
  }

  /**
   * Whether the engine's indexes are B-trees that make lookups by join key cheap to keep (PostgreSQL), so that
   * {@link Schema.Table#lookups()} are indexed too; DuckDB's are not (see {@link Schema.Table}).
   */
  default boolean btreeIndexes() {
    return false;
  }

  /**
   * A bulk loader into {@code table} on the writer connection, inside its current transaction. The transaction
   * must already be open (a statement has run since the last commit). Values by {@link Schema.Type}: TEXT and
   * JSON {@link String}, INT {@link Integer}, DOUBLE {@link Double}, BOOL {@link Boolean}, DATE
   * {@link java.time.LocalDate}, TIMESTAMP {@link java.time.LocalDateTime} (UTC).
   */
  RowSink sink(Schema.Table table) throws SQLException;

  /** Closes the writer connection and with it the database. */
  @Override
  void close();

  /** Closes {@code c} (when not null), ignoring a failure: the caller is already failing or closing. */
  static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing: nothing left to save
      }
    }
  }
}
