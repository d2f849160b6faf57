package org.entente.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.entente.EntenteException;
import org.entente.EntenteException.Kind;

/**
 * Reference names of the world: countries, former states, demonyms, ISO 3166-2 subdivisions, cities,
 * intergovernmental organisations, seats of government, and the word lists that actor resolution needs (titles,
 * honorifics, group nouns, bodies). Read once from the classpath ({@code org/entente/actors/gazetteer/*.tsv}, made
 * by {@code tools/gazetteer/generate.sh}; see {@code docs/gazetteer.md}) and shared: immutable and thread-safe.
 *
 * <p>Names are looked up by {@link #key(CharSequence)}: lower case, accents stripped, letters and digits only.
 */
public final class Gazetteer {

  /** What an entry names. Declaration order is the order of {@link #lookup(String)}. */
  public enum Type { COUNTRY, FORMER_COUNTRY, DEMONYM, REGION, CITY, IGO, SEAT, ORGANIZATION }

  /**
   * One named thing.
   *
   * @param type       what it is
   * @param name       canonical name (for a demonym: its country's common name)
   * @param country    ISO 3166-1 alpha-3 (ISO 3166-3 for former states; {@code IGO} for organisations)
   * @param region     ISO 3166-2 code of a subdivision or of the subdivision a city lies in, or null
   * @param sector     PLOVER sector of organisations and seats (GOV, LEG, MIL ...), or null
   * @param lat        latitude, or null when unknown
   * @param lon        longitude, or null when unknown
   * @param population population of a city, 0 otherwise
   * @param until      the day a former state ceased (year-only dates: 31 December), or null
   * @param successor  ISO 3166-1 alpha-3 of the state that succeeded a former state, or null
   */
  public record Entry(Type type, String name, String country, String region, String sector, Double lat,
      Double lon, long population, LocalDate until, String successor) {
    public Entry {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A title word or phrase.
   *
   * @param phrase   normalised phrase ("prime minister")
   * @param sector   PLOVER sector of its holder, or null
   * @param rank     head_of_state, head_of_government, minister, deputy, ambassador, diplomat, official,
   *                 legislator, military, judge, business, religious, leader, spokesperson or other
   * @param regional true for heads and offices of sub-national units (governor, chief minister, mayor)
   */
  public record Title(String phrase, String sector, String rank, boolean regional) {}

  static final String BASE = "/org/entente/actors/gazetteer/";

  private static final Comparator<Entry> ORDER =
      Comparator.comparingInt((Entry e) -> priority(e.type())).thenComparing(
          Comparator.comparingLong(Entry::population).reversed());

  private static volatile Gazetteer instance;

  private final Map<String, List<Entry>> byKey;
  private final Map<String, Entry> countries;
  private final Map<String, Entry> regions;
  private final Map<String, Entry> capitals;
  private final Map<String, Title> titles;
  private final Set<String> honorifics;
  private final Set<String> honorificNameParts;
  private final Map<String, String> groups;
  private final Map<String, String> bodies;
  private final int maxTokens;
  private final int maxTitleWords;

  /** The gazetteer of the classpath, read on first use. */
  public static Gazetteer load() {
    Gazetteer g = instance;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = instance;
        if (g == null) {
          g = load(name -> Gazetteer.class.getResourceAsStream(BASE + name));
          instance = g;
        }
      }
    }
    return g;
  }

  /** Reads a gazetteer from the files that {@code open} gives by name (null: missing). Not memoized. */
  static Gazetteer load(Function<String, InputStream> open) {
    return new Builder(open).build();
  }

  private static final java.util.regex.Pattern DIRECTION = java.util.regex.Pattern.compile(
      "(north|south|east|west)(ern|east|west|eastern|western)?|central|(north|south)-(eastern|western)");

  /**
   * Whether a lower-case word is a compass direction ("southern", "northeastern", "north-western", "central"):
   * part of where a place is ("in southern Serbia"), never a place of its own.
   */
  public static boolean direction(String lowerWord) {
    return DIRECTION.matcher(lowerWord).matches();
  }

