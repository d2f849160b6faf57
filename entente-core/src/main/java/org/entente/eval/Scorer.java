package org.entente.eval;

import static org.entente.eval.Py.get;
import static org.entente.eval.Py.item;
import static org.entente.eval.Py.str;
import static org.entente.eval.Py.truthy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.EntenteException;

/**
 * A Java port of {@code shared/eval/score.py}, the reference scorer of {@code spec/EVENTS.md} ("Scoring"):
 * on the same gold and events it computes the same numbers, the same {@code -v} verdict and false-positive lines
 * and the same last line. Stateless and thread-safe.
 *
 * <p>The rules, each as score.py has them:
 * <ul>
 *   <li>Only output events of documents named by the gold file are scored ({@code doc_id}, else {@code doc});
 *       the others are dropped before anything is counted, {@code events=} included. To score a subset of
 *       documents (score.py's {@code --docs}), filter the gold lines first.</li>
 *   <li>An event stands for its (source, target) pairs: every source with every target, plus the reverse pairs
 *       when {@code symmetric}; with no target, several sources pair among themselves; one source alone (or
 *       none: an empty placeholder actor) is one pair with no target.</li>
 *   <li>recall_core and strict_recall are maximum one-to-one matchings (Kuhn's augmenting paths, golds in file
 *       order, each gold's candidate pairs in output order with the ones whose evidence holds the anchor
 *       first), which also decide which event date_ok and sector_recall look at.</li>
 *   <li>Precision counts events right when any pair matches any gold event (core or not); events that are not
 *       {@code asserted} and match nothing are not counted.</li>
 * </ul>
 *
 * <p>Values are read with Python's semantics (truthiness, {@code str()}, {@code in}, code-point slicing), so
 * odd but valid JSON scores as in Python. Input on which score.py would stop with a traceback (say, a gold
 * {@code source} that is not an object) fails with {@link EntenteException} of kind USAGE instead. Only
 * {@code -v} reads a gold's {@code id} and an event's evidence unconditionally: where score.py {@code -v} would
 * crash on those, the verdict and false-positive lines print {@code None} / an empty sentence instead.
 */
public final class Scorer {

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // json.loads takes NaN, Infinity, -Infinity
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // and refuses "Extra data"
      .build();

  private Scorer() {}

  /** One (source, target) pair of output event {@code e} of document {@code doc}; {@code t} null for none. */
  record Unit(JsonNode s, JsonNode t, JsonNode e, String doc) {}

