package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.EntenteException;

/**
 * Python semantics on parsed JSON, as {@code score.py} sees it: {@code json.loads} values (dict, list, str, int,
 * float, bool, None) with Python's truthiness, {@code str()}/{@code repr()}, iteration, {@code in} and slicing
 * by code point. Where Python would raise (a TypeError, AttributeError or KeyError, so that score.py stops
 * with a traceback and prints no numbers), these helpers throw {@link EntenteException} of kind USAGE.
 *
 * <p>A Java {@code null} stands for an absent key; {@link NullNode} for JSON {@code null}. Both are Python's
 * {@code None} except where {@code dict.get(key, default)} tells them apart.
 */
final class Py {

  static final JsonNode NONE = NullNode.getInstance();
  static final JsonNode EMPTY_STR = TextNode.valueOf("");

  private Py() {}

  static EntenteException error(String what) {
    return new EntenteException(EntenteException.Kind.USAGE, "score: malformed input (score.py would fail): " + what);
  }

  static boolean isNone(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode();
  }

  /** Python {@code bool(x)}. */
  static boolean truthy(JsonNode n) {
    if (isNone(n)) {
      return false;
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isTextual()) {
      return !n.textValue().isEmpty();
    }
    if (n.isContainerNode()) {
      return n.size() > 0;
    }
    if (n.isIntegralNumber()) {
      return n.bigIntegerValue().signum() != 0;
    }
    if (n.isNumber()) {
      return n.doubleValue() != 0.0; // NaN is truthy, as in Python
    }
    return true;
  }

  /** Python {@code a or b}. */
  static JsonNode or(JsonNode a, JsonNode b) {
    return truthy(a) ? a : b;
  }

  /** The node as a dict, or the AttributeError of calling {@code .get} on anything else. */
  static JsonNode dict(JsonNode n, String what) {
    if (n == null || !n.isObject()) {
      throw error(what + " is not a JSON object but " + repr(n));
    }
    return n;
  }

  /** Python {@code d.get(key)}: None when absent. */
  static JsonNode get(JsonNode d, String key) {
    JsonNode v = dict(d, "a record holding \"" + key + "\"").get(key);
    return v == null ? NONE : v;
  }

  /** Python {@code d.get(key, dflt)}. */
  static JsonNode get(JsonNode d, String key, JsonNode dflt) {
    JsonNode v = dict(d, "a record holding \"" + key + "\"").get(key);
    return v == null ? dflt : v;
  }

  /** Python {@code d[key]}: KeyError when absent. */
  static JsonNode item(JsonNode d, String key) {
    JsonNode v = dict(d, "a record holding \"" + key + "\"").get(key);
    if (v == null) {
      throw error("missing key \"" + key + "\" in " + repr(d));
    }
    return v;
  }

  /** The string of a str value, or the AttributeError of calling a str method on anything else. */
  static String text(JsonNode n, String what) {
    if (n == null || !n.isTextual()) {
      throw error(what + " is not a string but " + repr(n));
    }
    return n.textValue();
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Python {@code (x or "")} as a str (to call {@code .upper()}/{@code .lower()} on). */
  static String orEmptyText(JsonNode n, String what) {
    return truthy(n) ? text(n, what) : "";
  }

  /** Python {@code iter(x)} on a JSON value: list items, a str's characters, a dict's keys; else TypeError. */
  static List<JsonNode> iter(JsonNode n, String what) {
    List<JsonNode> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(out::add);
    } else if (n != null && n.isTextual()) {
      n.textValue().codePoints().forEach(cp -> out.add(TextNode.valueOf(new String(Character.toChars(cp)))));
    } else if (n != null && n.isObject()) {
      n.properties().forEach(f -> out.add(TextNode.valueOf(f.getKey())));
    } else {
      throw error(what + " is not iterable: " + repr(n));
    }
    return out;
  }

  /** Python {@code len(x)} on a JSON value. */
  static int len(JsonNode n, String what) {
    if (n != null && n.isTextual()) {
      return n.textValue().codePointCount(0, n.textValue().length());
    }
    if (n != null && n.isContainerNode()) {
      return n.size();
    }
    throw error(what + " has no len(): " + repr(n));
  }

  /** Python {@code item in container} for a str item. */
  static boolean contains(JsonNode container, String item, String what) {
    if (container != null && container.isArray()) {
      for (JsonNode x : container) {
        if (x.isTextual() && x.textValue().equals(item)) {
          return true;
        }
      }
      return false;
    }
    if (container != null && container.isTextual()) {
      return container.textValue().contains(item);
    }
    if (container != null && container.isObject()) {
      return container.has(item);
    }
    throw error(what + " does not support 'in': " + repr(container));
  }

