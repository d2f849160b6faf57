package org.entente.store;

import java.util.List;
import org.entente.CodedDocument;
import org.entente.Problem;
import org.entente.events.Event;

/**
 * Where coded documents and their events are kept. Open one with {@link Stores#open(String)}.
 *
 * <p><b>Threads.</b> A store has a single writer: {@link #write} calls are serialised (a second caller waits),
 * and the intended shape is one writing thread fed by a queue. Reads may be concurrent with each other and with
 * a write; each read sees the batches committed before it started, never part of a batch. {@link #close} must
 * come after every other call has returned.
 *
 * <p><b>Failures.</b> Every database failure is an {@link org.entente.EntenteException} of kind {@code IO}
 * whose message names the database and what was being done.
 */
public interface EventStore extends AutoCloseable {

  /**
   * Stores a batch in one transaction. For each document: its row is replaced (inserted or updated), its
   * previous events, their actors and its previous problems are deleted, and the new ones appended. Re-coding a
   * document therefore replaces its events, never duplicates them. Either the whole batch is stored or, on
   * failure, none of it is and the store is as it was. Where a document occurs twice in a batch, the last wins.
   *
   * @throws IllegalArgumentException when an event's {@code docId} is not its document's id (a bug upstream)
   */
  void write(List<CodedDocument> batch);

  /**
   * All events, or those of one document, ordered by document id, evidence sentence, trigger start (then event
   * id). Each is the record that was written, exactly as {@link org.entente.events.EventJson} writes it (which
   * keeps three decimals of {@code confidence}).
   *
   * @param docIdOrNull a document id, or null for every document
   */
  List<Event> events(String docIdOrNull);

  /**
   * The merged view: asserted events of different documents that agree on dyad, type, CAMEO code and a full-day
   * date, one row each with how many events and documents report it, most reported first. Events with a partial or
   * no date never merge and are left out; {@link #events} is the raw view.
   */
  List<MergedEvent> mergedEvents();

  /** Number of events stored. */
  long eventCount();

  /** Number of documents stored, including skipped ones (those with problems). */
  long documentCount();

  /** Every stored problem, ordered by document id, stage and reason. */
  List<Problem> problems();

  /**
   * Distinct actors (same name, kind, country, region, sector and code) with the roles (titles) the text gave
   * them, most frequent first, and the number of events they take part in, on either side. Ordered by event
   * count, most first, then name.
   *
   * @param nameQueryOrNull a case-insensitive substring of the actor's canonical name, or null for all
   */
  List<ActorCount> actorCounts(String nameQueryOrNull);

  /**
   * One read on its own connection, for the {@code query} package, which builds its SQL on the schema described
   * in {@code docs/architecture.md}. The SQL must run on every supported engine (DuckDB and PostgreSQL); the
   * connection sees committed data only and must not be kept. A database failure becomes an
   * {@link org.entente.EntenteException} of kind {@code IO} naming {@code what}.
   */
  <T> T read(String what, SqlRead<T> read);

  /** A read through a JDBC connection. */
  @FunctionalInterface
  interface SqlRead<T> {
    T run(java.sql.Connection c) throws java.sql.SQLException;
  }

  /** Releases the database (and its file lock). Idempotent. */
  @Override
  void close();
}
