/**
 * The event store: coded documents, their events, the events' actors and per-document problems, in an embedded
 * DuckDB file or a PostgreSQL database, behind the same {@link org.entente.store.EventStore} interface.
 *
 * <p>Open one with {@link org.entente.store.Stores#open(String)}. Everything else here is package-private:
 * {@code JdbcEventStore} holds the SQL, which is kept portable (standard DDL, {@code IN} lists, {@code COUNT},
 * double-quoted identifiers); {@code Dialect} is the one place for what differs between engines (connecting and
 * its errors, type names, bulk loading, read connections): {@code DuckDb} (Appender) and {@code Postgres}
 * ({@code COPY}, through {@code CopySink}); {@code Schema} describes the tables once, for the DDL and for the bulk
 * loaders.
 *
 * <p>Writes are idempotent per document: writing a document again replaces its row, its events, their actors
 * and its problems, in the same transaction as the rest of its batch.
 */
package org.entente.store;
