package org.entente.ingest;

import java.util.Iterator;

/**
 * A lazy stream of {@link Ingested} items from {@link Ingest#open}. Files are opened as the stream reaches them
 * and at most one is open at a time; {@link #close()} releases it and ends the stream. Reading errors become
 * {@link org.entente.Problem}s, never exceptions.
 *
 * <p>Not thread-safe: one consumer thread iterates it (hand the items to workers through a queue).
 */
public interface DocumentStream extends Iterator<Ingested>, AutoCloseable {
  /** Releases the open file, if any; afterwards {@link #hasNext()} is false. Idempotent, never throws. */
  @Override
  void close();
}