  /** Whether Python could hash the value (put it in a set). */
  static boolean hashable(JsonNode n) {
    return n == null || !n.isContainerNode();
  }

  /** Python {@code s[start:end]} for 0 <= start <= end, by code point. */
  static String slice(String s, int start, int end) {
    int n = s.codePointCount(0, s.length());
    int from = Math.min(start, n);
    int to = Math.min(end, n);
    if (from >= to) {
      return "";
    }
    return s.substring(s.offsetByCodePoints(0, from), s.offsetByCodePoints(0, to));
  }

  static int cpLen(String s) {
    return s.codePointCount(0, s.length());
  }

  /** Python {@code str(x)}. */
  static String str(JsonNode n) {
    if (n != null && n.isTextual()) {
      return n.textValue();
    }
    return repr(n);
  }

  /** Python {@code repr(x)}. */
  static String repr(JsonNode n) {
    if (isNone(n)) {
      return "None";
    }
    if (n.isBoolean()) {
      return n.booleanValue() ? "True" : "False";
    }
    if (n.isTextual()) {
      return reprStr(n.textValue());
    }
    if (n.isIntegralNumber()) {
      return n.bigIntegerValue().toString();
    }
    if (n.isNumber()) {
      return reprFloat(n.doubleValue());
    }
    if (n.isArray()) {
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < n.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(repr(n.get(i)));
      }
      return b.append(']').toString();
    }
    if (n.isObject()) {
      StringBuilder b = new StringBuilder("{");
      boolean first = true;
      for (Map.Entry<String, JsonNode> f : n.properties()) {
        b.append(first ? "" : ", ").append(reprStr(f.getKey())).append(": ").append(repr(f.getValue()));
        first = false;
      }
      return b.append('}').toString();
    }
    return n.toString();
  }

  /** Python {@code repr(list)} of values. */
  static String reprList(List<JsonNode> xs) {
    return repr(JsonNodeFactory.instance.arrayNode().addAll(xs));
  }

  /** Python's {@code repr(str)}: quote choice and escapes of {@code unicode_repr}. */
  static String reprStr(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder b = new StringBuilder().append(quote);
    s.codePoints().forEach(cp -> {
      if (cp == quote || cp == '\\') {
        b.append('\\').appendCodePoint(cp);
      } else if (cp == '\t') {
        b.append("\\t");
      } else if (cp == '\n') {
        b.append("\\n");
      } else if (cp == '\r') {
        b.append("\\r");
      } else if (cp < ' ' || cp == 0x7f) {
        b.append(String.format("\\x%02x", cp));
      } else if (cp < 0x7f || printable(cp)) {
        b.appendCodePoint(cp);
      } else if (cp <= 0xff) {
        b.append(String.format("\\x%02x", cp));
      } else if (cp <= 0xffff) {
        b.append(String.format("\\u%04x", cp));
      } else {
        b.append(String.format("\\U%08x", cp));
      }
    });
    return b.append(quote).toString();
  }

  /** Python's {@code str.isprintable} for one non-ASCII code point. */
  private static boolean printable(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SPACE_SEPARATOR:
        return false;
      default:
        return true;
    }
  }

  /** Python's {@code repr(float)}: the shortest round-tripping digits, exponent outside 1e-4 <= |x| < 1e16. */
  static String reprFloat(double x) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    if (x == 0) {
      return (1 / x < 0) ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(x);
    BigDecimal best = null;
    for (int p = 1; p <= 17 && best == null; p++) {
      for (RoundingMode m : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
        BigDecimal c = exact.round(new MathContext(p, m));
        if (Double.parseDouble(c.toString()) == x
            && (best == null || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
          best = c;
        }
      }
    }
    BigDecimal d = best.stripTrailingZeros();
    String digits = d.unscaledValue().abs().toString();
    int decpt = digits.length() - d.scale(); // value = 0.DIGITS * 10^decpt
    String sign = x < 0 ? "-" : "";
    if (decpt > -4 && decpt <= 16) {
      String body;
      if (decpt <= 0) {
        body = "0." + "0".repeat(-decpt) + digits;
      } else if (decpt >= digits.length()) {
        body = digits + "0".repeat(decpt - digits.length()) + ".0";
      } else {
        body = digits.substring(0, decpt) + "." + digits.substring(decpt);
      }
      return sign + body;
    }
    int exp = decpt - 1;
    String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
  }

  /** Python's {@code str.strip()} with no argument: strips what {@code str.isspace} calls space. */
  static String strip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean isSpace(char c) {
    return (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
        || c == 0x3000;
  }
}
