package org.entente.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Collectors;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one table, sent by {@code COPY table (columns) FROM STDIN} in PostgreSQL's text format when
 * {@link #finish()} is called, inside the writer connection's current transaction.
 *
 * <p>Rows are buffered until then because a connection runs one {@code COPY} at a time, while the store fills
 * its four tables' sinks side by side; a batch's rows are therefore held in memory once more, as UTF-8. The text
 * format: fields separated by tabs, rows ended by a newline, {@code \N} for NULL, and in values a backslash,
 * tab, newline and carriage return written {@code \\ \t \n \r}; nothing else is special (quotes and commas
 * included). PostgreSQL text cannot hold NUL, so a NUL character is stored as U+FFFD, which keeps every
 * character offset (a document holding NUL is a skipped binary one anyway).
 *
 * <p>Not thread-safe: the store's single writer uses it.
 */
final class CopySink implements RowSink {

  private final Schema.Table table;
  private final CopyManager copy;
  private final String sql;
  private Buffer rows = new Buffer();
  private final StringBuilder line = new StringBuilder(256);
  private long count;

  CopySink(Schema.Table table, CopyManager copy) {
    this.table = table;
    this.copy = copy;
    this.sql = "COPY " + table.name() + " ("
        + table.columns().stream().map(c -> Schema.q(c.name())).collect(Collectors.joining(", "))
        + ") FROM STDIN (FORMAT text)";
  }

  /** The COPY statement, for tests. */
  String sql() {
    return sql;
  }

  @Override
  public void row(Object... values) {
    if (values.length != table.width()) {
      throw new IllegalArgumentException(table.name() + " has " + table.width() + " columns, got " + values.length);
    }
    line.setLength(0);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append('\t');
      }
      field(line, table.column(i).type(), values[i]);
    }
    line.append('\n');
    byte[] b = line.toString().getBytes(StandardCharsets.UTF_8);
    rows.write(b, 0, b.length);
    count++;
  }

  /** Appends one value in COPY text format. */
  static void field(StringBuilder out, Schema.Type type, Object v) {
    if (v == null) {
      out.append("\\N");
      return;
    }
    switch (type) {
      case TEXT, JSON -> escape(out, (String) v);
      case INT -> out.append(((Integer) v).intValue());
      case DOUBLE -> out.append(((Double) v).doubleValue()); // NaN, Infinity and 1.0E-5 are valid input
      case BOOL -> out.append(((Boolean) v) ? 't' : 'f');
      case DATE -> date(out, (LocalDate) v);
      case TIMESTAMP -> {
        LocalDateTime t = (LocalDateTime) v;
        date(out, t.toLocalDate());
        out.append(' ').append(t.toLocalTime());
      }
      default -> throw new IllegalStateException("type " + type);
    }
  }

  private static void escape(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\0' -> out.append('\uFFFD');
        default -> out.append(c);
      }
    }
  }

  /** ISO year-month-day; a year before 1 in PostgreSQL's {@code BC} form (year 0 is 1 BC). */
  private static void date(StringBuilder out, LocalDate d) {
    int year = d.getYear();
    out.append(String.format("%04d-%02d-%02d", year >= 1 ? year : 1 - year, d.getMonthValue(), d.getDayOfMonth()));
    if (year < 1) {
      out.append(" BC");
    }
  }

  @Override
  public void finish() throws SQLException {
    if (count == 0) {
      return;
    }
    long stored;
    try {
      stored = copy.copyIn(sql, rows.in());
    } catch (IOException e) {
      throw new SQLException("cannot send rows of " + table.name() + " to the server: " + e.getMessage(), "08006", e);
    }
    if (stored != count) {
      throw new SQLException("COPY stored " + stored + " rows of " + table.name() + ", not the " + count + " sent");
    }
    rows = new Buffer();
    count = 0;
  }

  @Override
  public void close() {
    rows = new Buffer();
    count = 0;
  }

  /** Exposes its bytes to a reader without copying them. */
  private static final class Buffer extends ByteArrayOutputStream {
    Buffer() {
      super(8192);
    }

    ByteArrayInputStream in() {
      return new ByteArrayInputStream(buf, 0, count);
    }
  }
}