  /**
   * The lookup key of a phrase: accents stripped, lower case, and only letters and digits kept.
   * {@code "People's Republic of China"} gives {@code "peoplesrepublicofchina"}, {@code "U.S."} gives {@code "us"}.
   */
  public static String key(CharSequence phrase) {
    int n = phrase.length();
    StringBuilder b = new StringBuilder(n);
    boolean ascii = true;
    for (int i = 0; i < n && ascii; i++) {
      ascii = phrase.charAt(i) < 0x80;
    }
    if (ascii) {
      for (int i = 0; i < n; i++) {
        char c = phrase.charAt(i);
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          b.append(c);
        } else if (c >= 'A' && c <= 'Z') {
          b.append((char) (c + ('a' - 'A')));
        }
      }
      return b.toString();
    }
    String s = Normalizer.normalize(phrase, Normalizer.Form.NFD);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int t = Character.getType(cp);
      if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
          || t == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      int lower = Character.toLowerCase(cp);
      String f = fold(lower);
      if (f != null) {
        b.append(f);
      } else if (Character.isLetter(lower) || Character.getType(lower) == Character.DECIMAL_DIGIT_NUMBER) {
        b.appendCodePoint(lower);
      }
    }
    return b.toString();
  }

  /** Letters that NFD does not decompose but that readers treat as accented Latin ones. */
  private static String fold(int c) {
    return switch (c) {
      case 'ø' -> "o";
      case 'ł' -> "l";
      case 'đ', 'ð' -> "d";
      case 'æ' -> "ae";
      case 'œ' -> "oe";
      case 'ß' -> "ss";
      case 'þ' -> "th";
      case 'ı' -> "i";
      case 'ħ' -> "h";
      default -> null;
    };
  }

  /**
   * Everything named by this key (see {@link #key(CharSequence)}; other strings are keyed first): countries,
   * former states, demonyms, organisations, seats, subdivisions and cities, in that order, then by population.
   */
  public List<Entry> lookup(String key) {
    if (key == null) {
      return List.of();
    }
    List<Entry> l = byKey.get(key);
    if (l == null) {
      String k = key(key);
      l = k.equals(key) ? null : byKey.get(k);
    }
    return l == null ? List.of() : l;
  }

  /** The most whitespace-separated words in any name, so callers know how long a phrase to try. */
  public int maxTokens() {
    return maxTokens;
  }

  /** A current country (ISO 3166-1 alpha-3, Kosovo XKX) or a former state (ISO 3166-3 alpha-3). */
  public Optional<Entry> country(String iso3) {
    return Optional.ofNullable(iso3 == null ? null : countries.get(iso3.toUpperCase(Locale.ROOT)));
  }

  /** All current countries, by code. */
  public List<Entry> countries() {
    return countries.values().stream().filter(e -> e.type() == Type.COUNTRY)
        .sorted(Comparator.comparing(Entry::country)).toList();
  }

  /** An ISO 3166-2 subdivision ("RU-KL"). */
  public Optional<Entry> region(String code) {
    return Optional.ofNullable(code == null ? null : regions.get(code.toUpperCase(Locale.ROOT)));
  }

  /** The national capital of a country, as a CITY entry. */
  public Optional<Entry> capitalOf(String iso3) {
    return Optional.ofNullable(iso3 == null ? null : capitals.get(iso3.toUpperCase(Locale.ROOT)));
  }

  /** Whether a CITY entry is its country's national capital. */
  public boolean isCapital(Entry e) {
    return e != null && e.type() == Type.CITY && capitals.get(e.country()) == e;
  }

  /** A title by its words ("Prime Minister", "lt. gen."); case, accents, periods and hyphens do not matter. */
  public Optional<Title> title(String lowerPhrase) {
    return Optional.ofNullable(lowerPhrase == null ? null : titles.get(phraseKey(lowerPhrase)));
  }

  /** The most words in any title. */
  public int maxTitleWords() {
    return maxTitleWords;
  }

  /** Whether a word or phrase is an honorific ("Mr.", "mr", "H.E.", "His Excellency"). */
  public boolean isHonorific(String word) {
    return word != null && honorifics.contains(honorificKey(word));
  }

  /** Whether an honorific is also often part of a personal name (Sheikh, Sri, Lord). */
  public boolean isHonorificNamePart(String word) {
    return word != null && honorificNameParts.contains(honorificKey(word));
  }

  /** The sector of people that a group noun names ("students" or "student" gives EDU). */
  public Optional<String> groupSector(String lemma) {
    return Optional.ofNullable(lemma == null ? null : groups.get(phraseKey(lemma)));
  }

  /** The sector of a body that a head noun or phrase names ("ministry" GOV, "air force" MIL). */
  public Optional<String> bodySector(String lowerPhrase) {
    return Optional.ofNullable(lowerPhrase == null ? null : bodies.get(phraseKey(lowerPhrase)));
  }

  /** Lower case, accents stripped, periods dropped, hyphens as spaces, single spaces. */
  static String phraseKey(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replace('’', '\'').replace(".", "").replace('-', ' ');
    return t.trim().replaceAll("\\s+", " ");
  }

  /** Lower case, accents stripped, one final period dropped, single spaces. */
  static String honorificKey(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replace('’', '\'').trim().replaceAll("\\s+", " ");
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  private static int priority(Type t) {
    return switch (t) {
      case COUNTRY -> 0;
      case FORMER_COUNTRY -> 1;
      case DEMONYM -> 2;
      case IGO -> 3;
      case SEAT -> 4;
      case ORGANIZATION -> 5;
      case REGION -> 6;
      case CITY -> 7;
    };
  }

  private Gazetteer(Builder b) {
    Map<String, List<Entry>> index = new HashMap<>(b.index.size() * 2);
    for (Map.Entry<String, List<Entry>> e : b.index.entrySet()) {
      List<Entry> l = e.getValue();
      if (l.size() > 1) {
        l.sort(ORDER);
      }
      index.put(e.getKey(), l.size() == 1 ? List.of(l.get(0)) : Collections.unmodifiableList(
          Arrays.asList(l.toArray(new Entry[0]))));
    }
    this.byKey = index;
    this.countries = Map.copyOf(b.countries);
    this.regions = Map.copyOf(b.regions);
    this.capitals = Map.copyOf(b.capitals);
    this.titles = Map.copyOf(b.titles);
    this.honorifics = Set.copyOf(b.honorifics);
    this.honorificNameParts = Set.copyOf(b.honorificNameParts);
    this.groups = Map.copyOf(b.groups);
    this.bodies = Map.copyOf(b.bodies);
    this.maxTokens = b.maxTokens;
    this.maxTitleWords = b.maxTitleWords;
  }

  /** Reads the files; one use. */
  private static final class Builder {
    private final Function<String, InputStream> open;
    private final Map<String, List<Entry>> index = new HashMap<>(32_768);
    private final Map<String, Entry> countries = new HashMap<>();
    private final Map<String, Entry> regions = new HashMap<>();
    private final Map<String, Entry> capitals = new HashMap<>();
    private final Map<String, Title> titles = new HashMap<>();
    private final Set<String> honorifics = new HashSet<>();
    private final Set<String> honorificNameParts = new HashSet<>();
    private final Map<String, String> groups = new HashMap<>();
    private final Map<String, String> bodies = new HashMap<>();
    private final Map<String, String> strings = new HashMap<>();
    private int maxTokens;
    private int maxTitleWords;

    Builder(Function<String, InputStream> open) {
      this.open = open;
    }

    Gazetteer build() {
      countries();
      former();
      subdivisions();
      cities();
      igos();
      seats();
      organizations();
      titles();
      honorifics();
      groups();
      bodies();
      return new Gazetteer(this);
    }

    private void countries() {
      for (Row r : read("countries.tsv", "iso3", "iso2", "name", "official", "names", "demonyms", "capital",
          "lat", "lon")) {
        String iso3 = r.code(0);
        Entry country = new Entry(Type.COUNTRY, r.get(2), iso3, null, null, r.dbl(7), r.dbl(8), 0, null, null);
        Entry demonym = new Entry(Type.DEMONYM, r.get(2), iso3, null, null, r.dbl(7), r.dbl(8), 0, null, null);
        if (countries.put(iso3, country) != null) {
          throw r.bad("duplicate country " + iso3);
        }
        add(country, r.get(2));
        add(country, r.get(3));
        r.list(4).forEach(n -> add(country, n));
        r.list(5).forEach(n -> add(demonym, n));
      }
    }

    private void former() {
      for (Row r : read("former.tsv", "iso3", "name", "names", "adjectives", "withdrawal_date", "successor")) {
        String code = r.code(0);
        LocalDate until = r.date(4);
        String successor = r.opt(5);
        if (successor != null && !countries.containsKey(successor)) {
          throw r.bad("unknown successor " + successor);
        }
        Entry former = new Entry(Type.FORMER_COUNTRY, r.get(1), code, null, null, null, null, 0, until, successor);
        Entry adjective = new Entry(Type.DEMONYM, r.get(1), code, null, null, null, null, 0, until, successor);
        // ISO reused a few codes (ATF): the current country keeps the code for country()
        countries.putIfAbsent(code, former);
        add(former, r.get(1));
        r.list(2).forEach(n -> add(former, n));
        r.list(3).forEach(n -> add(adjective, n));
      }
    }

    private void subdivisions() {
      List<Row> rows = read("subdivisions.tsv", "code", "country", "type", "name", "names", "geonames_admin1",
          "parent");
      // first-level subdivisions before the ones inside them, where both have a name
      List<Row> ordered = new ArrayList<>(rows);
      ordered.sort(Comparator.comparing((Row r) -> r.opt(6) == null ? 0 : 1));
      for (Row r : ordered) {
        String code = r.get(0);
        String iso3 = r.code(1);
        if (!countries.containsKey(iso3)) {
          throw r.bad("unknown country " + iso3);
        }
        Entry e = new Entry(Type.REGION, r.get(3), iso3, code, null, null, null, 0, null, null);
        regions.put(code, e);
        add(e, r.get(3));
        r.list(4).forEach(n -> add(e, n));
      }
    }

    private void cities() {
      for (Row r : read("cities.tsv", "name", "names", "country", "region", "lat", "lon", "population",
          "capital")) {
        String iso3 = r.code(2);
        String region = r.opt(3);
        if (!countries.containsKey(iso3)) {
          throw r.bad("unknown country " + iso3);
        }
        if (region != null && !regions.containsKey(region)) {
          throw r.bad("unknown region " + region);
        }
        Entry e = new Entry(Type.CITY, r.get(0), iso3, region, null, r.dbl(4), r.dbl(5), r.lng(6), null, null);
        add(e, r.get(0));
        r.list(1).forEach(n -> add(e, n));
        if (r.get(7).equals("1")) {
          Entry old = capitals.get(iso3);
          if (old == null || old.population() < e.population()) {
            capitals.put(iso3, e);
          }
        } else if (!r.get(7).equals("0")) {
          throw r.bad("capital must be 0 or 1");
        }
      }
    }

    private void igos() {
      for (Row r : read("igos.tsv", "name", "aliases", "sector")) {
        Entry e = new Entry(Type.IGO, r.get(0), "IGO", null, r.opt(2), null, null, 0, null, null);
        add(e, r.get(0));
        r.list(1).forEach(n -> add(e, n));
      }
    }

    private void seats() {
      for (Row r : read("seats.tsv", "name", "aliases", "country", "sector")) {
        String iso3 = r.code(2);
        if (!countries.containsKey(iso3)) {
          throw r.bad("unknown country " + iso3);
        }
        String name = r.get(0).replaceFirst("^(?i)the\\s+", "");
        Entry e = new Entry(Type.SEAT, name, iso3, null, r.get(3), null, null, 0, null, null);
        add(e, r.get(0));
        r.list(1).forEach(n -> add(e, n));
      }
    }

    /** Non-state organisations: NGOs, transnational militants (IMG) and national movements with their state. */
    private void organizations() {
      for (Row r : read("organizations.tsv", "name", "aliases", "country", "sector")) {
        String code = r.code(2);
        if (!countries.containsKey(code) && !Set.of("NGO", "IMG", "MNC").contains(code)) {
          throw r.bad("unknown country " + code);
        }
        Entry e = new Entry(Type.ORGANIZATION, r.get(0), code, null, r.opt(3), null, null, 0, null, null);
        add(e, r.get(0));
        r.list(1).forEach(n -> add(e, n));
      }
    }

    private void titles() {
      for (Row r : read("titles.tsv", "phrase", "sector", "rank", "regional")) {
        String phrase = phraseKey(r.get(0));
        boolean regional = switch (r.get(3)) {
          case "0" -> false;
          case "1" -> true;
          default -> throw r.bad("regional must be 0 or 1");
        };
        Title t = new Title(phrase, r.opt(1), r.get(2), regional);
        Title old = titles.put(phrase, t);
        if (old != null && !old.equals(t)) {
          throw r.bad("title " + phrase + " given twice");
        }
        maxTitleWords = Math.max(maxTitleWords, phrase.split(" ").length);
      }
    }

    private void honorifics() {
      for (Row r : read("honorifics.tsv", "honorific", "name_part")) {
        String k = honorificKey(r.get(0));
        honorifics.add(k);
        if (r.get(1).equals("1")) {
          honorificNameParts.add(k);
        } else if (!r.get(1).equals("0")) {
          throw r.bad("name_part must be 0 or 1");
        }
      }
    }

    private void groups() {
      for (Row r : read("groups.tsv", "lemma", "plural", "sector")) {
        groups.put(phraseKey(r.get(0)), intern(r.get(2)));
        groups.putIfAbsent(phraseKey(r.get(1)), intern(r.get(2)));
      }
    }

    private void bodies() {
      for (Row r : read("bodies.tsv", "phrase", "sector")) {
        bodies.put(phraseKey(r.get(0)), intern(r.get(1)));
      }
    }

    /** Indexes {@code e} under the key of {@code name}, once per key. */
    private void add(Entry e, String name) {
      String k = key(name);
      if (k.isEmpty()) {
        return;
      }
      List<Entry> l = index.computeIfAbsent(k, x -> new ArrayList<>(1));
      for (Entry x : l) {
        if (x == e) {
          return;
        }
      }
      l.add(e);
      maxTokens = Math.max(maxTokens, words(name));
    }

    private static int words(String s) {
      int n = 0;
      boolean in = false;
      for (int i = 0; i < s.length(); i++) {
        boolean space = Character.isWhitespace(s.charAt(i));
        if (!space && !in) {
          n++;
        }
        in = !space;
      }
      return n;
    }

    private String intern(String s) {
      return strings.computeIfAbsent(s, x -> x);
    }

    private List<Row> read(String file, String... header) {
      InputStream in = open.apply(file);
      if (in == null) {
        throw new EntenteException(Kind.CONFIG, "gazetteer resource missing: " + BASE + file);
      }
      List<Row> rows = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String first = r.readLine();
        if (first == null || !first.equals(String.join("\t", header))) {
          throw new EntenteException(Kind.CONFIG, "gazetteer " + file + ": header is not "
              + String.join(",", header) + " but " + first);
        }
        String line;
        int n = 1;
        while ((line = r.readLine()) != null) {
          n++;
          if (line.isEmpty()) {
            continue;
          }
          String[] cells = split(line, '\t');
          if (cells.length != header.length) {
            throw new EntenteException(Kind.CONFIG, "gazetteer " + file + ":" + n + ": " + cells.length
                + " columns, expected " + header.length);
          }
          for (int i = 0; i < cells.length; i++) {
            cells[i] = intern(cells[i]);
          }
          rows.add(new Row(file, n, cells));
        }
      } catch (IOException e) {
        throw new EntenteException(Kind.CONFIG, "gazetteer " + file + ": " + e.getMessage(), e);
      }
      return rows;
    }
  }

  private static String[] split(String s, char sep) {
    int n = 1;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == sep) {
        n++;
      }
    }
    String[] out = new String[n];
    int start = 0;
    int k = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == sep) {
        out[k++] = s.substring(start, i);
        start = i + 1;
      }
    }
    out[k] = s.substring(start);
    return out;
  }

  /** One line of a file. */
  private record Row(String file, int line, String[] cells) {
    String get(int i) {
      String s = cells[i];
      if (s.isEmpty()) {
        throw bad("column " + (i + 1) + " is empty");
      }
      return s;
    }

    String opt(int i) {
      return cells[i].isEmpty() ? null : cells[i];
    }

    String code(int i) {
      String s = get(i);
      if (s.length() != 3 || !s.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
        throw bad("bad country code " + s);
      }
      return s;
    }

    List<String> list(int i) {
      return cells[i].isEmpty() ? List.of() : Arrays.asList(split(cells[i], '|'));
    }

    Double dbl(int i) {
      try {
        return cells[i].isEmpty() ? null : Double.valueOf(cells[i]);
      } catch (NumberFormatException e) {
        throw bad("not a number: " + cells[i]);
      }
    }

    long lng(int i) {
      try {
        return cells[i].isEmpty() ? 0 : Long.parseLong(cells[i]);
      } catch (NumberFormatException e) {
        throw bad("not a number: " + cells[i]);
      }
    }

    LocalDate date(int i) {
      String s = get(i);
      try {
        return s.length() == 4 ? LocalDate.of(Integer.parseInt(s), 12, 31) : LocalDate.parse(s);
      } catch (DateTimeParseException | NumberFormatException e) {
        throw bad("not a date: " + s);
      }
    }

    EntenteException bad(String what) {
      return new EntenteException(Kind.CONFIG, "gazetteer " + file + ":" + line + ": " + what);
    }
  }
}
