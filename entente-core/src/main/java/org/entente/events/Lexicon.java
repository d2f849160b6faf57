package org.entente.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.EntenteException;
import org.entente.Lazy;
import org.entente.Tsv;
import org.entente.nlp.Token;

/**
 * The trigger lexicon: a data file ({@code lexicon.tsv}) of patterns, each with its CAMEO code and where its
 * recipient is found. Immutable and thread-safe; {@link #load()} reads it once per process and validates every
 * entry, so a broken entry fails at start-up with its line number.
 */
public final class Lexicon {

  /** One word slot of a pattern: a part of speech and the lemmas it accepts. */
  record Elem(char pos, Set<String> lemmas) {
    boolean matches(Token t) {
      boolean posOk = switch (pos) {
        case 'V' -> t.isVerb();
        case 'N' -> t.isNoun();
        case 'A' -> t.pos().startsWith("JJ");
        default -> true;
      };
      if (!posOk) {
        return false;
      }
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (lemmas.contains(lemma) || lemmas.contains(t.lower())) {
        return true;
      }
      // the lemmatiser leaves some plurals alone ("troops"): try the plain singular of a plural noun
      return t.pos().equals("NNS") && lemma.endsWith("s") && lemmas.contains(lemma.substring(0, lemma.length() - 1));
    }
  }

  /** One lexicon entry. */
  public record Entry(int line, String pattern, Elem head, Elem dep, String cameo, String type, String mode,
      List<String> targets, boolean symmetric, boolean noTarget, boolean place, boolean direct,
      boolean domestic, double reliability, String example) {}

  private static final Lazy<Lexicon> INSTANCE = Lazy.of(Lexicon::read);
  private final List<Entry> entries;

  private Lexicon(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The bundled lexicon, loaded once. */
  public static Lexicon load() {
    return INSTANCE.get();
  }

  public List<Entry> entries() {
    return entries;
  }

  private static Lexicon read() {
    CameoTable cameo = CameoTable.load();
    List<Entry> out = new ArrayList<>();
    for (Tsv.Row r : Tsv.read(Lexicon.class, "lexicon.tsv", false)) {
      out.add(parse(r.line(), String.join("\t", r.cells()), cameo));
    }
    return new Lexicon(out);
  }

  private static Entry parse(int n, String line, CameoTable cameo) {
    String[] f = line.split("\t", -1);
    if (f.length != 5) {
      throw bad(n, "expected 5 tab-separated fields, got " + f.length);
    }
    String[] parts = f[0].split(">");
    Elem head = elem(n, parts[0]);
    Elem dep = parts.length > 1 ? elem(n, parts[1]) : null;
    String code = f[1].trim();
    if (!code.matches("\\d{2,4}")) {
      throw bad(n, "CAMEO code must be 2-4 digits: " + code);
    }
    CameoTable.Row row = cameo.row(code);
    if ("NONE".equals(row.type())) {
      throw bad(n, "CAMEO " + code + " is a public statement, not an event");
    }
    List<String> targets = f[2].trim().equals("-") ? List.of() : Arrays.asList(f[2].trim().split(","));
    boolean sym = false;
    boolean noTarget = false;
    boolean place = false;
    boolean direct = false;
    boolean domestic = false;
    double rel = 0.85;
    if (!f[3].trim().equals("-")) {
      for (String flag : f[3].trim().split(",")) {
        if (flag.equals("sym")) {
          sym = true;
        } else if (flag.equals("notarget")) {
          noTarget = true;
        } else if (flag.equals("place")) {
          place = true;
        } else if (flag.equals("direct")) {
          direct = true;
        } else if (flag.equals("domestic")) {
          domestic = true;
        } else if (flag.startsWith("rel=")) {
          rel = Double.parseDouble(flag.substring(4));
        } else {
          throw bad(n, "unknown flag " + flag);
        }
      }
    }
    return new Entry(n, f[0], head, dep, code, row.type(), row.mode(), targets, sym, noTarget, place, direct,
        domestic, rel, f[4].trim());
  }

  private static Elem elem(int n, String s) {
    if (s.length() < 3 || s.charAt(1) != ':' || "VNAXM".indexOf(s.charAt(0)) < 0) {
      throw bad(n, "bad pattern element '" + s + "' (want V:lemma|lemma, N:..., A:..., X:..., M:...)");
    }
    return new Elem(s.charAt(0), new LinkedHashSet<>(Arrays.asList(s.substring(2).toLowerCase(Locale.ROOT).split("\\|"))));
  }

  private static EntenteException bad(int n, String why) {
    return new EntenteException(EntenteException.Kind.CONFIG, "lexicon.tsv line " + n + ": " + why);
  }
}
