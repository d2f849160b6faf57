package org.entente.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.Lazy;
import org.entente.Tsv;
import org.entente.nlp.Sentence;
import org.entente.nlp.Token;

/** Sector keywords ({@code sectors.tsv}): words that say what an event is about. Immutable, thread-safe. */
final class SectorLexicon {

  private static final Lazy<SectorLexicon> INSTANCE = Lazy.of(SectorLexicon::read);
  private final Map<String, String> single;
  private final Map<String, String> pairs;

  private SectorLexicon(Map<String, String> single, Map<String, String> pairs) {
    this.single = Map.copyOf(single);
    this.pairs = Map.copyOf(pairs);
  }

  static SectorLexicon load() {
    return INSTANCE.get();
  }

  /** Sectors named by the tokens of {@code s} outside {@code skip} (actor words say who, not what about). */
  Set<String> sectors(Sentence s, boolean[] skip) {
    Set<String> out = new TreeSet<>();
    var toks = s.tokens();
    for (int i = 0; i < toks.size(); i++) {
      if (skip != null && skip[i]) {
        continue;
      }
      Token t = toks.get(i);
      if (i + 1 < toks.size()) {
        String two = t.lower() + " " + toks.get(i + 1).lower();
        String p = pairs.get(two);
        if (p != null) {
          out.add(p);
        }
      }
      String sec = single.get(t.lower());
      if (sec == null) {
        sec = single.get(t.lemma().toLowerCase(Locale.ROOT));
      }
      if (sec != null) {
        out.add(sec);
      }
    }
    return out;
  }

  private static SectorLexicon read() {
    Map<String, String> single = new HashMap<>();
    Map<String, String> pairs = new HashMap<>();
    for (Tsv.Row r : Tsv.read(SectorLexicon.class, "sectors.tsv", false)) {
      for (String w : r.get(1).split("\\|")) {
        (w.contains(" ") ? pairs : single).put(w.toLowerCase(Locale.ROOT), r.get(0));
      }
    }
    return new SectorLexicon(single, pairs);
  }
}
