package org.entente.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.EntenteException;
import org.entente.EntenteException.Kind;

/**
 * Which events a question is about. Every field is optional (null or empty: no constraint); all given constraints
 * must hold. Immutable. Built from request or command-line parameters with {@link #parse}, which names the
 * parameter of any bad value; the parameter names are those of {@code docs/api.md}.
 *
 * @param actor    an actor on either side: code, canonical name (case-insensitive) or, when three upper-case
 *                 letters, its country
 * @param country  an actor on either side of this ISO3 country
 * @param region   an actor on either side of this ISO 3166-2 region
 * @param a        one party of a dyad (as {@code actor}, or a region code)
 * @param b        the other party
 * @param directed whether {@code a} must be a source and {@code b} a target
 * @param types    PLOVER types, any of
 * @param quad     quad class 1..4
 * @param cameo    CAMEO code prefix
 * @param sector   an event sector (lower case, {@code aviation}) or an actor sector ({@code GOV})
 * @param from     first full-day date, inclusive; leaves partial and missing dates out
 * @param to       last full-day date, inclusive; leaves partial and missing dates out
 * @param undated  only events whose date is partial or missing
 * @param modalities modalities, any of
 * @param doc      one document id
 * @param text     a full-text query over evidence sentences
 */
public record EventFilter(String actor, String country, String region, String a, String b, boolean directed,
    List<String> types, Integer quad, String cameo, String sector, LocalDate from, LocalDate to, boolean undated,
    List<String> modalities, String doc, String text) {

  /** The parameter names {@link #parse} accepts. */
  public static final Set<String> PARAMETERS = Set.of("actor", "country", "region", "a", "b", "directed", "type",
      "quad", "cameo", "sector", "from", "to", "undated", "modality", "doc", "q");

  /** No constraint. */
  public static final EventFilter ALL = new EventFilter(null, null, null, null, null, false, List.of(), null, null,
      null, null, null, false, List.of(), null, null);

  public EventFilter {
    types = List.copyOf(types == null ? List.of() : types);
    modalities = List.copyOf(modalities == null ? List.of() : modalities);
    actor = blankToNull(actor);
    country = blankToNull(country);
    region = blankToNull(region);
    a = blankToNull(a);
    b = blankToNull(b);
    cameo = blankToNull(cameo);
    sector = blankToNull(sector);
    doc = blankToNull(doc);
    text = blankToNull(text);
    if (b != null && a == null) {
      throw usage("b", "needs a as well: a dyad is a=PARTY&b=PARTY");
    }
    if (quad != null && (quad < 1 || quad > 4)) {
      throw usage("quad", "wants 1, 2, 3 or 4, got " + quad);
    }
    if (cameo != null && !cameo.matches("\\d{1,4}")) {
      throw usage("cameo", "wants a CAMEO code prefix of digits (04, 042), got '" + cameo + "'");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw usage("from", "is after 'to' (" + from + " > " + to + ")");
    }
    if (undated && (from != null || to != null)) {
      throw usage("undated", "cannot be combined with from/to: undated events have no day to compare");
    }
  }

  /** Whether a date range is given (which leaves partial and missing dates out). */
  public boolean dated() {
    return from != null || to != null;
  }

  /** This filter without its date range (for counting what the range leaves out). */
  EventFilter withoutDates() {
    return new EventFilter(actor, country, region, a, b, directed, types, quad, cameo, sector, null, null, undated,
        modalities, doc, text);
  }

  /**
   * A filter from named parameters (an HTTP query, {@code --where name=value}). Each takes one value; {@code type}
   * and {@code modality} also take comma-separated lists.
   *
   * @param params  names to values; names outside {@link #PARAMETERS} plus {@code allowedExtra} are refused
   * @param allowedExtra further names the caller handles itself ({@code limit}, {@code cursor}), ignored here
   * @throws EntenteException {@code USAGE}, naming the parameter, for an unknown name or a bad value
   */
  public static EventFilter parse(Map<String, List<String>> params, Set<String> allowedExtra) {
    Map<String, String> p = new LinkedHashMap<>();
    for (var e : params.entrySet()) {
      String name = e.getKey();
      if (!PARAMETERS.contains(name)) {
        if (allowedExtra.contains(name)) {
          continue;
        }
        List<String> known = new ArrayList<>(PARAMETERS);
        known.addAll(allowedExtra);
        known.sort(null);
        throw new EntenteException(Kind.USAGE, "unknown parameter '" + name + "'; known: " + String.join(", ", known));
      }
      if (e.getValue().size() > 1) {
        throw usage(name, "is given " + e.getValue().size() + " times; give it once (lists are comma-separated)");
      }
      if (!e.getValue().isEmpty()) {
        p.put(name, e.getValue().get(0).strip());
      }
    }
    return new EventFilter(p.get("actor"), upper(p.get("country"), "country", "[A-Z]{3}"),
        upper(p.get("region"), "region", "[A-Z]{2}-[A-Z0-9]{1,3}"), p.get("a"), p.get("b"),
        bool(p.get("directed"), "directed"), types(p.get("type")), quad(p.get("quad")), p.get("cameo"),
        p.get("sector"), date(p.get("from"), "from"), date(p.get("to"), "to"), bool(p.get("undated"), "undated"),
        modalities(p.get("modality")), p.get("doc"), p.get("q"));
  }

  /** This filter as parameters {@link #parse} reads back; for links and cursors. */
  public Map<String, String> toParams() {
    Map<String, String> out = new LinkedHashMap<>();
    put(out, "actor", actor);
    put(out, "country", country);
    put(out, "region", region);
    put(out, "a", a);
    put(out, "b", b);
    if (directed) {
      out.put("directed", "true");
    }
    put(out, "type", types.isEmpty() ? null : String.join(",", types));
    put(out, "quad", quad == null ? null : quad.toString());
    put(out, "cameo", cameo);
    put(out, "sector", sector);
    put(out, "from", from == null ? null : from.toString());
    put(out, "to", to == null ? null : to.toString());
    if (undated) {
      out.put("undated", "true");
    }
    put(out, "modality", modalities.isEmpty() ? null : String.join(",", modalities));
    put(out, "doc", doc);
    put(out, "q", text);
    return out;
  }

  private static void put(Map<String, String> out, String k, String v) {
    if (v != null) {
      out.put(k, v);
    }
  }

  private static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "YIELD",
      "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "NONE");
  private static final Set<String> MODALITIES = Set.of("asserted", "negated", "hypothetical");

  private static List<String> types(String v) {
    if (v == null || v.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String t : v.split(",")) {
      String u = t.strip().toUpperCase(Locale.ROOT);
      if (!TYPES.contains(u)) {
        throw usage("type", "wants PLOVER types (" + String.join(", ", TYPES.stream().sorted().toList())
            + "), got '" + t.strip() + "'");
      }
      out.add(u);
    }
    return out;
  }

  private static List<String> modalities(String v) {
    if (v == null || v.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(v.split(",")).map(m -> {
      String l = m.strip().toLowerCase(Locale.ROOT);
      if (!MODALITIES.contains(l)) {
        throw usage("modality", "wants asserted, negated or hypothetical, got '" + m.strip() + "'");
      }
      return l;
    }).toList();
  }

  private static Integer quad(String v) {
    if (v == null || v.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException e) {
      throw usage("quad", "wants 1, 2, 3 or 4, got '" + v + "'");
    }
  }

  private static boolean bool(String v, String name) {
    if (v == null || v.isEmpty()) {
      return false;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw usage(name, "wants true or false, got '" + v + "'");
    };
  }

  private static LocalDate date(String v, String name) {
    if (v == null || v.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw usage(name, "wants YYYY-MM-DD, got '" + v + "'");
    }
  }

  private static String upper(String v, String name, String pattern) {
    if (v == null || v.isEmpty()) {
      return null;
    }
    String u = v.toUpperCase(Locale.ROOT);
    if (!u.matches(pattern)) {
      throw usage(name, "wants " + (name.equals("country") ? "an ISO 3166-1 alpha-3 code (NPL)"
          : "an ISO 3166-2 code (RU-KL)") + ", got '" + v + "'");
    }
    return u;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static EntenteException usage(String parameter, String problem) {
    return new EntenteException(Kind.USAGE, "parameter '" + parameter + "' " + problem);
  }
}
