package org.entente.ingest;

import java.io.Closeable;
import java.io.IOException;

/** The items of one open file, read one at a time. Not thread-safe. */
interface RecordSource extends Closeable {

  /** The next item, or null at the end of the file. */
  Candidate next() throws IOException;

  @Override
  default void close() throws IOException {}

  /** A source of exactly one item, computed when first asked for. */
  static RecordSource once(IoSupplier<Candidate> read) {
    return new RecordSource() {
      private boolean done;

      @Override
      public Candidate next() throws IOException {
        if (done) {
          return null;
        }
        done = true;
        return read.get();
      }
    };
  }

  /** A supplier that may fail with an IOException. */
  @FunctionalInterface
  interface IoSupplier<T> {
    T get() throws IOException;
  }
}
