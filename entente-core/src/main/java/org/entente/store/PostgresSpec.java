package org.entente.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.entente.EntenteException;
import org.entente.EntenteException.Kind;

/**
 * A PostgreSQL {@code --db} value, parsed: {@code postgresql://[user[:password]@][host][:port][,host2[:port2]...]/database[?key=value&...]},
 * also spelled {@code postgres://} and {@code jdbc:postgresql://}. User, password, database and parameter values are
 * percent-decoded (a password holding {@code @}, {@code :} or {@code /} is written {@code %40}, {@code %3A},
 * {@code %2F}). Host defaults to {@code localhost}, port to 5432. Parameters are driver properties
 * ({@code sslmode=require}, {@code currentSchema=entente}); libpq's {@code connect_timeout} and
 * {@code application_name} are understood too.
 *
 * <p>The password never leaves this record except through {@link #properties()}: {@link #where()} and
 * {@link #toString()} name hosts, ports and database only, and {@link #scrub} removes it from any text.
 *
 * @param hosts    {@code host:port} each, IPv6 hosts in brackets
 * @param database the database name
 * @param user     the user, or null for the driver's default (the operating-system user)
 * @param password the password, or null
 * @param params   further driver properties, in the order given
 */
record PostgresSpec(List<String> hosts, String database, String user, String password, Map<String, String> params) {

  static final int DEFAULT_PORT = 5432;

  /** Seconds to wait for a server before giving up, unless the spec says otherwise. */
  static final String CONNECT_TIMEOUT = "10";

  private static final String EXAMPLE = "postgresql://USER:PASSWORD@HOST:5432/DATABASE";

  PostgresSpec {
    hosts = List.copyOf(hosts);
    params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** Whether {@code spec} names a PostgreSQL database (by its scheme) rather than a DuckDB file. */
  static boolean isPostgres(String spec) {
    String lower = spec.toLowerCase(Locale.ROOT);
    return lower.startsWith("postgresql:") || lower.startsWith("postgres:") || lower.startsWith("jdbc:postgresql:");
  }

  /**
   * Parses a spec for which {@link #isPostgres} holds.
   *
   * @throws EntenteException {@code USAGE} when it is malformed; the message never repeats the spec (it may hold a
   *                          password)
   */
  static PostgresSpec parse(String spec) {
    String lower = spec.toLowerCase(Locale.ROOT);
    String rest;
    if (lower.startsWith("jdbc:postgresql://")) {
      rest = spec.substring("jdbc:postgresql://".length());
    } else if (lower.startsWith("postgresql://")) {
      rest = spec.substring("postgresql://".length());
    } else if (lower.startsWith("postgres://")) {
      rest = spec.substring("postgres://".length());
    } else {
      throw malformed("it must start with postgresql:// (or postgres://, jdbc:postgresql://)");
    }
    String query = null;
    int q = rest.indexOf('?');
    if (q >= 0) {
      query = rest.substring(q + 1);
      rest = rest.substring(0, q);
    }
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : rest.substring(slash + 1);

    String user = null;
    String password = null;
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      String userInfo = authority.substring(0, at);
      authority = authority.substring(at + 1);
      int colon = userInfo.indexOf(':');
      user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "user name");
      password = colon < 0 ? null : decode(userInfo.substring(colon + 1), "password");
      if (user.isEmpty()) {
        user = null;
      }
    }
    List<String> hosts = new ArrayList<>();
    for (String hostPort : authority.split(",", -1)) {
      hosts.add(hostPort(hostPort, authority.contains(",")));
    }

    Map<String, String> params = new LinkedHashMap<>();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw malformed("a parameter after '?' is not key=value; write e.g. ?sslmode=require");
        }
        String key = decode(pair.substring(0, eq), "parameter name");
        String value = decode(pair.substring(eq + 1), "parameter value");
        switch (key) {
          case "user" -> user = value;
          case "password" -> password = value;
          case "dbname" -> path = value.isEmpty() ? path : value;
          case "connect_timeout" -> params.put("connectTimeout", value);
          case "application_name" -> params.put("ApplicationName", value);
          default -> params.put(key, value);
        }
      }
    }
    String database = decode(path, "database name");
    if (database.isEmpty() || database.contains("/")) {
      throw malformed("name one database after the host, e.g. " + EXAMPLE);
    }
    return new PostgresSpec(hosts, database, user, password, params);
  }

  private static String hostPort(String s, boolean several) {
    String host;
    String port = null;
    if (s.startsWith("[")) {
      int close = s.indexOf(']');
      if (close < 0) {
        throw malformed("an IPv6 host must be in brackets, e.g. postgresql://[::1]:5432/DATABASE");
      }
      host = s.substring(0, close + 1);
      String after = s.substring(close + 1);
      if (!after.isEmpty()) {
        if (!after.startsWith(":")) {
          throw malformed("after an IPv6 host in brackets only :PORT may follow");
        }
        port = after.substring(1);
      }
    } else {
      int colon = s.indexOf(':');
      host = colon < 0 ? s : s.substring(0, colon);
      port = colon < 0 ? null : s.substring(colon + 1);
    }
    if (host.isEmpty()) {
      if (several) {
        throw malformed("a host in the comma-separated list is empty");
      }
      host = "localhost";
    }
    int p = DEFAULT_PORT;
    if (port != null) {
      try {
        p = Integer.parseInt(port);
      } catch (NumberFormatException e) {
        p = -1;
      }
      if (p < 1 || p > 65535) {
        throw malformed("the port of " + host + " is not a number from 1 to 65535 (write HOST:5432; a password"
            + " holding '@', ':' or '/' must be percent-encoded: %40, %3A, %2F)");
      }
    }
    return host + ":" + p;
  }

  /** RFC 3986 percent-decoding as UTF-8; {@code +} stays {@code +}. */
  private static String decode(String s, String what) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
        int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
        if (hi < 0 || lo < 0) {
          throw malformed("the " + what + " holds a '%' that is not followed by two hex digits (write a literal '%'"
              + " as %25)");
        }
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
          b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        out.write(b, 0, b.length);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static EntenteException malformed(String how) {
    // the spec itself is never echoed: it may hold a password
    return new EntenteException(Kind.USAGE, "the PostgreSQL --db value is malformed: " + how
        + "; the form is " + EXAMPLE);
  }

  /** The address for messages: {@code postgresql://host:port/database}, never the user or password. */
  String where() {
    return "postgresql://" + String.join(",", hosts) + "/" + database;
  }

  /** The JDBC URL, without credentials or parameters (those go in {@link #properties()}). */
  String jdbcUrl() {
    return "jdbc:postgresql://" + String.join(",", hosts) + "/" + urlEncode(database);
  }

  /** Driver properties: the parameters, the credentials and Entente's defaults. */
  Properties properties() {
    Properties p = new Properties();
    p.setProperty("ApplicationName", "entente");
    p.setProperty("connectTimeout", CONNECT_TIMEOUT);
    params.forEach(p::setProperty);
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    return p;
  }

  /** {@code text} with the password (and any other {@code *password} parameter) replaced by {@code ***}. */
  String scrub(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    List<String> secrets = new ArrayList<>();
    secrets.add(password);
    params.forEach((k, v) -> secrets.add(k.toLowerCase(Locale.ROOT).contains("password") ? v : null));
    for (String secret : secrets) {
      if (secret != null && !secret.isEmpty()) {
        out = out.replace(secret, "***");
      }
    }
    return out;
  }

  private static String urlEncode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return where();
  }
}
