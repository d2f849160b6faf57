package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.EntenteException;
import org.entente.query.EvidenceIndex;
import org.entente.store.EventStore;
import org.entente.store.Stores;

/** The database and search index that reading commands (export, serve, actors) open. */
final class Databases {

  private Databases() {}

  /**
   * The store spec to read: {@code --db} or the default file. A file that does not exist is a usage error, not a
   * new empty database: reading from a mistyped path must not look like an empty result.
   */
  static String forReading(String db) {
    String spec = db == null ? Stores.defaultPath().toString() : db;
    if (Stores.isServer(spec) || spec.equals(":memory:")) {
      return spec;
    }
    if (!Files.isRegularFile(Path.of(spec))) {
      throw new EntenteException(EntenteException.Kind.USAGE, "no database at " + spec
          + "; code some articles first (./entente code PATH --db " + spec + ") or pass --db");
    }
    return spec;
  }

  static EventStore open(String spec) {
    return Stores.open(spec);
  }

  /**
   * The evidence index of a store, brought up to date: {@code --index} when given, else beside a database file,
   * else (a server, {@code :memory:}) in memory, built now.
   */
  static EvidenceIndex index(String spec, Path indexDir, EventStore store) {
    EvidenceIndex idx;
    if (indexDir != null) {
      idx = EvidenceIndex.open(indexDir);
    } else if (Stores.isServer(spec) || spec.equals(":memory:")) {
      idx = EvidenceIndex.inMemory();
    } else {
      idx = EvidenceIndex.open(EvidenceIndex.besideDatabase(Path.of(spec)));
    }
    try {
      idx.sync(store);
      return idx;
    } catch (RuntimeException e) {
      idx.close();
      throw e;
    }
  }
}
