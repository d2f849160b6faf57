package org.entente.store;

import java.sql.SQLException;

/**
 * Bulk rows into one table, inside the writer connection's current transaction. Values come in the order of
 * {@link Schema.Table#columns()}, typed as {@link Dialect#sink} documents; null is SQL NULL.
 */
interface RowSink extends AutoCloseable {

  void row(Object... values) throws SQLException;

  /** Sends every pending row; a failing row (a duplicate key) surfaces here, not later. */
  void finish() throws SQLException;

  /** Releases the sink. Pending rows that {@link #finish} did not send are not guaranteed to be stored. */
  @Override
  void close() throws SQLException;
}
