package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the store assumes of DuckDB's Appender (see {@link DuckDb}). If a driver upgrade changes any of this,
 * these fail before the store silently does the wrong thing.
 */
class DuckDbAppenderTest {

  @TempDir
  Path dir;

  private DuckDBConnection conn;

  @BeforeEach
  void table() throws SQLException {
    conn = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("a.duckdb")).unwrap(DuckDBConnection.class);
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE TABLE t (id VARCHAR PRIMARY KEY, v INTEGER)");
      s.execute("INSERT INTO t VALUES ('a', 1)");
    }
    conn.setAutoCommit(false);
  }

  @AfterEach
  void close() throws SQLException {
    conn.close();
  }

  private static String rows(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT COALESCE(STRING_AGG(id || '=' || v, ',' ORDER BY id), '') FROM t")) {
      r.next();
      return r.getString(1);
    }
  }

  private void append(String id, int v) throws SQLException {
    try (DuckDBAppender ap = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "t")) {
      ap.beginRow().append(id).append(v).endRow();
      ap.flush();
    }
  }

  @Test
  void appendedRowsJoinTheOpenTransactionWithItsDeletes() throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.execute("DELETE FROM t WHERE id = 'a'");
    }
    append("a", 10); // the key deleted in this transaction can come back in it
    append("b", 2);

    assertThat(rows(conn)).isEqualTo("a=10,b=2");
    try (Connection other = conn.duplicate()) {
      assertThat(rows(other)).as("not visible elsewhere before commit").isEqualTo("a=1");
    }
    conn.commit();
    try (Connection other = conn.duplicate()) {
      assertThat(rows(other)).isEqualTo("a=10,b=2");
    }
  }

  @Test
  void rollbackDiscardsAppendedRowsAndDeletes() throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.execute("DELETE FROM t WHERE id = 'a'");
    }
    append("b", 2);
    conn.rollback();

    assertThat(rows(conn)).isEqualTo("a=1");
  }

  @Test
  void withNoStatementSinceTheLastCommitAnAppendCommitsOnItsOwn() throws SQLException {
    conn.commit();
    append("b", 2);
    conn.rollback();

    assertThat(rows(conn)).as("the trap the store avoids by running a statement first").isEqualTo("a=1,b=2");
  }

  @Test
  void flushReportsADuplicateKeyButCloseSwallowsIt() throws SQLException {
    rows(conn); // open a transaction
    DuckDBAppender ap = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "t");
    ap.beginRow().append("a").append(5).endRow();
    assertThatThrownBy(ap::flush).isInstanceOf(SQLException.class).hasMessageContaining("a");
    ap.close();
    conn.rollback();

    DuckDBAppender silent = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "t");
    silent.beginRow().append("a").append(6).endRow();
    silent.close(); // no exception: the row is dropped without a word

    assertThat(rows(conn)).isEqualTo("a=1");
  }
}
