package org.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.entente.EntenteException;
import org.entente.testing.External;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The port against the reference: {@code python3 shared/eval/score.py} must print what {@link Scorer} does. */
class ScorerMatchesReferenceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private Path scorePy;

  @BeforeEach
  void needPython() {
    External.require(External.onPath("python3"), "python3 is not on the PATH");
    scorePy = External.shared("eval/score.py");
  }

  /** What one run of score.py gave. */
  record Run(int rc, String out, String err) {
    /** The printed lines (each print ends in a newline). */
    List<String> lines() {
      List<String> all = Arrays.asList(out.split("\n", -1));
      return all.subList(0, all.size() - 1);
    }
  }

  private Run python(Path gold, Path events, boolean verbose) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("python3", scorePy.toString(), gold.toString(), events.toString()));
    if (verbose) {
      cmd.add("-v");
    }
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile());
    pb.environment().put("PYTHONIOENCODING", "utf-8");
    Process p = pb.start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("score.py finished").isTrue();
    return new Run(p.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Both scorers on the same files: last line, then every -v line. */
  private Score assertSame(Path gold, Path events) throws Exception {
    Score java = Scorer.score(Scorer.readJsonl(gold), Scorer.readJsonl(events));
    Run plain = python(gold, events, false);
    assertThat(plain.rc()).as("score.py failed: %s", plain.err()).isZero();
    assertThat(plain.lines()).as("score.py output").hasSize(1);
    assertThat(java.lastLine()).isEqualTo(plain.lines().get(0));
    Run verbose = python(gold, events, true);
    assertThat(verbose.rc()).as("score.py -v failed: %s", verbose.err()).isZero();
    List<String> py = verbose.lines();
    assertThat(java.verboseLines()).containsExactlyElementsOf(py);
    assertThat(java.verdicts()).containsExactlyElementsOf(py.subList(0, java.verdicts().size()));
    assertThat(java.falsePositives())
        .containsExactlyElementsOf(py.subList(java.verdicts().size(), py.size() - 1));
    assertThat(String.join("\n", java.verboseLines()) + "\n").isEqualTo(verbose.out());
    return java;
  }

  @Test
  void handWorkedFiles() throws Exception {
    Score s = assertSame(ScorerTest.resource("gold.jsonl"), ScorerTest.resource("events.jsonl"));
    assertThat(s.falsePositives()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 20250917})
  void randomOutputsOnTheSharedGold(long seed) throws Exception {
    Path seedsGold = External.shared("gold/seeds/events.gold.jsonl");
    Path ploverGold = External.shared("gold/plover-gsr/events.gold.jsonl");
    List<JsonNode> gold = new ArrayList<>(Scorer.readJsonl(seedsGold));
    gold.addAll(Scorer.readJsonl(ploverGold));
    Path both = dir.resolve("both.gold.jsonl");
    write(both, gold);
    Path events = dir.resolve("events-" + seed + ".jsonl");
    write(events, new Generator(gold, new Random(seed), seed % 2 == 0).events(300));

    Score onSeeds = assertSame(seedsGold, events);
    Score onPlover = assertSame(ploverGold, events);
    Score onBoth = assertSame(both, events);
    // the generator must exercise every rule, not only agree on zeros
    assertThat(onSeeds.recall()).isPositive();
    assertThat(onPlover.recall()).isPositive();
    assertThat(onBoth.strictRecall()).isLessThan(onBoth.recall());
    assertThat(onBoth.precision()).isBetween(0.05, 0.95);
    assertThat(onBoth.datesTotal()).isPositive();
    assertThat(onBoth.sectorsOk()).isPositive();
    assertThat(onBoth.falsePositives()).isNotEmpty();
    assertThat(onBoth.events()).isLessThan(300);
  }

  @Test
  void sameFailureOnALineThatIsNotJson() throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"doc\":\"D\",\"core\":true,\"types\":[\"AID\"],\"source\":{}}\n\n{\"doc\": oops}\n");
    Path events = dir.resolve("events.jsonl");
    Files.writeString(events, "");
    Run py = python(gold, events, false);
    assertThat(py.rc()).isNotZero();
    assertThat(py.err()).startsWith(gold + ":3: not JSON: ");
    assertThatThrownBy(() -> Scorer.readJsonl(gold)).hasMessageStartingWith(gold + ":3: not JSON: ");
  }

  @Test
  void sameRefusalOfInputScorePyCannotScore() throws Exception {
    String gold = "{\"doc\":\"D\",\"id\":\"D-1\",\"core\":true,\"types\":[\"AID\"],\"source\":{\"country\":[\"USA\"]},"
        + "\"target\":null}";
    List<String> badEvents = List.of(
        "{\"doc_id\":\"D\",\"type\":7,\"source\":[]}",
        "{\"doc_id\":\"D\",\"type\":\"AID\",\"source\":[{\"country\":[\"USA\"]}]}",
        "{\"doc_id\":\"D\",\"type\":\"AID\",\"source\":5}",
        "[1, 2]");
    Path g = dir.resolve("gold1.jsonl");
    Files.writeString(g, gold + "\n");
    for (String bad : badEvents) {
      Path e = dir.resolve("bad.jsonl");
      Files.writeString(e, bad + "\n");
      assertThat(python(g, e, false).rc()).as("score.py on %s", bad).isNotZero();
      assertThatThrownBy(() -> Scorer.score(Scorer.readJsonl(g), Scorer.readJsonl(e)))
          .as("Scorer on %s", bad)
          .isInstanceOfSatisfying(EntenteException.class,
              x -> assertThat(x.kind()).isEqualTo(EntenteException.Kind.USAGE));
    }
  }

  private static void write(Path p, List<? extends JsonNode> nodes) throws IOException {
    StringBuilder b = new StringBuilder();
    for (JsonNode n : nodes) {
      b.append(JSON.writeValueAsString(n)).append('\n');
    }
    Files.writeString(p, b.toString(), StandardCharsets.UTF_8);
  }

  /**
   * Random output events shaped like the contract's records, over the gold's documents: types, countries,
   * names, regions, anchors drawn from the gold plus noise; symmetric events, missing targets, several sources,
   * dates in every form the date rule distinguishes, sectors in either case, all modalities. With {@code odd},
   * also values the contract never writes but JSON allows (numbers as names, a single actor object, sectors as
   * a string, a float date, upper-case modality) to pin down the Python semantics.
   */
  static final class Generator {
    private final Random rnd;
    private final boolean odd;
    private final List<String> seedDocs = new ArrayList<>();
    private final List<String> ploverDocs = new ArrayList<>();
    private final Map<String, List<JsonNode>> byDoc = new LinkedHashMap<>();
    private final List<String> types = new ArrayList<>();
    private final List<String> countries = new ArrayList<>();
    private final List<String> names = new ArrayList<>(
        List.of("Sergei Shoigu", "O'Brien", "Хасиков", "the \"Elders\"", "Ministry", ""));

    Generator(List<JsonNode> gold, Random rnd, boolean odd) {
      this.rnd = rnd;
      this.odd = odd;
      Set<String> ts = new LinkedHashSet<>(List.of("THREATEN", "PROTEST", "RETREAT"));
      Set<String> cs = new LinkedHashSet<>(List.of("FRA", "DEU", "XXX"));
      Set<String> ns = new LinkedHashSet<>();
      for (JsonNode g : gold) {
        String doc = g.get("doc").asText();
        if (!byDoc.containsKey(doc)) {
          (doc.startsWith("PLOVER") ? ploverDocs : seedDocs).add(doc);
        }
        byDoc.computeIfAbsent(doc, d -> new ArrayList<>()).add(g);
        g.get("types").forEach(t -> ts.add(t.asText()));
        for (String side : List.of("source", "target")) {
          JsonNode a = g.get(side);
          if (a != null && a.isObject()) {
            a.path("country").forEach(c -> cs.add(c.asText()));
            if (a.hasNonNull("name")) {
              ns.add(a.get("name").asText());
            }
          }
        }
      }
      types.addAll(ts);
      countries.addAll(cs);
      names.addAll(ns);
      // crowd the events on fewer PLOVER documents so that several events compete for one gold event
      Collections.shuffle(ploverDocs, rnd);
      ploverDocs.subList(70, ploverDocs.size()).clear();
    }

    List<ObjectNode> events(int n) {
      List<ObjectNode> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(event(i));
      }
      return out;
    }

    private <T> T pick(List<T> xs) {
      return xs.get(rnd.nextInt(xs.size()));
    }

    private boolean chance(double p) {
      return rnd.nextDouble() < p;
    }

    private ObjectNode event(int i) {
      double r = rnd.nextDouble();
      String doc = r < 0.35 ? pick(seedDocs) : r < 0.9 ? pick(ploverDocs) : "NOISE-" + rnd.nextInt(5);
      List<JsonNode> golds = byDoc.getOrDefault(doc, byDoc.get(seedDocs.get(0)));
      JsonNode g = pick(golds);
      ObjectNode e = JSON.createObjectNode();
      e.put("event_id", "ev-" + i);
      e.put(odd && chance(0.1) ? "doc" : "doc_id", doc);
      String type = chance(0.7) ? pick(List.copyOf(toList(g.get("types")))) : pick(types);
      if (chance(0.1)) {
        type = type.toLowerCase();
      }
      if (chance(0.03)) {
        e.putNull("type");
      } else {
        e.put("type", type);
      }
      e.put("mode", (String) null);
      e.put("cameo", "042");
      int nSrc = weighted(0.1, 0.6, 0.2, 0.1);
      int nTgt = weighted(0.35, 0.5, 0.15);
      if (odd && nSrc == 1 && chance(0.2)) {
        e.set("source", actor(g, "source"));
      } else {
        ArrayNode src = e.putArray("source");
        for (int k = 0; k < nSrc; k++) {
          src.add(actor(g, chance(0.8) ? "source" : "target"));
        }
      }
      if (chance(0.05)) {
        e.putNull("target");
      } else {
        ArrayNode tgt = e.putArray("target");
        for (int k = 0; k < nTgt; k++) {
          tgt.add(actor(g, chance(0.8) ? "target" : "source"));
        }
      }
      if (odd && chance(0.1)) {
        e.put("symmetric", pick(List.of("yes", "")));
      } else {
        e.put("symmetric", chance(0.3));
      }
      String date = pick(Arrays.asList(null, "", "2025-09", "2025-09-14", "XXXX-09", "1956-07-05", "1956", "09",
          "2025", "2020-05-03", "-09"));
      if (odd && chance(0.1)) {
        e.put("date", 2025.09);
      } else {
        e.put("date", date);
      }
      if (odd && chance(0.05)) {
        e.put("sectors", "education");
      } else {
        ArrayNode sectors = e.putArray("sectors");
        List<String> all = List.of("education", "Education", "health", "religion", "RELIGION", "research",
            "defense", "aviation", "culture", "tourism", "agriculture");
        for (int k = weighted(0.15, 0.25, 0.25, 0.2, 0.15); k > 0; k--) {
          sectors.add(pick(all));
        }
      }
      double m = rnd.nextDouble();
      if (m < 0.6) {
        e.put("modality", "asserted");
      } else if (m < 0.72) {
        e.put("modality", "negated");
      } else if (m < 0.85) {
        e.put("modality", "hypothetical");
      } else if (m < 0.92) {
        e.putNull("modality");
      } else if (odd) {
        e.put("modality", "ASSERTED");
      }
      e.put("confidence", 0.5);
      if (chance(0.04)) {
        e.putNull("evidence");
      } else {
        ObjectNode ev = e.putObject("evidence");
        ev.put("sentence", rnd.nextInt(5));
        if (chance(0.04)) {
          ev.putNull("text");
        } else if (!chance(0.03)) {
          ev.put("text", sentence(g, golds));
        }
      }
      return e;
    }

    /** Often with the anchor of the gold the event was drawn from, so that anchored candidates come first. */
    private String sentence(JsonNode g, List<JsonNode> golds) {
      String filler = pick(List.of("Officials said on Tuesday that", "Хасиков says", "O'Neil's office noted",
          "In a statement, the \"ministry\" confirmed that", ""));
      if (chance(0.6)) {
        String anchor = (chance(0.7) ? g : pick(golds)).path("anchor").asText("");
        if (chance(0.2)) {
          anchor = anchor.toUpperCase();
        }
        return filler + " the delegation " + anchor + " after long talks lasting well into the night, sources close"
            + " to the negotiations said.";
      }
      return filler + " nothing much happened " + rnd.nextInt(1000) + ".";
    }

    private ObjectNode actor(JsonNode g, String side) {
      JsonNode gs = g.get(side);
      if (gs == null || !gs.isObject()) {
        gs = g.get("source");
      }
      ObjectNode a = JSON.createObjectNode();
      String name = chance(0.4) && gs.hasNonNull("name") ? gs.get("name").asText() : pick(names);
      if (chance(0.3)) {
        name = (chance(0.5) ? "Mr " : "") + name + (chance(0.5) ? " Jr" : "");
      }
      String text = chance(0.5) ? name : pick(names);
      a.put("text", text);
      a.put("start", 0);
      a.put("end", text.length());
      if (odd && chance(0.08)) {
        a.put("name", pick(List.of(7, 0)));
      } else if (odd && chance(0.05)) {
        a.putArray("name").add("Oli").add(1.5).addNull().add(true);
      } else if (chance(0.05)) {
        a.putNull("name");
      } else {
        a.put("name", name);
      }
      a.put("kind", "PERSON");
      double c = rnd.nextDouble();
      List<String> own = toList(gs.path("country"));
      String country = c < 0.6 && !own.isEmpty() ? pick(own) : c < 0.9 ? pick(countries) : null;
      if (country != null && chance(0.1)) {
        country = country.toLowerCase();
      }
      a.put("country", country);
      double rg = rnd.nextDouble();
      a.put("region", rg < 0.3 ? "RU-KL" : rg < 0.4 ? "ru-kl" : rg < 0.45 ? "RU-MOW" : rg < 0.5 ? "" : null);
      a.put("sector", (String) null);
      a.put("role", (String) null);
      a.put("code", country == null ? null : country.toUpperCase());
      return a;
    }

    private int weighted(double... ps) {
      double r = rnd.nextDouble();
      for (int k = 0; k < ps.length; k++) {
        r -= ps[k];
        if (r < 0) {
          return k;
        }
      }
      return ps.length - 1;
    }

    private static List<String> toList(JsonNode arr) {
      List<String> out = new ArrayList<>();
      arr.forEach(x -> out.add(x.asText()));
      return out;
    }
  }
}
