package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.store.Fixtures.coded;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.EntenteException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract on a real PostgreSQL 16 ({@link PgServer}: one server per test JVM, a fresh database per test), and
 * what only PostgreSQL does: server logins and their errors, the spec's spellings, pooled readers, concurrent opens.
 * Skips locally, and fails under {@code CI=true}, when the embedded server cannot start.
 */
class PostgresEventStoreTest extends EventStoreContract {

  private String database;

  @BeforeEach
  void freshDatabase() throws SQLException {
    database = PgServer.newDatabase();
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    if (database != null) {
      PgServer.dropDatabase(database);
    }
  }

  @Override
  protected String spec() {
    return PgServer.spec(database);
  }

  private static EntenteException.Kind kind(Throwable e) {
    return ((EntenteException) e).kind();
  }

  private static List<List<Object>> superuserQuery(String database, String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection c = PgServer.superuser(database); Statement s = c.createStatement();
         ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          row.add(r.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void theColumnsHavePostgresqlTypesAndTheJoinKeysAreIndexed() throws SQLException {
    try (EventStore store = newStore()) {
      assertThat(store.toString()).isEqualTo("EventStore(postgresql://localhost:" + PgServer.port() + "/"
          + database + ")");
    }
    assertThat(superuserQuery(database, "SELECT table_name, column_name, data_type FROM information_schema.columns"
        + " WHERE table_schema = 'public' AND column_name IN ('record', 'goldstein', 'symmetric', 'coded_at')"
        + " ORDER BY 1, 2")).containsExactly(
            List.of("documents", "coded_at", "timestamp without time zone"),
            List.of("events", "goldstein", "double precision"),
            List.of("events", "record", "json"),
            List.of("events", "symmetric", "boolean"));
    assertThat(superuserQuery(database, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"
        + " AND indexname NOT LIKE '%pkey' ORDER BY 1")).extracting(r -> r.get(0))
        .containsExactly("event_actors_event_id", "events_doc_id", "problems_doc_id");
  }

  @Test
  void everySpellingOfTheSpecOpensTheSameDatabase() {
    String rest = spec().substring("postgresql://".length());
    try (EventStore store = Stores.open("postgresql://" + rest, CLOCK)) {
      store.write(List.of(coded("doc-a")));
    }
    for (String spec : List.of("postgres://" + rest, "POSTGRESQL://" + rest, "jdbc:postgresql://" + rest,
        "jdbc:postgresql://localhost:" + PgServer.port() + "/" + database + "?user=" + PgServer.USER + "&password="
            + java.net.URLEncoder.encode(PgServer.PASSWORD, java.nio.charset.StandardCharsets.UTF_8)
            + "&sslmode=disable&connect_timeout=5")) {
      try (EventStore store = Stores.open(spec, CLOCK)) {
        assertThat(store.eventCount()).as(spec).isEqualTo(3);
      }
    }
  }

  @Test
  void aWrongPasswordIsAnIoErrorThatNamesTheServerButNotThePassword() {
    String spec = "postgresql://" + PgServer.USER + ":Wrong-Secret-42@localhost:" + PgServer.port() + "/"
        + database;

    assertThatThrownBy(() -> Stores.open(spec, CLOCK))
        .isInstanceOfSatisfying(EntenteException.class, e -> assertThat(kind(e)).isEqualTo(EntenteException.Kind.IO))
        .hasMessageStartingWith("the PostgreSQL server at localhost:" + PgServer.port() + " refused the login to"
            + " database " + database)
        .hasMessageContaining("check the user name and password in --db")
        .hasMessageNotContaining("Wrong-Secret-42");
  }

  @Test
  void aMissingDatabaseSaysHowToCreateIt() {
    String spec = spec().replace("/" + database, "/no_such_db");

    assertThatThrownBy(() -> Stores.open(spec, CLOCK))
        .isInstanceOfSatisfying(EntenteException.class, e -> assertThat(kind(e)).isEqualTo(EntenteException.Kind.IO))
        .hasMessage("the database postgresql://localhost:" + PgServer.port() + "/no_such_db does not exist;"
            + " create it (CREATE DATABASE no_such_db) or pass --db with an existing one");
  }

  @Test
  void readsReuseAFewConnectionsInsteadOfOpeningOneEach() throws Exception {
    try (EventStore store = newStore()) {
      store.write(List.of(coded("doc-a")));
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        List<Callable<Long>> reads = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
          reads.add(store::eventCount);
        }
        for (Future<Long> f : pool.invokeAll(reads)) {
          assertThat(f.get()).isEqualTo(3);
        }
      } finally {
        pool.shutdown();
      }
      long sessions = (Long) superuserQuery(database, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '"
          + database + "' AND application_name = 'entente'").get(0).get(0);
      assertThat(sessions).as("the writer and at most " + Postgres.MAX_IDLE + " idle readers")
          .isBetween(2L, 1L + Postgres.MAX_IDLE);
    }
    // a backend ends a moment after its client says goodbye: wait for it
    long left = -1;
    for (long deadline = System.nanoTime() + 10_000_000_000L; left != 0 && System.nanoTime() < deadline; ) {
      left = (Long) superuserQuery(database, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '" + database
          + "' AND application_name = 'entente'").get(0).get(0);
      Thread.sleep(left == 0 ? 0 : 50);
    }
    assertThat(left).as("closing the store closes its readers").isZero();
  }

  @Test
  void aReaderDoesNotSeeTheWritersOpenTransaction() throws Exception {
    Postgres db = Postgres.open(spec());
    try (EventStore store = JdbcEventStore.open(db, CLOCK)) {
      store.write(List.of(coded("doc-a")));
      try (Statement s = db.writer().createStatement()) {
        s.execute("DELETE FROM events");
        assertThat(store.eventCount()).as("an uncommitted delete").isEqualTo(3);
        db.writer().rollback();
      }
      assertThat(store.eventCount()).isEqualTo(3);
    }
  }

  @Test
  void twoProcessesOpeningOneNewDatabaseAtOnceBothSucceed() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Long>> opens = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        opens.add(() -> {
          try (EventStore store = Stores.open(spec(), CLOCK)) {
            return store.documentCount();
          }
        });
      }
      for (Future<Long> f : pool.invokeAll(opens)) {
        assertThat(f.get()).isZero();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(superuserQuery(database, "SELECT COUNT(*), MAX(version) FROM schema_version"))
        .containsExactly(List.of(1L, 1));
  }
}
