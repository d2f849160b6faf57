package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.store.Fixtures.coded;
import static org.entente.store.Jvm.awaitLine;
import static org.entente.store.Jvm.java;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.EntenteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on a DuckDB file, and what only DuckDB does: its file, its lock, in-memory stores. */
class DuckDbEventStoreTest extends EventStoreContract {

  @TempDir
  Path dir;

  private Path file() {
    return dir.resolve("nested/folder/events.duckdb");
  }

  @Override
  protected String spec() {
    return file().toString();
  }

  @Test
  void opensAFileInFoldersThatDoNotExistYet() {
    try (EventStore store = newStore()) {
      assertThat(store.documentCount()).isZero();
    }
    assertThat(file()).isRegularFile();
  }

  @Test
  void inMemoryStoresArePrivate() {
    try (EventStore one = Stores.open(":memory:"); EventStore two = Stores.open(":memory:")) {
      one.write(List.of(coded("doc-a")));

      assertThat(one.eventCount()).isEqualTo(3);
      assertThat(two.eventCount()).isZero();
    }
  }

  @Test
  void aFolderIsNotADatabase() {
    assertThatThrownBy(() -> Stores.open(dir.toString()))
        .isInstanceOfSatisfying(EntenteException.class,
            e -> assertThat(e.kind()).isEqualTo(EntenteException.Kind.USAGE))
        .hasMessageContaining("is a folder");
  }

  @Test
  void aFileThatIsNotADatabaseIsAnIoError() throws Exception {
    Path junk = dir.resolve("junk.duckdb");
    Files.writeString(junk, "this is not a database, just some text that is long enough".repeat(200));

    assertThatThrownBy(() -> Stores.open(junk.toString()))
        .isInstanceOfSatisfying(EntenteException.class,
            e -> assertThat(e.kind()).isEqualTo(EntenteException.Kind.IO))
        .hasMessageStartingWith("cannot open the database " + junk.toAbsolutePath());
  }

  @Test
  void theDefaultPathIsInTheWorkingFolder() {
    assertThat(Stores.defaultPath()).isEqualTo(Path.of("entente.duckdb").toAbsolutePath());
  }

  @Test
  void aFileHeldByAnotherProcessNamesItAndSaysWhatToDo() throws Exception {
    Path file = file();
    try (EventStore store = newStore()) {
      store.write(List.of(coded("doc-a")));
    }
    Process holder = java(LockHolder.class, file.toString());
    try {
      assertThat(awaitLine(holder, "READY")).isEqualTo("READY 1");

      assertThatThrownBy(() -> Stores.open(file.toString()))
          .isInstanceOfSatisfying(EntenteException.class,
              e -> assertThat(e.kind()).isEqualTo(EntenteException.Kind.IO))
          .hasMessage("the database " + file.toAbsolutePath() + " is in use by another process (PID "
              + holder.pid() + "); stop that process or pass --db with another file");
    } finally {
      holder.getOutputStream().close();
      if (!holder.waitFor(20, TimeUnit.SECONDS)) {
        holder.destroyForcibly().waitFor();
      }
    }

    try (EventStore store = reopen()) {
      assertThat(store.eventCount()).as("the file is free again once the other process ends").isEqualTo(3);
    }
  }
}
