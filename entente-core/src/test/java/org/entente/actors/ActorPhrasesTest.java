package org.entente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.entente.nlp.AnnotatedText;
import org.entente.testing.TestCoder;
import org.junit.jupiter.api.Test;

/**
 * A regression guard over {@code actor-phrases.tsv}: actor phrases written for this test (none from the sample
 * articles), one per rule the resolver is meant to handle. Every row is checked; mismatches are collected and
 * printed, grouped by rule, and the test fails only when the pass rate drops below {@link #MIN_PASS_PERCENT}.
 *
 * <p>Columns: sentence, mention words, kind, country, region, sector, role, name, rule. "-" means: do not check;
 * "null" means: must be null.
 * A literal {@code \n} in the sentence separates two sentences of one document; the mention is searched from the
 * last sentence back, so a coreference row checks the later mention. {@code -DactorPhrases.verbose=true} also
 * prints what each passing row matched.
 */
class ActorPhrasesTest {

  /** The pass rate measured when this suite was written, rounded down: raise it as the resolver improves. */
  static final int MIN_PASS_PERCENT = 99;

  private static final String RESOURCE = "actor-phrases.tsv";

  private final ActorResolver resolver = new ActorResolver(Gazetteer.load());

  record Row(int line, String sentence, String words, String kind, String country, String region, String sector,
      String role, String name, String rule) {}

  @Test
  void actorPhrasesResolveAsExpected() throws IOException {
    List<Row> rows = rows();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(160);
    Map<String, List<String>> failuresByRule = new TreeMap<>();
    Map<String, int[]> countsByRule = new TreeMap<>();
    int passed = 0;
    for (Row r : rows) {
      String failure = check(r);
      int[] c = countsByRule.computeIfAbsent(r.rule(), k -> new int[2]);
      c[1]++;
      if (failure == null) {
        passed++;
        c[0]++;
      } else {
        failuresByRule.computeIfAbsent(r.rule(), k -> new ArrayList<>()).add(failure);
      }
    }
    StringBuilder report = new StringBuilder();
    report.append("actor phrases: ").append(passed).append('/').append(rows.size()).append(" passed\n");
    countsByRule.forEach((rule, c) -> report.append(String.format("  %-20s %3d/%3d%n", rule, c[0], c[1])));
    failuresByRule.forEach((rule, fs) -> {
      report.append("== ").append(rule).append(" (").append(fs.size()).append(" failed)\n");
      fs.forEach(f -> report.append(f).append('\n'));
    });
    System.out.print(report);
    double percent = 100.0 * passed / rows.size();
    assertThat(percent)
        .as("actor phrases pass rate (%d/%d); failures:%n%s", passed, rows.size(), report)
        .isGreaterThanOrEqualTo(MIN_PASS_PERCENT);
  }

  /** Null when the row passes, else one line saying what differs. */
  private String check(Row r) {
    String text = r.sentence().replace("\\n", "\n");
    AnnotatedText at = TestCoder.nlp().annotate(text, null);
    DocumentActors da = resolver.resolve(at);
    boolean city = "CITY".equals(r.kind());
    Mention m = null;
    boolean partial = false;
    for (int si = da.bySentence().size() - 1; si >= 0 && m == null; si--) {
      List<Mention> actors = da.in(si).stream().filter(x -> x.form() != Mention.Form.MODIFIER).toList();
      List<Mention> places = da.placesIn(si);
      m = city ? find(places, r.words()) : find(actors, r.words());
      if (m == null) {
        m = city ? find(actors, r.words()) : find(places, r.words());
      }
    }
    if (m == null) {
      // no mention covers the words: report one that covers part of them, if any, as a wrong span
      for (List<Mention> l : concat(da.bySentence(), da.places())) {
        for (Mention x : l) {
          if (x.form() != Mention.Form.MODIFIER && containsWords(r.words(), x.actor().text())) {
            m = x;
            partial = true;
          }
        }
      }
    }
    String where = String.format("  [line %d] %s | '%s'", r.line(), r.sentence(), r.words());
    if (m == null) {
      return where + " -> no mention; got " + describeAll(da);
    }
    Actor a = m.actor();
    List<String> diffs = new ArrayList<>();
    if (partial) {
      diffs.add("span: got '" + a.text() + "'");
    }
    compare(diffs, "kind", r.kind(), a.kind().name());
    compare(diffs, "country", r.country(), a.country());
    compare(diffs, "region", r.region(), a.region());
    compare(diffs, "sector", r.sector(), a.sector());
    compare(diffs, "role", r.role(), a.role());
    compare(diffs, "name", r.name(), a.name());
    if (diffs.isEmpty()) {
      if (Boolean.getBoolean("actorPhrases.verbose")) {
        System.out.println("  ok " + where + " -> " + describe(m));
      }
      return null;
    }
    return where + " -> " + String.join("; ", diffs) + "   (got " + describe(m) + ")";
  }

  private static void compare(List<String> diffs, String field, String expected, String got) {
    if (!"-".equals(expected) && !Objects.equals("null".equals(expected) ? null : expected, got)) {
      diffs.add(field + ": expected " + expected + " got " + got);
    }
  }

  /** The mention whose words equal the expected ones, else the shortest that contains them as whole words. */
  private static Mention find(List<Mention> ms, String words) {
    for (Mention m : ms) {
      if (m.actor().text().equals(words)) {
        return m;
      }
    }
    return ms.stream().filter(m -> containsWords(m.actor().text(), words))
        .min(Comparator.comparingInt(m -> m.actor().text().length())).orElse(null);
  }

  private static boolean containsWords(String hay, String needle) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(needle) + "(?![\\p{L}\\p{N}])").matcher(hay).find();
  }

  private static List<List<Mention>> concat(List<List<Mention>> a, List<List<Mention>> b) {
    List<List<Mention>> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static String describe(Mention m) {
    Actor a = m.actor();
    return String.format("'%s' %s %s name=%s country=%s region=%s sector=%s role=%s", a.text(), m.form(),
        a.kind(), a.name(), a.country(), a.region(), a.sector(), a.role());
  }

  private static String describeAll(DocumentActors da) {
    List<String> out = new ArrayList<>();
    concat(da.bySentence(), da.places()).forEach(l -> l.forEach(m -> out.add(describe(m))));
    return out.isEmpty() ? "nothing" : String.join(" | ", out);
  }

  private static List<Row> rows() {
    List<Row> out = new ArrayList<>();
    for (org.entente.Tsv.Row r : org.entente.Tsv.read(ActorPhrasesTest.class, RESOURCE, true)) {
      List<String> c = r.cells();
      assertThat(c).as("line %d", r.line()).hasSize(9);
      out.add(new Row(r.line(), c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(7),
          c.get(8)));
    }
    return out;
  }
}
