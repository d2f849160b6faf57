package org.entente.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.EntenteException;
import org.entente.nlp.Sentence;
import org.entente.nlp.Token;

/** Sector keywords ({@code sectors.tsv}): words that say what an event is about. Immutable, thread-safe. */
final class SectorLexicon {

  private static volatile SectorLexicon instance;
  private final Map<String, String> single;
  private final Map<String, String> pairs;

  private SectorLexicon(Map<String, String> single, Map<String, String> pairs) {
    this.single = Map.copyOf(single);
    this.pairs = Map.copyOf(pairs);
  }

  static SectorLexicon load() {
    SectorLexicon l = instance;
    if (l == null) {
      synchronized (SectorLexicon.class) {
        if (instance == null) {
          instance = read();
        }
        l = instance;
      }
    }
    return l;
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
    try (InputStream in = SectorLexicon.class.getResourceAsStream("sectors.tsv")) {
      if (in == null) {
        throw new EntenteException(EntenteException.Kind.CONFIG, "missing resource org/entente/events/sectors.tsv");
      }
      Map<String, String> single = new HashMap<>();
      Map<String, String> pairs = new HashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        for (String w : f[1].split("\\|")) {
          (w.contains(" ") ? pairs : single).put(w.toLowerCase(Locale.ROOT), f[0]);
        }
      }
      return new SectorLexicon(single, pairs);
    } catch (IOException e) {
      throw new EntenteException(EntenteException.Kind.CONFIG, "cannot read sectors.tsv: " + e, e);
    }
  }
}
