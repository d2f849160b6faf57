package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.entente.EntenteException;
import org.junit.jupiter.api.Test;

/** Reading {@code --db postgresql://...} and failing to connect, without a server. */
class PostgresSpecTest {

  @Test
  void theUrlFormsAreParsedAndPercentDecoded() {
    PostgresSpec s = PostgresSpec.parse("postgresql://ana:p%40ss%3Aw%2Fo+rd@db.example.org:6543/events%20db"
        + "?sslmode=require&connect_timeout=3&application_name=coder");

    assertThat(s.hosts()).containsExactly("db.example.org:6543");
    assertThat(s.database()).isEqualTo("events db");
    assertThat(s.user()).isEqualTo("ana");
    assertThat(s.password()).isEqualTo("p@ss:w/o+rd");
    assertThat(s.params()).containsExactly(Map.entry("sslmode", "require"), Map.entry("connectTimeout", "3"),
        Map.entry("ApplicationName", "coder"));
    assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6543/events%20db");
    assertThat(s.properties()).containsEntry("password", "p@ss:w/o+rd").containsEntry("user", "ana")
        .containsEntry("connectTimeout", "3").containsEntry("ApplicationName", "coder");
    assertThat(s.where()).isEqualTo("postgresql://db.example.org:6543/events db");
    assertThat(s.toString()).doesNotContain("p@ss");
  }

  @Test
  void defaultsAndOtherSpellings() {
    assertThat(PostgresSpec.parse("postgres://localhost/entente")).satisfies(s -> {
      assertThat(s.hosts()).containsExactly("localhost:5432");
      assertThat(s.user()).isNull();
      assertThat(s.password()).isNull();
      assertThat(s.properties()).containsEntry("connectTimeout", PostgresSpec.CONNECT_TIMEOUT)
          .doesNotContainKeys("user", "password");
    });
    assertThat(PostgresSpec.parse("postgresql:///entente").hosts()).containsExactly("localhost:5432");
    assertThat(PostgresSpec.parse("jdbc:postgresql://[::1]:5433,backup/entente?user=bob&password=x")).satisfies(
        s -> {
          assertThat(s.hosts()).containsExactly("[::1]:5433", "backup:5432");
          assertThat(s.user()).isEqualTo("bob");
          assertThat(s.password()).isEqualTo("x");
        });
    assertThat(PostgresSpec.isPostgres("PostgreSQL://h/db")).isTrue();
    assertThat(PostgresSpec.isPostgres("postgres.duckdb")).isFalse();
    assertThat(Stores.isServer("jdbc:postgresql://h/db")).isTrue();
    assertThat(Stores.isServer(":memory:")).isFalse();
    assertThat(Stores.isServer(null)).isFalse();
  }

  @Test
  void malformedSpecsAreUsageErrorsThatNeverEchoThePassword() {
    for (String bad : List.of(
        "postgresql://ana:TopSecret9@host:port/db",
        "postgresql://ana:TopSecret9@host:99999/db",
        "postgresql://ana:TopSecret9@host:5432",
        "postgresql://ana:TopSecret9@host:5432/",
        "postgresql://ana:TopSecret9@host:5432/a/b",
        "postgresql://ana:Top/Secret9@host:5432/db",
        "postgresql://ana:TopSecret9%G1@host/db",
        "postgresql://ana:TopSecret9@[::1/db",
        "postgresql://ana:TopSecret9@h1,,h2/db",
        "postgresql://ana:TopSecret9@host/db?sslmode")) {
      assertThatThrownBy(() -> Stores.open(bad)).as(bad)
          .isInstanceOfSatisfying(EntenteException.class,
              e -> assertThat(e.kind()).isEqualTo(EntenteException.Kind.USAGE))
          .hasMessageStartingWith("the PostgreSQL --db value is malformed: ")
          .hasMessageEndingWith("the form is postgresql://USER:PASSWORD@HOST:5432/DATABASE")
          .hasMessageNotContaining("TopSecret9")
          .hasMessageNotContaining("Secret9");
    }
  }

  @Test
  void anUnreachableServerIsAnIoErrorThatSaysWhatToCheck() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort(); // nothing listens there once closed
    }
    String spec = "postgresql://ana:TopSecret9@127.0.0.1:" + port + "/entente";

    assertThatThrownBy(() -> Stores.open(spec))
        .isInstanceOfSatisfying(EntenteException.class,
            e -> assertThat(e.kind()).isEqualTo(EntenteException.Kind.IO))
        .hasMessageStartingWith("cannot connect to the PostgreSQL server at 127.0.0.1:" + port + " (")
        .hasMessageEndingWith("check that it is running and accepts TCP connections there, or pass --db with the"
            + " right host and port")
        .hasMessageNotContaining("TopSecret9");
  }

  @Test
  void describeNamesTheDatabaseWithoutCredentials() {
    assertThat(Stores.describe("postgres://ana:TopSecret9@db:6543/events?sslmode=require"))
        .isEqualTo("postgresql://db:6543/events");
    assertThat(Stores.describe("postgresql://ana:TopSecret9@db:port/events")).doesNotContain("TopSecret9");
    assertThat(Stores.describe(":memory:")).isEqualTo(":memory:");
    assertThat(Stores.describe("a/../b.duckdb")).isEqualTo(java.nio.file.Path.of("b.duckdb").toAbsolutePath()
        .toString());
  }

  @Test
  void scrubRemovesEveryPasswordFromText() {
    PostgresSpec s = PostgresSpec.parse("postgresql://u:hunter2@h/db?sslpassword=keypass");

    assertThat(s.scrub("failed for hunter2 with keypass")).isEqualTo("failed for *** with ***");
    assertThat(s.scrub(null)).isNull();
  }
}
