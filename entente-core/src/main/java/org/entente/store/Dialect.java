package org.entente.store;

import java.sql.Connection;
import java.sql.SQLException;

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
}
