package org.entente.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The name forms under which a person was mentioned, read back from the words of its mentions: "Mr. Khasikov"
 * gives "Khasikov", "Chinese Foreign Minister Wang Yi" gives "Wang Yi", "President al-Sisi" gives "al-Sisi", and
 * "he" or "the Head of Kalmykia" give none. Stateless and thread-safe.
 */
public final class NameForms {

  private NameForms() {}

  /**
   * The name inside a mention's words: from the first to the last word that is also a word of the canonical name
   * (titles, honorifics and "of Zambia" around it dropped), or null when no word of the name is there.
   */
  public static String nameIn(String words, String canonical) {
    if (words == null || canonical == null) {
      return null;
    }
    Set<String> nameWords = new HashSet<>();
    for (String w : canonical.split("[\\s-]+")) {
      String k = bare(w);
      if (k.length() > 1 || (k.length() == 1 && w.endsWith("."))) {
        nameWords.add(k);
      }
    }
    String[] toks = words.trim().split("\\s+");
    int first = -1;
    int last = -1;
    for (int i = 0; i < toks.length; i++) {
      if (!startsUpper(toks[i])) {
        continue; // "al-Sisi" matches through "Sisi" below; a lower-case "de" alone never anchors a name
      }
      String k = bare(toks[i]);
      boolean match = nameWords.contains(k) && (k.length() > 1 || trimEnd(toks[i]).endsWith("."));
      for (String part : toks[i].split("-")) {
        match |= part.length() > 1 && nameWords.contains(bare(part));
      }
      if (match) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (int i = first; i <= last; i++) {
      if (i > first) {
        b.append(' ');
      }
      b.append(i == last ? trimEnd(toks[i]) : toks[i]);
    }
    return b.toString();
  }

  /**
   * The distinct name forms of {@code mentionWords} (in their order) other than the canonical name and its bare
   * last word, which the name already shows: the aliases to list beside it.
   */
  public static List<String> aliases(String canonical, Iterable<String> mentionWords) {
    String lastWord = canonical.substring(canonical.lastIndexOf(' ') + 1);
    Set<String> out = new LinkedHashSet<>();
    for (String words : mentionWords) {
      String form = nameIn(words, canonical);
      if (form != null && !form.equalsIgnoreCase(canonical) && !form.equalsIgnoreCase(lastWord)) {
        out.add(form);
      }
    }
    return new ArrayList<>(out);
  }

  /** Lower case, without a possessive and without punctuation at either end. */
  private static String bare(String w) {
    String t = trimEnd(w).toLowerCase(Locale.ROOT);
    int s = 0;
    while (s < t.length() && !Character.isLetterOrDigit(t.charAt(s))) {
      s++;
    }
    return t.substring(s).replace(".", "");
  }

  /** Drops a possessive and trailing punctuation: "Putin's" and "Oli," give "Putin" and "Oli"; "K.P." stays. */
  private static String trimEnd(String w) {
    String t = w;
    if (t.endsWith("'s") || t.endsWith("’s")) {
      t = t.substring(0, t.length() - 2);
    }
    int e = t.length();
    while (e > 0 && ",;:!?)\"'’".indexOf(t.charAt(e - 1)) >= 0) {
      e--;
    }
    return t.substring(0, e);
  }

  private static boolean startsUpper(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isUpperCase(c) || w.indexOf('-') > 0;
      }
    }
    return false;
  }
}
