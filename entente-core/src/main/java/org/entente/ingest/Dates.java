package org.entente.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the dates articles carry. Stateless. */
final class Dates {

  private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![0-9]).*", Pattern.DOTALL);
  private static final Pattern REUTERS =
      Pattern.compile("^\\s*(\\d{1,2})-([A-Za-z]{3})-(\\d{4})(?![0-9]).*", Pattern.DOTALL);
  private static final String MONTHS = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";

  private Dates() {}

  /** {@code YYYY-MM-DD}, optionally followed by a time ({@code 2024-05-01T10:00:00Z}); null when not such a date. */
  static LocalDate iso(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = ISO.matcher(s);
    if (!m.matches()) {
      return null;
    }
    return date(m.group(1), m.group(2), m.group(3));
  }

  /** Reuters' {@code 26-FEB-1987 15:01:01.79}; null when not such a date. */
  static LocalDate reuters(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = REUTERS.matcher(s);
    if (!m.matches()) {
      return null;
    }
    int month = MONTHS.indexOf(m.group(2).toUpperCase(Locale.ROOT));
    if (month < 0 || month % 3 != 0) {
      return null;
    }
    return date(m.group(3), Integer.toString(month / 3 + 1), m.group(1));
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