  /**
   * Scores output events against gold events.
   *
   * @param gold   the gold file's records (format of spec/EVENTS.md, "Gold files")
   * @param events the output's event records ({@code EventJson.toJson}); events of documents the gold does not
   *               name are ignored
   */
  public static Score score(List<JsonNode> gold, List<JsonNode> events) {
    Set<String> docs = goldDocs(gold);
    List<JsonNode> evs = new ArrayList<>();
    List<String> evDocs = new ArrayList<>();
    for (JsonNode e : events) {
      String d = docOf(e);
      if (docs.contains(d)) {
        evs.add(e);
        evDocs.add(d);
      }
    }
    List<JsonNode> core = new ArrayList<>();
    for (JsonNode g : gold) {
      if (truthy(get(g, "core"))) {
        core.add(g);
      }
    }
    List<Unit> units = new ArrayList<>();
    for (int k = 0; k < evs.size(); k++) {
      units.addAll(pairsOf(evs.get(k), evDocs.get(k)));
    }

    int[] loose = assign(core, units, false);
    int[] tight = assign(core, units, true);
    int datesOk = 0;
    int datesTotal = 0;
    int sectorsOk = 0;
    int sectorsTotal = 0;
    int looseN = 0;
    int tightN = 0;
    List<String> verdicts = new ArrayList<>();
    java.util.SortedMap<String, int[]> byType = new java.util.TreeMap<>();
    for (int gi = 0; gi < core.size(); gi++) {
      JsonNode g = core.get(gi);
      JsonNode types = get(g, "types");
      String firstType = types != null && types.isArray() && types.size() > 0 && types.get(0).isTextual()
          ? types.get(0).textValue() : "?";
      int[] tn = byType.computeIfAbsent(firstType, k -> new int[2]);
      tn[0] += loose[gi] >= 0 ? 1 : 0;
      tn[1]++;
      JsonNode e = loose[gi] >= 0 ? units.get(loose[gi]).e() : null;
      boolean eTrue = e != null && truthy(e);
      if (truthy(get(g, "date"))) {
        datesTotal++;
        if (eTrue && dateOk(e, g)) {
          datesOk++;
        }
      }
      if (truthy(get(g, "sectors"))) {
        Set<String> got = new HashSet<>();
        if (eTrue) {
          for (JsonNode x : Py.iter(Py.or(get(e, "sectors"), JsonNodeFactory.instance.arrayNode()), "sectors")) {
            got.add(Py.lower(Py.text(x, "an event sector")));
          }
        }
        JsonNode want = item(g, "sectors");
        sectorsTotal += Py.len(want, "gold sectors");
        Set<String> wanted = new HashSet<>();
        for (JsonNode x : Py.iter(want, "gold sectors")) {
          if (!Py.hashable(x)) {
            throw Py.error("unhashable gold sector " + Py.repr(x));
          }
          if (x.isTextual()) { // only a str can equal the lower-cased str of an event
            wanted.add(x.textValue());
          }
        }
        wanted.retainAll(got);
        sectorsOk += wanted.size();
      }
      looseN += loose[gi] >= 0 ? 1 : 0;
      tightN += tight[gi] >= 0 ? 1 : 0;
      String verdict = tight[gi] >= 0 ? "HIT " : loose[gi] >= 0 ? "hit " : "MISS";
      verdicts.add(verdict + " " + str(get(g, "id")) + " " + str(get(g, "types")) + " "
          + str(get(g, "anchor", Py.EMPTY_STR)));
    }

    // precision: per output event, against every gold event (core or optional), no capacity limit
    int judged = 0;
    int right = 0;
    int[] confident = new int[4];
    List<String> falsePositives = new ArrayList<>();
    Map<String, List<JsonNode>> goldByDoc = new HashMap<>();
    for (JsonNode g : gold) {
      if (item(g, "doc").isTextual()) {
        goldByDoc.computeIfAbsent(item(g, "doc").textValue(), d -> new ArrayList<>()).add(g);
      }
    }
    for (int k = 0; k < evs.size(); k++) {
      JsonNode e = evs.get(k);
      JsonNode modality = Py.or(get(e, "modality"), TextNode.valueOf("asserted"));
      boolean asserted = modality.isTextual() && modality.textValue().equals("asserted");
      boolean correct = correct(e, evDocs.get(k), goldByDoc.get(evDocs.get(k)));
      if (asserted || correct) {
        judged++;
        JsonNode conf = get(e, "confidence");
        boolean high = conf != null && conf.isNumber() && conf.doubleValue() >= Score.CONFIDENT;
        confident[high ? 1 : 3]++;
        if (correct) {
          confident[high ? 0 : 2]++;
          right++;
        } else {
          falsePositives.add(falsePositive(e, evDocs.get(k)));
        }
      }
    }
    double r = core.isEmpty() ? 0.0 : (double) looseN / core.size();
    double p = judged == 0 ? 0.0 : (double) right / judged;
    double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
    double s = core.isEmpty() ? 0.0 : (double) tightN / core.size();
    return new Score(r, p, f, s, datesOk, datesTotal, sectorsOk, sectorsTotal, evs.size(), verdicts,
        falsePositives, byType, confident);
  }

  /** The documents a gold file names: only output events of these documents are scored. */
  public static Set<String> goldDocs(List<JsonNode> gold) {
    Set<String> docs = new LinkedHashSet<>();
    for (JsonNode g : gold) {
      JsonNode d = item(g, "doc");
      if (!Py.hashable(d)) {
        throw Py.error("unhashable gold doc " + Py.repr(d));
      }
      if (d.isTextual()) { // a doc that is no str never equals the str() of an event's doc
        docs.add(d.textValue());
      }
    }
    return docs;
  }

