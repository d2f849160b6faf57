package org.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.EntenteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerTest {

  static Path resource(String name) {
    try {
      return Path.of(ScorerTest.class.getResource("hand/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /*
   * hand/gold.jsonl: D1 and D2, six gold events, five core (H2-02 is optional).
   *   H1-01 CONSULT  RUS<->NPL symmetric, date 2025-09
   *   H1-02 AGREE    source {HUN,ROU}, target null, symmetric
   *   H1-03 REQUEST  RUS region RU-KL name Khasikov -> NPL, date -09
   *   H2-01 COOPERATE/AID  RUS name Lavrov -> NPL, sectors education, health, defense
   *   H2-02 SUPPORT  NPL -> RUS (core: false)
   *   H2-03 ACCUSE   USA -> CHN, date 2020-05
   * hand/events.jsonl, eight events:
   *   E1 D1 CONSULT NPL -> RUS symmetric, pairs (NPL,RUS),(RUS,NPL): H1-01 (strict too: no name/region asked)
   *   E2 D1 AGREE [HUN, ROU] no target: pairs (HUN,ROU),(ROU,HUN): H1-02 on the source side alone
   *   E3 D1 REQUEST "rus"/"ru-kl" "Batu Khasikov" -> NPL, date 2025-09: H1-03, strict too (case-insensitive)
   *   E4 D2 AID RUS "Sergei Shoigu"/"Moscow" -> NPL, sectors Education, health: H2-01 lenient only (no Lavrov)
   *   E5 D2 THREATEN hypothetical, matches nothing: left out of precision
   *   E6 D2 ASSAULT CHN -> USA asserted, matches nothing (H2-03 is ACCUSE USA -> CHN): false positive
   *   E7 D3: not a gold document, ignored altogether (not in events=)
   *   E8 D2 SUPPORT negated NPL -> RUS: matches optional H2-02, so judged and right
   * recall_core: H1-01, H1-02, H1-03, H2-01 of 5 core = 4/5 = 0.800; H2-03 MISS
   * strict_recall: H2-01 fails the name, 3/5 = 0.600
   * date_ok: core golds with a date H1-01, H1-03, H2-03 = 3; H1-01 "2025-09-02" starts with "2025-09",
   *   H1-03 "2025-09"[4:7] = "-09"; H2-03 unmatched: 2/3
   * sector_recall: H2-01's 3 sectors; E4 carries {education, health} after lower-casing: 2/3
   * events: E1-E6, E8 = 7
   * precision: judged = E1 E2 E3 E4 E6 E8 = 6, right = all but E6 = 5, 5/6 = 0.8333 -> 0.833
   * f1 = 2 * (5/6) * (4/5) / (5/6 + 4/5) = (4/3) / (49/30) = 120/147 = 0.81633 -> 0.816
   */
  @Test
  void handWorkedExample() {
    Score s = Scorer.score(Scorer.readJsonl(resource("gold.jsonl")), Scorer.readJsonl(resource("events.jsonl")));

    assertThat(s.lastLine()).isEqualTo(
        "recall_core=0.800 precision=0.833 f1=0.816 strict_recall=0.600 date_ok=2/3 sector_recall=2/3 events=7");
    assertThat(s.verdicts()).containsExactly(
        "HIT  H1-01 ['CONSULT'] met with",
        "HIT  H1-02 ['AGREE'] agreed",
        "HIT  H1-03 ['REQUEST'] invited",
        "hit  H2-01 ['COOPERATE', 'AID'] aid",
        "MISS H2-03 ['ACCUSE'] accused");
    // the sentence cut at 90 characters
    assertThat(s.falsePositives()).containsExactly("FP   D2 ASSAULT ['China'] -> ['United States'] :: "
        + "Chinese troops attacked US forces near the border on Tuesday, according to officials who a");
    assertThat(s.recall()).isEqualTo(0.8);
    assertThat(s.events()).isEqualTo(7);
    // not in score.py: recall per first gold type, and precision split at confidence 0.8 (these events carry none)
    assertThat(s.recallByType()).containsExactly("ACCUSE 0.00 (0/1)", "AGREE 1.00 (1/1)", "CONSULT 1.00 (1/1)",
        "COOPERATE 1.00 (1/1)", "REQUEST 1.00 (1/1)");
    assertThat(s.precisionAt(true)).isEqualTo("-");
    assertThat(s.precisionAt(false)).isEqualTo("0.833 (5/6)");
  }

  private static List<JsonNode> lines(String... json) throws Exception {
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> out = new java.util.ArrayList<>();
    for (String j : json) {
      out.add(m.readTree(j.replace('\'', '"')));
    }
    return out;
  }

  @Test
  void anchoredCandidateIsTriedFirst() throws Exception {
    // both events match G; only the second holds the anchor, so G takes it and with it its date
    Score s = Scorer.score(
        lines("{'doc':'D','id':'G','core':true,'types':['AID'],'source':{'country':['USA']},"
            + "'target':{'country':['IRQ']},'anchor':'Sent Aid','date':'2003-04'}"),
        lines("{'doc_id':'D','type':'AID','source':[{'country':'USA'}],'target':[{'country':'IRQ'}],"
                + "'date':'1999-01','evidence':{'text':'The US helped Iraq.'}}",
            "{'doc_id':'D','type':'aid','source':[{'country':'usa'}],'target':[{'country':'IRQ'}],"
                + "'date':'2003-04-02','evidence':{'text':'The US sent aid to Iraq.'}}"));
    assertThat(s.lastLine()).isEqualTo(
        "recall_core=1.000 precision=1.000 f1=1.000 strict_recall=1.000 date_ok=1/1 sector_recall=0/0 events=2");
  }

  @Test
  void augmentingPathMovesAnEarlierGold() throws Exception {
    // G1 takes e1 first; G2 can only have e1, so the augmenting path moves G1 to e2, whose date agrees.
    // A greedy matching would give recall 1/2 and date_ok 0/1.
    Score s = Scorer.score(
        lines("{'doc':'D','id':'G1','core':true,'types':['AID','COOPERATE'],'source':{'country':['USA']},"
                + "'target':{'country':['IRQ']},'anchor':'any','date':'2003'}",
            "{'doc':'D','id':'G2','core':true,'types':['AID'],'source':{'country':['USA']},"
                + "'target':{'country':['IRQ']}}"),
        lines("{'doc_id':'D','type':'AID','source':[{'country':'USA'}],'target':[{'country':'IRQ'}],'date':'1999'}",
            "{'doc_id':'D','type':'COOPERATE','source':[{'country':'USA'}],'target':[{'country':'IRQ'}],"
                + "'date':'2003-05'}"));
    assertThat(s.lastLine()).isEqualTo(
        "recall_core=1.000 precision=1.000 f1=1.000 strict_recall=1.000 date_ok=1/1 sector_recall=0/0 events=2");
    assertThat(s.verdicts()).containsExactly("HIT  G1 ['AID', 'COOPERATE'] any", "HIT  G2 ['AID'] ");
  }

  @Test
  void pairsOfAnEvent() throws Exception {
    List<JsonNode> e = lines(
        "{'source':[{'country':'A'},{'country':'B'}],'target':[{'country':'C'}],'symmetric':true}",
        "{'source':[{'country':'A'},{'country':'B'},{'country':'C'}],'target':[]}",
        "{'source':[],'target':[{'country':'C'}]}",
        "{'source':{'country':'A'}}");
    java.util.function.Function<JsonNode, List<String>> pairs = ev -> Scorer.pairsOf(ev, "D").stream()
        .map(u -> u.s().path("country").asText("{}") + ">" + (u.t() == null ? "None" : u.t().path("country").asText()))
        .toList();
    assertThat(pairs.apply(e.get(0))).containsExactly("A>C", "B>C", "C>A", "C>B");
    assertThat(pairs.apply(e.get(1))).containsExactly("A>B", "A>C", "B>A", "B>C", "C>A", "C>B");
    assertThat(pairs.apply(e.get(2))).containsExactly("{}>C"); // the placeholder source
    assertThat(pairs.apply(e.get(3))).containsExactly("A>None");
  }

  @Test
  void pythonFormattingAndValues() {
    // f"{x:.3f}" rounds the exact binary value half to even
    assertThat(Score.f3(0.0625)).isEqualTo("0.062");
    assertThat(Score.f3(0.1875)).isEqualTo("0.188");
    assertThat(Score.f3(2.0 / 3)).isEqualTo("0.667");
    assertThat(Score.f3(0.0)).isEqualTo("0.000");
    assertThat(Score.f3(1.0)).isEqualTo("1.000");
    assertThat(Py.reprFloat(1e16)).isEqualTo("1e+16");
    assertThat(Py.reprFloat(1e15)).isEqualTo("1000000000000000.0");
    assertThat(Py.reprFloat(0.0001)).isEqualTo("0.0001");
    assertThat(Py.reprFloat(0.00001)).isEqualTo("1e-05");
    assertThat(Py.reprFloat(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(Py.reprFloat(-2.5)).isEqualTo("-2.5");
    assertThat(Py.reprStr("O'Brien")).isEqualTo("\"O'Brien\"");
    assertThat(Py.reprStr("a'b\"c\\")).isEqualTo("'a\\'b\"c\\\\'");
    assertThat(Py.reprStr("Хасиков\t\u200b")).isEqualTo("'Хасиков\\t\\u200b'");
    assertThat(Py.slice("2025", 4, 7)).isEmpty();
    assertThat(Py.strip("\u00a0 {} \u3000")).isEqualTo("{}");
  }

  @Test
  void dateRuleSlicesLikePython() throws Exception {
    ObjectMapper m = new ObjectMapper();
    JsonNode g = m.readTree("{\"date\":\"-09\"}");
    assertThat(Scorer.dateOk(m.readTree("{\"date\":\"XXXX-09\"}"), g)).isTrue();
    assertThat(Scorer.dateOk(m.readTree("{\"date\":\"2025-09-30\"}"), g)).isTrue();
    assertThat(Scorer.dateOk(m.readTree("{\"date\":\"2025-1\"}"), g)).isFalse();
    assertThat(Scorer.dateOk(m.readTree("{\"date\":null}"), g)).isFalse();
    assertThat(Scorer.dateOk(m.readTree("{\"date\":\"1956\"}"), m.readTree("{\"date\":\"1956-07-05\"}"))).isFalse();
    assertThat(Scorer.dateOk(m.readTree("{\"date\":\"1956-07-05\"}"), m.readTree("{\"date\":\"1956\"}"))).isTrue();
  }

  @Test
  void notJsonNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("bad.jsonl");
    Files.writeString(p, "{\"doc\":\"a\"}\n\n{\"doc\": oops}\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Scorer.readJsonl(p))
        .isInstanceOfSatisfying(EntenteException.class,
            e -> assertThat(e.kind()).isEqualTo(EntenteException.Kind.USAGE))
        .hasMessageStartingWith(p + ":3: not JSON: ");
    assertThatThrownBy(() -> Scorer.readJsonl(dir.resolve("absent.jsonl")))
        .isInstanceOf(EntenteException.class);
  }

  @Test
  void emptyInputsScoreZero() {
    Score s = Scorer.score(List.of(), List.of());
    assertThat(s.lastLine()).isEqualTo(
        "recall_core=0.000 precision=0.000 f1=0.000 strict_recall=0.000 date_ok=0/0 sector_recall=0/0 events=0");
  }
}
