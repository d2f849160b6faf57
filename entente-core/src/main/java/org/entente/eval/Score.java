package org.entente.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What {@code shared/eval/score.py} computes for one gold file and one event output.
 *
 * @param recall         recall_core: lenient one-to-one matches over core gold events (0 when there is none)
 * @param precision      right over judged output events (0 when none is judged)
 * @param f1             harmonic mean of the two (0 when both are 0)
 * @param strictRecall   strict_recall: the same matching under the strict actor rule
 * @param datesOk        core gold events with a date matched by an event whose date agrees
 * @param datesTotal     core gold events with a date
 * @param sectorsOk      gold sectors of core events carried by the matched event
 * @param sectorsTotal   gold sectors of core events
 * @param events         output events of documents in the gold file (the others are not scored)
 * @param verdicts       per core gold event, the line {@code score.py -v} prints: {@code "HIT  id ['T'] anchor"}
 *                       (strict), {@code "hit  ..."} (lenient only) or {@code "MISS ..."}
 * @param falsePositives per judged event that matches nothing, the {@code "FP   doc TYPE [src] -> [tgt] :: text"}
 *                       line of {@code score.py -v}
 * @param byType         per PLOVER type (a core gold event's first type), {hits, core gold events}: per-type
 *                       recall under the lenient matching; not in score.py
 * @param confident      {right, judged} among judged events with {@code confidence} >= {@link #CONFIDENT}, then
 *                       {right, judged} among the others; not in score.py
 */
public record Score(
    double recall, double precision, double f1, double strictRecall, int datesOk, int datesTotal,
    int sectorsOk, int sectorsTotal, int events, List<String> verdicts, List<String> falsePositives,
    java.util.SortedMap<String, int[]> byType, int[] confident) {

  /** The confidence from which an event counts as high-confidence in {@link #confident}. */
  public static final double CONFIDENT = 0.8;

  public Score {
    verdicts = List.copyOf(verdicts);
    falsePositives = List.copyOf(falsePositives);
    java.util.TreeMap<String, int[]> copy = new java.util.TreeMap<>();
    byType.forEach((k, v) -> copy.put(k, v.clone()));
    byType = java.util.Collections.unmodifiableSortedMap(copy);
    if (confident.length != 4 || confident[0] > confident[1] || confident[2] > confident[3]) {
      throw new IllegalArgumentException("confident wants {right, judged} above and below the threshold");
    }
    confident = confident.clone();
  }

  /** Precision above ({@code high}) or below the confidence threshold, as {@code "0.683 (71/104)"}, "-" for none. */
  public String precisionAt(boolean high) {
    int r = confident[high ? 0 : 2];
    int n = confident[high ? 1 : 3];
    return n == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.3f (%d/%d)", (double) r / n, r, n);
  }

  /** Per-type recall, e.g. {@code "AGREE 0.45 (18/40)"}, types in alphabetical order. */
  public List<String> recallByType() {
    List<String> out = new java.util.ArrayList<>();
    byType.forEach((t, n) -> out.add(String.format(java.util.Locale.ROOT, "%s %.2f (%d/%d)", t,
        n[1] == 0 ? 0.0 : (double) n[0] / n[1], n[0], n[1])));
    return out;
  }

  /** score.py's last line, byte for byte. */
  public String lastLine() {
    return "recall_core=" + f3(recall) + " precision=" + f3(precision) + " f1=" + f3(f1) + " strict_recall="
        + f3(strictRecall) + " date_ok=" + datesOk + "/" + datesTotal + " sector_recall=" + sectorsOk + "/"
        + sectorsTotal + " events=" + events;
  }

  /** Everything {@code score.py -v} prints, one line each: verdicts, false positives, the last line. */
  List<String> verboseLines() {
    java.util.ArrayList<String> out = new java.util.ArrayList<>(verdicts);
    out.addAll(falsePositives);
    out.add(lastLine());
    return out;
  }

  /** Python's {@code f"{x:.3f}"}: the exact binary value rounded half-to-even (String.format rounds half-up). */
  static String f3(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return Double.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
    }
    String s = new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    return (x < 0 || (x == 0 && 1 / x < 0)) && !s.startsWith("-") ? "-" + s : s;
  }
}
