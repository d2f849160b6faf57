package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.entente.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}'s options; what it serves is tested in entente-server. None of these starts a server. */
class ServeCommandTest {

  @TempDir
  Path dir;

  @Test
  void helpListsTheOptions() {
    Run r = MainTest.run("serve", "--help");
    assertThat(r.code()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("--db", "--port", "--host", "--index", "--watch", "127.0.0.1", "7070");
  }

  @Test
  void aPortThatIsNoNumberIsAUsageError() {
    Run r = MainTest.run("serve", "--port", "seventy");
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--port");
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    Run r = MainTest.run("serve", "--port", "70000", "--db", dir.resolve("x.duckdb").toString());
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--port");
  }

  @Test
  void aMissingDatabaseIsAUsageErrorAndIsNotCreated() {
    Path db = dir.resolve("absent.duckdb");
    Run r = MainTest.run("serve", "--db", db.toString(), "--port", "0");
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("no database at");
    assertThat(db).doesNotExist();
  }

  @Test
  void aWatchFolderThatDoesNotExistIsAUsageError() {
    Run r = MainTest.run("serve", "--db", dir.resolve("new.duckdb").toString(), "--watch",
        dir.resolve("nowhere").toString());
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("--watch");
  }
}