  /**
   * Reads a JSONL file as score.py's {@code load}: blank lines skipped, every other line one JSON value.
   *
   * @throws EntenteException USAGE {@code "FILE:LINE: not JSON: ..."} on a line that is not JSON, or when the
   *                          file is absent or not UTF-8 (score.py treats an absent events file as empty: a
   *                          caller wanting that checks existence first)
   */
  public static List<JsonNode> readJsonl(Path p) {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        line = Py.strip(line);
        if (line.isEmpty()) {
          continue;
        }
        if (line.charAt(0) == '\uFEFF') {
          throw new EntenteException(EntenteException.Kind.USAGE,
              p + ":" + n + ": not JSON: Unexpected UTF-8 BOM (decode using utf-8-sig)");
        }
        try {
          out.add(JSON.readTree(line));
        } catch (JsonProcessingException ex) {
          String where = ex.getLocation() == null ? "" : " (column " + ex.getLocation().getColumnNr() + ")";
          throw new EntenteException(EntenteException.Kind.USAGE,
              p + ":" + n + ": not JSON: " + ex.getOriginalMessage().replace('\n', ' ') + where, ex);
        }
      }
    } catch (NoSuchFileException ex) {
      throw new EntenteException(EntenteException.Kind.USAGE, p + ": no such file", ex);
    } catch (CharacterCodingException ex) {
      throw new EntenteException(EntenteException.Kind.USAGE, p + ": not UTF-8", ex);
    } catch (IOException ex) {
      throw new EntenteException(EntenteException.Kind.IO, p + ": cannot read: " + ex.getMessage(), ex);
    }
    return out;
  }

  // ---- score.py, function by function ----

  /** {@code actors(side)}: the actor objects of a source or target. */
  static List<JsonNode> actors(JsonNode side) {
    List<JsonNode> out = new ArrayList<>();
    if (Py.isNone(side)) {
      return out;
    }
    if (side.isObject()) {
      out.add(side);
      return out;
    }
    for (JsonNode a : Py.iter(side, "an actor list")) {
      if (a.isObject()) {
        out.add(a);
      }
    }
    return out;
  }

  /** {@code doc_of(e)}. */
  static String docOf(JsonNode e) {
    Py.dict(e, "an output event");
    return str(e.has("doc_id") ? e.get("doc_id") : get(e, "doc"));
  }

  /** {@code pairs_of(e)}. */
  static List<Unit> pairsOf(JsonNode e, String doc) {
    List<JsonNode> srcs = actors(get(e, "source"));
    if (srcs.isEmpty()) {
      srcs = List.of(JsonNodeFactory.instance.objectNode());
    }
    List<JsonNode> tgts = actors(get(e, "target"));
    List<Unit> pairs = new ArrayList<>();
    if (!tgts.isEmpty()) {
      for (JsonNode s : srcs) {
        for (JsonNode t : tgts) {
          pairs.add(new Unit(s, t, e, doc));
        }
      }
      if (truthy(get(e, "symmetric"))) { // a symmetric event stands for both directions
        int n = pairs.size();
        for (int i = 0; i < n; i++) {
          pairs.add(new Unit(pairs.get(i).t(), pairs.get(i).s(), e, doc));
        }
      }
      return pairs;
    }
    if (srcs.size() > 1) { // no recipient: the sources act on each other (by identity, as `is not`)
      for (int i = 0; i < srcs.size(); i++) {
        for (int j = 0; j < srcs.size(); j++) {
          if (i != j) {
            pairs.add(new Unit(srcs.get(i), srcs.get(j), e, doc));
          }
        }
      }
      return pairs;
    }
    pairs.add(new Unit(srcs.get(0), null, e, doc));
    return pairs;
  }

  /** {@code actor_ok(a, g, strict)}; {@code a} null is Python's None (a pair without target). */
  static boolean actorOk(JsonNode a, JsonNode g, boolean strict) {
    if (a == null) {
      return false;
    }
    String country = Py.upper(Py.orEmptyText(get(a, "country"), "an actor's country"));
    boolean found = false;
    for (JsonNode c : Py.iter(get(g, "country", JsonNodeFactory.instance.arrayNode()), "a gold country list")) {
      found |= Py.upper(Py.text(c, "a gold country")).equals(country);
    }
    if (!found) {
      return false;
    }
    if (strict) {
      JsonNode region = get(g, "region");
      if (truthy(region) && !Py.upper(Py.orEmptyText(get(a, "region"), "an actor's region"))
          .equals(Py.upper(Py.text(region, "a gold region")))) {
        return false;
      }
      JsonNode name = get(g, "name");
      if (truthy(name)) {
        String hay = Py.lower(str(Py.or(get(a, "name"), Py.EMPTY_STR)) + " " + str(Py.or(get(a, "text"), Py.EMPTY_STR)));
        if (!hay.contains(Py.lower(Py.text(name, "a gold name")))) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@code pair_ok(pair, e, g, strict)}. */
  static boolean pairOk(Unit u, JsonNode g, boolean strict) {
    JsonNode gd = item(g, "doc");
    if (!gd.isTextual() || !gd.textValue().equals(u.doc())) {
      return false;
    }
    String type = Py.upper(Py.orEmptyText(get(u.e(), "type"), "an event type"));
    if (!Py.contains(item(g, "types"), type, "gold types")) {
      return false;
    }
    boolean symmetric = truthy(get(g, "symmetric"));
    if (!truthy(get(g, "target"))) { // no recipient in the gold: the source side alone decides
      return actorOk(u.s(), item(g, "source"), strict) || (symmetric && actorOk(u.t(), item(g, "source"), strict));
    }
    if (actorOk(u.s(), item(g, "source"), strict) && actorOk(u.t(), item(g, "target"), strict)) {
      return true;
    }
    return symmetric && actorOk(u.t(), item(g, "source"), strict) && actorOk(u.s(), item(g, "target"), strict);
  }

  /** {@code date_ok(e, g)}. */
  static boolean dateOk(JsonNode e, JsonNode g) {
    String want = Py.text(item(g, "date"), "a gold date");
    String got = str(Py.or(get(e, "date"), Py.EMPTY_STR));
    if (want.startsWith("-")) { // month (or month-day) of an unknown year: compare from the month on
      return Py.slice(got, 4, 4 + Py.cpLen(want)).equals(want);
    }
    return got.startsWith(want);
  }

  /** {@code anchored(e, g)}. */
  static boolean anchored(JsonNode e, JsonNode g) {
    String hint = Py.lower(Py.orEmptyText(get(g, "anchor"), "a gold anchor"));
    if (hint.isEmpty() || hint.equals("any")) {
      return false;
    }
    JsonNode ev = Py.or(get(e, "evidence"), JsonNodeFactory.instance.objectNode());
    return Py.lower(str(get(ev, "text", Py.EMPTY_STR))).contains(hint);
  }

  /**
   * {@code assign(core, units, strict)}: Kuhn's maximum matching, golds in order, candidates in unit order with
   * anchored ones first (a stable sort), the same augmenting recursion. Returns, per core gold, its unit or -1.
   */
  static int[] assign(List<JsonNode> core, List<Unit> units, boolean strict) {
    // pair_ok is false across documents, so only the units of the gold's own document (in order) are tried
    Map<String, List<Integer>> byDoc = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      byDoc.computeIfAbsent(units.get(i).doc(), d -> new ArrayList<>()).add(i);
    }
    int[][] cand = new int[core.size()][];
    for (int gi = 0; gi < core.size(); gi++) {
      JsonNode g = core.get(gi);
      List<Integer> first = new ArrayList<>();
      List<Integer> rest = new ArrayList<>();
      JsonNode doc = item(g, "doc");
      for (int i : doc.isTextual() ? byDoc.getOrDefault(doc.textValue(), List.of()) : List.<Integer>of()) {
        if (pairOk(units.get(i), g, strict)) {
          (anchored(units.get(i).e(), g) ? first : rest).add(i);
        }
      }
      first.addAll(rest);
      cand[gi] = first.stream().mapToInt(Integer::intValue).toArray();
    }
    int[] owner = new int[units.size()];
    Arrays.fill(owner, -1);
    for (int gi = 0; gi < core.size(); gi++) {
      augment(gi, cand, owner, new boolean[units.size()]);
    }
    int[] match = new int[core.size()];
    Arrays.fill(match, -1);
    for (int i = 0; i < owner.length; i++) {
      if (owner[i] >= 0) {
        match[owner[i]] = i;
      }
    }
    return match;
  }

  private static boolean augment(int gi, int[][] cand, int[] owner, boolean[] seen) {
    for (int i : cand[gi]) {
      if (!seen[i]) {
        seen[i] = true;
        if (owner[i] < 0 || augment(owner[i], cand, owner, seen)) {
          owner[i] = gi;
          return true;
        }
      }
    }
    return false;
  }

  /** {@code correct(e)}: some pair of e matches some gold event, core or not ({@code gold}: those of e's document). */
  static boolean correct(JsonNode e, String doc, List<JsonNode> gold) {
    for (Unit u : pairsOf(e, doc)) {
      for (JsonNode g : gold) { // callers pass the gold events of e's document: pair_ok is false for the others
        if (pairOk(u, g, false)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The {@code FP   ...} line of score.py -v. */
  static String falsePositive(JsonNode e, String doc) {
    List<JsonNode> src = new ArrayList<>();
    actors(get(e, "source")).forEach(x -> src.add(Py.or(get(x, "name"), get(x, "text"))));
    List<JsonNode> tgt = new ArrayList<>();
    actors(get(e, "target")).forEach(x -> tgt.add(Py.or(get(x, "name"), get(x, "text"))));
    JsonNode ev = Py.or(get(e, "evidence"), JsonNodeFactory.instance.objectNode());
    String text = ev.isObject() ? str(get(ev, "text", Py.EMPTY_STR)) : "";
    return "FP   " + doc + " " + str(get(e, "type")) + " " + Py.reprList(src) + " -> " + Py.reprList(tgt) + " :: "
        + Py.slice(text, 0, 90);
  }
}
