package org.entente.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.entente.Span;
import org.entente.actors.Gazetteer.Entry;
import org.entente.nlp.AnnotatedText;
import org.entente.nlp.Dependency;
import org.entente.nlp.Sentence;
import org.entente.nlp.Token;

/**
 * Finds every actor mention of a document and resolves it from reference data plus what the text itself says:
 * countries, former states, sub-national units, organisations, seats of government, government bodies, groups,
 * and persons with the titles around their names. Persons are followed through the document by surname, by
 * role ("the Head of Kalmykia") and by pronoun.
 *
 * <p>Nothing here names a particular person or article: persons come from the text (NER plus titles), places
 * and organisations from the {@link Gazetteer}. Thread-safe: holds only the immutable gazetteer; all working
 * state lives in one call.
 */
public final class ActorResolver {

  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "him", "his", "her");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
  /** Words that end a company's name: a gazetteer name right before them is part of that name. */
  private static final Set<String> COMPANY_WORDS = Set.of("co", "corp", "corporation", "inc", "ltd", "plc", "llc",
      "ag", "sa", "nv", "bv", "gmbh", "spa", "bhd", "company", "companies", "industries", "group", "holdings",
      "airlines", "airways", "utilities", "petroleum", "oil", "energy", "electric", "motors", "steel", "mining",
      "bancorp", "trust", "securities", "insurance", "resources", "telecom", "railroad", "railway", "railways",
      "regional", "bank", "bancshares", "financial", "capital", "partners", "systems", "communications", "sons",
      "brothers", "bros");
  private static final Set<String> SIDE_WORDS = Set.of("side");
  /** Words that make a title a former one: its holder no longer acts for the office ("former President"). */
  private static final Set<String> FORMER_WORDS = Set.of("former", "erstwhile", "onetime", "one-time", "ousted",
      "deposed");
  /**
   * The sector of a person known only by a former title: CAMEO's and PLOVER's elites (ELI), which include former
   * officials, since they no longer act for the government, army or court they once served.
   */
  static final String FORMER_SECTOR = "ELI";
  /** Lower-case words inside personal names: "bin", "de", "van der", "al-" (written "al - " by the tokenizer). */
  private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "ul", "bin", "bint", "ibn", "ben", "de",
      "da", "di", "do", "dos", "das", "du", "del", "della", "der", "den", "van", "von", "zu", "la", "le", "ter", "ten",
      "y");
  private static final Set<String> PLURAL_GOV_WORDS = Set.of("authorities", "officials", "leaders");

  private final Gazetteer gaz;

  public ActorResolver(Gazetteer gaz) {
    this.gaz = java.util.Objects.requireNonNull(gaz, "gaz");
  }

  public Gazetteer gazetteer() {
    return gaz;
  }

  /** Resolves the actors of one annotated document. */
  public DocumentActors resolve(AnnotatedText at) {
    Work w = new Work(at);
    for (Sentence s : at.sentences()) {
      w.scan(s);
    }
    w.disambiguate();
    w.home = w.homeCountry();
    for (Sentence s : at.sentences()) {
      w.compose(s);
    }
    return w.materialize();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Working state of one document.

  /**
   * A gazetteer hit on tokens {@code first..last}; {@code span} may be part of a hyphenated token. {@code alts} are
   * the other readings of the same kind in other countries (Punjab: IN-PB and PK-PB), which the document's other
   * places choose between.
   */
  record GazHit(int first, int last, Span span, Entry entry, List<Entry> alts) {
    GazHit(int first, int last, Span span, Entry entry) {
      this(first, last, span, entry, List.of());
    }

    GazHit with(Entry e) {
      return new GazHit(first, last, span, e, List.of());
    }
  }

  /** A title phrase with its extension: modifiers, "of X", "to Y". */
  record TitleHit(int first, int last, int titleFirst, int titleLast, Gazetteer.Title title, Entry of,
      boolean former) {}

  /** A person known to the document: the union of what all its mentions say. */
  static final class Entity {
    String name;
    String surname;
    Actor.Kind kind = Actor.Kind.PERSON;
    String country;
    String region;
    String sector;
    String role;
    String titleHead;
    /** Whether {@link #role} is a former one ("former President"): then the sector is {@code ELI}. */
    boolean former;
    boolean fromRoleOnly;

    Actor actor(String text, Span span) {
      return new Actor(text, span, name, kind, country, region, sector, role);
    }
  }

  /** A mention under construction: it points at an entity whose attributes may still grow. */
  record Draft(int sentence, int first, int last, int head, Span span, Entity entity, Actor fixed,
      Mention.Form form) {}

  private final class Work {
    final AnnotatedText at;
    final String text;
    final List<List<GazHit>> gazHits = new ArrayList<>();
    final List<List<Draft>> drafts = new ArrayList<>();
    final List<List<Draft>> placeDrafts = new ArrayList<>();
    final List<Entity> persons = new ArrayList<>();
    final Map<String, Integer> countryVotes = new HashMap<>();
    String home;
    List<Token> currentTokens = List.of();
    int currentSentence;
    int lastPersonSentence = -100;
    Entity lastSubjectPerson;
    Entity lastPerson;
    Entity priorSubjectPerson;
    Entity priorPerson;
    int priorPersonSentence = -100;

    Work(AnnotatedText at) {
      this.at = at;
      this.text = at.text();
    }

    // ---- pass 1: gazetteer hits and votes for the home country

    void scan(Sentence s) {
      List<GazHit> hits = gazHits(s);
      gazHits.add(hits);
      if (s.index() == 0) {
        dateline(s);
      }
      for (GazHit h : hits) {
        if (h.alts().isEmpty()) {
          vote(h);
        }
      }
    }

    void vote(GazHit h) {
      String c = h.entry().country();
      if (c != null && !"IGO".equals(c)) {
        countryVotes.merge(c, 1, Integer::sum);
      }
    }

    /**
     * A name that several countries have for a unit of the same kind ("Punjab" in India and Pakistan, "Hyderabad")
     * takes the reading whose country the rest of the document names most; with no such evidence, the gazetteer's
     * first reading (the larger place).
     */
    void disambiguate() {
      List<GazHit> chosen = new ArrayList<>();
      for (List<GazHit> hits : gazHits) {
        for (int i = 0; i < hits.size(); i++) {
          GazHit h = hits.get(i);
          if (h.alts().isEmpty()) {
            continue;
          }
          Entry best = h.entry();
          int bestVotes = countryVotes.getOrDefault(best.country(), 0);
          String said = h.span().of(text);
          for (Entry alt : h.alts()) {
            int v = countryVotes.getOrDefault(alt.country(), 0);
            // with no evidence either way, a unit officially called what the text says ("Gaza") beats one that
            // merely has it as a variant ("Gaza Province")
            boolean exactOnly = alt.name().equalsIgnoreCase(said) && !best.name().equalsIgnoreCase(said);
            if (v > bestVotes || v == bestVotes && exactOnly) {
              best = alt;
              bestVotes = v;
            }
          }
          hits.set(i, h.with(best));
          chosen.add(hits.get(i));
        }
      }
      chosen.forEach(this::vote); // counted once, for the reading taken, after every choice is made
    }

    /**
     * The state the document is about: mentioned at least twice and more than any other. A one-line report that
     * names a state once ("President Bush threatened Russia") has none, rather than a wrong one.
     */
    /** A dateline ("WASHINGTON, March 3 - ...") says where a report comes from: strong evidence of its home. */
    void dateline(Sentence s) {
      List<Token> toks = s.tokens();
      for (int len = Math.min(4, toks.size() - 1); len >= 1; len--) {
        if (!toks.get(len).word().equals(",")) {
          continue;
        }
        StringBuilder key = new StringBuilder();
        boolean upper = true;
        for (int k = 0; k < len; k++) {
          key.append(Gazetteer.key(toks.get(k).word()));
          upper &= toks.get(k).word().equals(toks.get(k).word().toUpperCase(Locale.ROOT));
        }
        if (!upper) {
          return;
        }
        for (Entry e : gaz.lookup(key.toString())) {
          if (e.type() == Gazetteer.Type.CITY && e.country() != null) {
            countryVotes.merge(e.country(), 3, Integer::sum);
            return;
          }
        }
      }
    }

    String homeCountry() {
      List<Map.Entry<String, Integer>> ranked = new ArrayList<>(countryVotes.entrySet());
      ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
      if (ranked.isEmpty() || ranked.get(0).getValue() < 2) {
        return null;
      }
      if (ranked.size() > 1 && ranked.get(1).getValue().equals(ranked.get(0).getValue())) {
        return null;
      }
      return ranked.get(0).getKey();
    }

    List<GazHit> gazHits(Sentence s) {
      List<Token> toks = s.tokens();
      List<GazHit> out = new ArrayList<>();
      int max = Math.max(1, gaz.maxTokens());
      int i = 0;
      while (i < toks.size()) {
        Token t = toks.get(i);
        boolean startsThe = t.lower().equals("the") && i + 1 < toks.size();
        // "al-Qaeda", "al-Shabaab": a lower-case particle hyphened to a name starts it
        boolean particle = i + 2 < toks.size() && toks.get(i + 1).word().equals("-")
            && capitalised(toks.get(i + 2).word());
        if (!startsThe && !particle && !capitalised(t.word())) {
          i++;
          continue;
        }
        int matchedLen = 0;
        List<Entry> matched = List.of();
        StringBuilder key = new StringBuilder();
        List<String> keys = new ArrayList<>();
        for (int len = 1; len <= max && i + len <= toks.size(); len++) {
          key.append(Gazetteer.key(toks.get(i + len - 1).word()));
          keys.add(key.toString());
        }
        for (int len = keys.size(); len >= 1; len--) {
          Token lastTok = toks.get(i + len - 1);
          if (!capitalisedName(lastTok.word()) && !lastTok.word().equals(")")) {
            continue;
          }
          List<Entry> es = gaz.lookup(keys.get(len - 1));
          if (es.isEmpty() && len == 1 && keys.get(0).endsWith("s") && lastTok.pos().endsWith("S")) {
            es = gaz.lookup(keys.get(0).substring(0, keys.get(0).length() - 1)).stream()
                .filter(x -> x.type() == Gazetteer.Type.DEMONYM).toList();
          }
          es = preferCapital(plausible(es, toks, i, i + len - 1));
          if (!es.isEmpty()) {
            matchedLen = len;
            matched = es;
            break;
          }
        }
        if (matchedLen > 0) {
          Span span = s.spanOf(i, i + matchedLen - 1);
          GazHit prev = out.isEmpty() ? null : out.get(out.size() - 1);
          if (prev != null && prev.last() == i - 1 && prev.entry().type() == Gazetteer.Type.IGO
              && matched.get(0).type() == Gazetteer.Type.IGO) {
            // "UN Security Council", "EU Commission": the organisation's own organ, one actor
            out.set(out.size() - 1, new GazHit(prev.first(), i + matchedLen - 1,
                new Span(prev.span().start(), span.end()), matched.get(0)));
          } else {
            out.add(new GazHit(i, i + matchedLen - 1, span, matched.get(0), alternatives(matched)));
          }
          i += matchedLen;
          continue;
        }
        if (!startsThe && t.word().indexOf('-') > 0) {
          hyphenParts(t, out);
        }
        i++;
      }
      return out;
    }

    /** "Russia-Nepal", "India-Russia": each capitalised part that names a country. */
    void hyphenParts(Token t, List<GazHit> out) {
      String w = t.word();
      int start = 0;
      for (int k = 0; k <= w.length(); k++) {
        if (k == w.length() || w.charAt(k) == '-') {
          String part = w.substring(start, k);
          if (part.length() > 1 && capitalised(part)) {
            for (Entry e : gaz.lookup(Gazetteer.key(part))) {
              if (e.type() == Gazetteer.Type.COUNTRY || e.type() == Gazetteer.Type.FORMER_COUNTRY
                  || e.type() == Gazetteer.Type.DEMONYM) {
                int off = t.span().start();
                out.add(new GazHit(t.index(), t.index(), new Span(off + start, off + k), e));
                break;
              }
            }
          }
          start = k + 1;
        }
      }
    }

    /** Readings of the first one's kind (region or city) in other countries, each country once. */
    List<Entry> alternatives(List<Entry> es) {
      Entry first = es.get(0);
      if (es.size() < 2 || (first.type() != Gazetteer.Type.REGION && first.type() != Gazetteer.Type.CITY)
          || gaz.isCapital(first)) {
        return List.of();
      }
      List<Entry> out = new ArrayList<>();
      Set<String> seen = new java.util.HashSet<>();
      seen.add(first.country());
      for (Entry e : es) {
        if (e.type() == first.type() && e.country() != null && seen.add(e.country())) {
          out.add(e);
        }
      }
      return out;
    }

    /** A national capital comes before the regions and other cities of its name ("London", "Paris"). */
    List<Entry> preferCapital(List<Entry> es) {
      for (Entry e : es) {
        if (e.type() == Gazetteer.Type.CITY && gaz.isCapital(e)) {
          List<Entry> out = new ArrayList<>(es);
          out.remove(e);
          int firstPlace = 0;
          while (firstPlace < out.size() && out.get(firstPlace).type() != Gazetteer.Type.REGION
              && out.get(firstPlace).type() != Gazetteer.Type.CITY) {
            firstPlace++;
          }
          out.add(firstPlace, e);
          return out;
        }
      }
      return es;
    }

    /** Nouns for a body of people whose kind a noun before them names: "opposition groups", "rebel factions". */
    private static final Set<String> COLLECTIVE_NOUNS = Set.of("group", "faction", "movement", "coalition",
        "organization", "organisation", "association", "body");

    /** Drops readings that the context rules out: a person's name is not a city, "Reading" is not a city. */
    List<Entry> plausible(List<Entry> es, List<Token> toks, int first, int last) {
      if (es.isEmpty()) {
        return es;
      }
      // "Gulf States Utilities Co", "Santa Fe Southern Pacific Corp": part of a company's name, not a place
      for (int c = last + 1; c < toks.size() && c <= last + 4 && capitalised(toks.get(c).word())
          && toks.get(c).isProperNoun(); c++) {
        if (COMPANY_WORDS.contains(toks.get(c).word().replace(".", "").toLowerCase(Locale.ROOT))) {
          return List.of();
        }
      }
      // "the Liberal Democratic Party": a known organisation's name inside a longer name is another organisation
      if (first > 0 && toks.get(first - 1).ner().equals("ORGANIZATION") && capitalised(toks.get(first - 1).word())
          && toks.get(first - 1).isProperNoun()) {
        es = es.stream().filter(e -> e.type() != Gazetteer.Type.ORGANIZATION).toList();
        if (es.isEmpty()) {
          return es;
        }
      }
      // "Western diplomats", "Northern farmers": a lone direction word is no region (Ghana's Western Region,
      // Zambia's Northern Province) unless a preposition leads it ("in Western")
      if (first == last && Gazetteer.direction(toks.get(first).lower()) && last + 1 < toks.size()
          && toks.get(last + 1).isNoun()) {
        es = es.stream().filter(e -> e.type() != Gazetteer.Type.REGION && e.type() != Gazetteer.Type.CITY).toList();
        if (es.isEmpty()) {
          return es;
        }
      }
      boolean person = false;
      boolean location = false;
      for (int k = first; k <= last; k++) {
        String ner = toks.get(k).ner();
        person |= ner.equals("PERSON");
        location |= ner.equals("LOCATION") || ner.equals("COUNTRY") || ner.equals("CITY")
            || ner.equals("STATE_OR_PROVINCE") || ner.equals("ORGANIZATION") || ner.equals("MISC");
      }
      boolean afterPrep = first > 0 && Set.of("in", "at", "to", "from", "near", "of")
          .contains(toks.get(first - 1).lower());
      // a capital that NER missed still names its city ("Kyiv accused Moscow ..."): capitals are rarely words
      boolean properName = !person && toks.get(first).isProperNoun();
      List<Entry> out = new ArrayList<>(es.size());
      for (Entry e : es) {
        switch (e.type()) {
          case CITY, REGION -> {
            if (!person && (location || afterPrep || (properName && gaz.isCapital(e)))) {
              out.add(e);
            } else if (e.type() == Gazetteer.Type.REGION && person && first == last
                && coordinatedWithPlace(toks, first)) {
              out.add(e); // "Flanders and the Netherlands": a lone word that NER took for a person
            }
          }
          case COUNTRY, FORMER_COUNTRY -> {
            // "Michael Jordan" is a person; a lone "Eswatini" that NER calls a person is still the state, and so is
            // "Nepal" in "Ambassador to Nepal Chen Song", where a preposition leads it
            boolean inLongerName = (first > 0 && toks.get(first - 1).ner().equals("PERSON"))
                || (last + 1 < toks.size() && toks.get(last + 1).ner().equals("PERSON"));
            boolean ledByPreposition = first > 0 && Set.of("to", "of", "in", "from")
                .contains(toks.get(first - 1).lower()) && !toks.get(first - 1).ner().equals("PERSON");
            if (!person || !inLongerName || ledByPreposition) {
              out.add(e);
            }
          }
          default -> out.add(e);
        }
      }
      return out;
    }

    /**
     * Whether the lone word at {@code k} is coordinated with a place: "X and the Netherlands", "Wallonia, X and
     * ...". Its neighbours must not be person words, so "John Kent and Britain" is no such case.
     */
    boolean coordinatedWithPlace(List<Token> toks, int k) {
      if ((k > 0 && toks.get(k - 1).ner().equals("PERSON"))
          || (k + 1 < toks.size() && toks.get(k + 1).ner().equals("PERSON"))) {
        return false;
      }
      Set<String> joints = Set.of("and", "or", ",");
      int n = k + 1;
      if (n < toks.size() && joints.contains(toks.get(n).lower())) {
        n++;
        if (n < toks.size() && toks.get(n).lower().equals("the")) {
          n++;
        }
        if (n < toks.size() && isPlaceTag(toks.get(n).ner())) {
          return true;
        }
      }
      int p = k - 1;
      if (p >= 0 && toks.get(p).lower().equals("the")) {
        p--;
      }
      return p >= 1 && joints.contains(toks.get(p).lower()) && isPlaceTag(toks.get(p - 1).ner());
    }

    // ---- pass 2: compose mentions

    void compose(Sentence s) {
      currentSentence = s.index();
      // a pronoun before any person of its sentence refers back, never ahead: "He met President Sarney"
      priorSubjectPerson = lastSubjectPerson;
      priorPerson = lastPerson;
      priorPersonSentence = lastPersonSentence;
      List<Token> toks = s.tokens();
      List<GazHit> hits = gazHits.get(s.index());
      List<Draft> out = new ArrayList<>();
      List<Draft> places = new ArrayList<>();
      boolean[] used = new boolean[toks.size()];
      GazHit[] hitAt = new GazHit[toks.size()];
      for (GazHit h : hits) {
        for (int k = h.first(); k <= h.last(); k++) {
          if (hitAt[k] == null) {
            hitAt[k] = h;
          }
        }
      }

      List<int[]> personRuns = personRuns(toks, hitAt);
      List<TitleHit> titles = titles(toks, hitAt, personRuns);
      namesAfterTitles(toks, hitAt, titles, personRuns);

      // persons, with the titles that name them
      for (int[] run : personRuns) {
        int first = run[0];
        int nameFirst = run[1];
        int last = run[2];
        TitleHit title = null;
        // "Prime Minister of Nepal, Mr. K.P. Sharma Oli" / "Russian President Vladimir Putin"
        for (TitleHit t : titles) {
          if (t.last() < first && gapIsNameLink(toks, t.last() + 1, first - 1)) {
            title = t;
          }
        }
        // "Indian Army chief General X", "Defence Minister Admiral X": the office, not the rank between it and the
        // name, is the role
        if (title != null && "military".equals(title.title().rank()) && title.first() == title.titleFirst()) {
          for (TitleHit t : titles) {
            if (t.last() < title.first() && gapIsNameLink(toks, t.last() + 1, title.first() - 1)) {
              title = t;
            }
          }
        }
        int mFirst = title != null ? t0(toks, title.first()) : t0(toks, first);
        int mLast = last;
        // "President Hakainde Hichilema of Zambia", "John Smith of Zambia": the state follows the name
        Entry ofState = null;
        int o = last + 1 < toks.size() && toks.get(last + 1).lower().equals("of") ? last + 2 : -1;
        if (o > 0 && o < toks.size() && toks.get(o).lower().equals("the")) {
          o++;
        }
        if (o > 0 && o < toks.size() && hitAt[o] != null && hitAt[o].first() == o
            && (hitAt[o].entry().type() == Gazetteer.Type.COUNTRY
                || hitAt[o].entry().type() == Gazetteer.Type.FORMER_COUNTRY)) {
          ofState = hitAt[o].entry();
          mLast = hitAt[o].last();
        }
        // "Batu Khasikov, Head of the Republic of Kalmykia"
        if (title == null) {
          for (TitleHit t : titles) {
            if (t.first() > mLast && appositionGap(toks, mLast + 1, t.first() - 1)) {
              title = t;
              mLast = t.last();
              break;
            }
          }
        }
        String name = s.spanOf(nameFirst, last).of(text);
        Entity e = person(name, toks.get(last).word());
        if (title != null) {
          learnRole(e, title, toks, s);
        }
        if (ofState != null && e.country == null) {
          e.country = ofState.country();
        }
        // "the Dalai Lama", "the Aga Khan": a name that is itself a title
        var asTitle = gaz.title(s.spanOf(nameFirst, last).of(text).toLowerCase(Locale.ROOT));
        if (title == null && asTitle.isPresent() && e.sector == null) {
          e.sector = asTitle.get().sector();
        }
        Span span = s.spanOf(mFirst, mLast);
        mark(used, mFirst, mLast);
        out.add(new Draft(s.index(), mFirst, mLast, last, span, e, null, Mention.Form.NAME));
        lastPerson = e;
        lastPersonSentence = s.index();
      }
      if (!personRuns.isEmpty()) {
        lastSubjectPerson = lastSubjectCandidate(out);
      }

      // titles without a name: "the Head of Kalmykia", "the Prime Minister"
      for (TitleHit t : titles) {
        if (anyUsed(used, t.titleFirst(), t.titleLast()) || isPlural(toks.get(t.titleLast()))) {
          continue;
        }
        Entity e = roleEntity(t, toks, s);
        int mFirst = t0(toks, t.first());
        mark(used, mFirst, t.last());
        out.add(new Draft(s.index(), mFirst, t.last(), t.titleLast(), s.spanOf(mFirst, t.last()), e, null,
            Mention.Form.ROLE));
      }

      // government bodies, sides and groups
      for (int k = 0; k < toks.size(); k++) {
        if (used[k]) {
          continue;
        }
        Token t = toks.get(k);
        if (!t.isNoun()) {
          continue;
        }
        if (hitAt[k] != null && (hitAt[k].entry().type() == Gazetteer.Type.IGO
            || hitAt[k].entry().type() == Gazetteer.Type.SEAT
            || hitAt[k].entry().type() == Gazetteer.Type.ORGANIZATION)) {
          // "the International Criminal Court", "the National People's Congress": a known organisation, not a
          // body of the home state or a group
          continue;
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        String bodySector = bodySector(toks, k);
        if (bodySector != null && k + 1 < toks.size() && toks.get(k + 1).isNoun() && !used[k + 1]
            && gaz.bodySector(t.lower() + " " + toks.get(k + 1).lower()).isPresent()) {
          continue; // "intelligence agency", "Intelligence Service": the next noun heads the body
        }
        if (bodySector != null || SIDE_WORDS.contains(lemma)) {
          Draft d = body(s, toks, hitAt, used, k, bodySector == null ? "GOV" : bodySector, SIDE_WORDS.contains(lemma));
          if (d != null) {
            out.add(d);
            continue;
          }
          if (!isPlural(t)) {
            continue;
          }
          // a plural body noun is a group: "opposition parties in Nepal"
          if (gaz.groupSector(lemma).isEmpty()) {
            Draft g = group(s, toks, hitAt, used, k, bodySector == null ? "GOV" : bodySector);
            if (g != null) {
              out.add(g);
            }
            continue;
          }
        }
        // "opposition groups in Zimbabwe", "rebel factions": a collective noun takes the kind of people it names
        Optional<String> kindOf = COLLECTIVE_NOUNS.contains(lemma) && k > 0 && !used[k - 1]
            && toks.get(k - 1).isNoun() ? gaz.groupSector(lemmaOf(toks.get(k - 1))) : Optional.empty();
        if (kindOf.isPresent()) {
          Draft d = group(s, toks, hitAt, used, k, kindOf.get());
          if (d != null) {
            out.add(d);
          }
          continue;
        }
        if (PLURAL_GOV_WORDS.contains(lemma) || gaz.groupSector(lemma).isPresent()) {
          Draft d = group(s, toks, hitAt, used, k,
              PLURAL_GOV_WORDS.contains(lemma) ? "GOV" : gaz.groupSector(lemma).get());
          if (d != null) {
            out.add(d);
          }
        }
      }

      // the remaining gazetteer hits: states, regions, organisations, seats; cities are places
      for (GazHit h : hits) {
        if (anyUsed(used, h.first(), h.last()) && h.first() == h.last() && hyphenated(toks.get(h.first()))) {
          // part of a hyphenated compound already used as a modifier: still a mention in its own right
        } else if (anyUsed(used, h.first(), h.last())) {
          continue;
        }
        Entry e = h.entry();
        String words = h.span().of(text);
        switch (e.type()) {
          case COUNTRY, FORMER_COUNTRY -> out.add(fixed(s, h, new Actor(words, h.span(), e.name(),
              Actor.Kind.COUNTRY, e.country(), null, null, null), Mention.Form.NAME));
          case REGION -> {
            Actor a = new Actor(words, h.span(), e.name(), Actor.Kind.REGION, e.country(), e.region(), null, null);
            out.add(fixed(s, h, a, Mention.Form.NAME));
            places.add(fixed(s, h, a, Mention.Form.PLACE));
          }
          case IGO -> out.add(fixed(s, h, new Actor(words, h.span(), e.name(), Actor.Kind.IGO, "IGO", null,
              e.sector(), null), Mention.Form.NAME));
          case ORGANIZATION -> out.add(fixed(s, h, new Actor(words, h.span(), e.name(), Actor.Kind.ORGANIZATION,
              e.country(), null, e.sector(), null), Mention.Form.NAME));
          case SEAT -> out.add(fixed(s, h, new Actor(words, h.span(), e.name(), Actor.Kind.ORGANIZATION,
              e.country(), null, e.sector() == null ? "GOV" : e.sector(), null), Mention.Form.NAME));
          case CITY -> places.add(fixed(s, h, new Actor(words, h.span(), e.name(), Actor.Kind.CITY,
              e.country(), e.region(), null, null), Mention.Form.PLACE));
          case DEMONYM -> {
            // "the Russians" as a people; a bare adjective ("Russian machinery") is no actor
            Token tk = toks.get(h.last());
            Actor a = new Actor(words, h.span(), e.name(), Actor.Kind.COUNTRY, e.country(), null, null, null);
            // "the Palestinians", or "the U.S." heading its own noun phrase, name the state; "Russian machinery"
            // does not
            boolean headsPhrase = h.last() + 1 >= toks.size() || !toks.get(h.last() + 1).isNoun();
            boolean people = tk.pos().equals("NNPS") || (tk.pos().equals("NNS") && capitalised(tk.word()))
                || (tk.isProperNoun() && headsPhrase && !tk.pos().startsWith("JJ"));
            Draft before = out.isEmpty() ? null : out.get(out.size() - 1);
            // "ethnic Albanians in south Serbia", "the Albanians of southern Serbia": a people said to be of
            // another state, or a minority said to live in it; "Americans in Iraq" are not Iraqis
            boolean ethnic = h.first() > 0 && toks.get(h.first() - 1).lower().equals("ethnic");
            boolean of = h.last() + 1 < toks.size() && toks.get(h.last() + 1).lower().equals("of");
            String livesIn = people && (ethnic || of) ? residence(toks, h.last()) : null;
            if (people && before != null && before.last() == h.first() - 1 && before.form() == Mention.Form.MODIFIER
                && before.fixed() != null && !Objects.equals(before.fixed().country(), e.country())) {
              // "Bosnian Serbs", "Turkish Kurds": a people of the state the first word names, as analysts code
              // them (ICEWS's "Ethnic Serb (Bosnia)")
              out.remove(out.size() - 1);
              out.add(peopleOf(s, before.first(), h.last(), before.fixed().country()));
            } else if (livesIn != null && !livesIn.equals(e.country())) {
              // "ethnic Albanians in south Serbia": a minority is coded to the state it lives in
              out.add(peopleOf(s, ethnic ? h.first() - 1 : h.first(), h.last(), livesIn));
            } else {
              out.add(fixed(s, h, a, people ? Mention.Form.NAME : Mention.Form.MODIFIER));
            }
          }
          default -> { }
        }
        mark(used, h.first(), h.last());
      }

      // pronouns
      for (int k = 0; k < toks.size(); k++) {
        Token t = toks.get(k);
        if (used[k] || !SUBJECT_PRONOUNS.contains(t.lower()) || !t.pos().startsWith("PRP")) {
          continue;
        }
        Entity ante = antecedent(out, k);
        if (ante != null) {
          out.add(new Draft(s.index(), k, k, k, t.span(), ante, null, Mention.Form.PRONOUN));
        }
      }
      appositiveStates(s, out, hitAt);
      drafts.add(out);
      placeDrafts.add(places);
    }

    /**
     * A named person with no state takes the state of the role or body an apposition gives them: "Salaheddine
     * Sidhoum, Algeria's leading human rights activist", "A member of the Syrian parliament, Mohammed Mamoun".
     * Only a role or a body counts: two names side by side are a list, not an apposition.
     */
    void appositiveStates(Sentence s, List<Draft> ds, GazHit[] hitAt) {
      for (Draft d : ds) {
        Entity e = d.entity();
        if (e == null || e.kind != Actor.Kind.PERSON || e.country != null || d.form() != Mention.Form.NAME) {
          continue;
        }
        List<Integer> appositives = new ArrayList<>();
        Dependency up = s.parent(d.head());
        if (up != null && up.base().equals("appos")) {
          appositives.add(up.head());
        }
        for (Dependency c : s.children(d.head())) {
          if (c.base().equals("appos")) {
            appositives.add(c.dependent());
          }
        }
        for (int x : appositives) {
          Draft role = covering(ds, x);
          if (role != null && role != d && role.form() == Mention.Form.ROLE && named(role, hitAt)) {
            adopt(e, role);
            if (e.country != null) {
              break;
            }
          }
          // "a member of the Syrian parliament", "Algeria's leading activist": the body or state the role is of
          for (Dependency c : s.children(x)) {
            // "his deputy at the National Security Council" works there; it does not say whose he is
            boolean whose = c.relation().equals("nmod:poss")
                || c.base().equals("nmod") && Set.of("of", "for").contains(s.caseWord(c.dependent()));
            Draft body = whose ? covering(ds, c.dependent()) : null;
            if (body != null && body != d && named(body, hitAt) && body.fixed() != null && body.fixed().country() != null
                && body.fixed().kind() != Actor.Kind.PERSON && body.fixed().kind() != Actor.Kind.CITY) {
              adopt(e, body);
              break;
            }
          }
          if (e.country != null) {
            break;
          }
        }
      }
    }

    /**
     * Whether the words of a mention name its state. A body with no state in its words ("the ruling Liberal
     * Democratic Party") was given the document's home state by default, which says nothing about a person.
     */
    private static boolean named(Draft d, GazHit[] hitAt) {
      for (int k = d.first(); k <= d.last(); k++) {
        if (hitAt[k] != null && hitAt[k].entry().country() != null) {
          return true;
        }
      }
      return false;
    }

    private static Draft covering(List<Draft> ds, int tok) {
      for (Draft d : ds) {
        if (d.first() <= tok && tok <= d.last()) {
          return d;
        }
      }
      return null;
    }

    private static void adopt(Entity e, Draft from) {
      String country = from.entity() != null ? from.entity().country : from.fixed().country();
      String sector = from.entity() != null ? from.entity().sector : from.fixed().sector();
      if (e.country == null) {
        e.country = country;
      }
      if (e.sector == null) {
        e.sector = sector;
      }
    }

    /** The person a pronoun at {@code k} most likely stands for. */
    Entity antecedent(List<Draft> sentenceDrafts, int k) {
      Entity before = null;
      for (Draft d : sentenceDrafts) {
        if (d.entity() != null && d.entity().kind == Actor.Kind.PERSON && d.last() < k
            && d.form() != Mention.Form.PRONOUN) {
          before = d.entity();
          break; // the first person of the sentence: usually its subject
        }
      }
      if (before != null) {
        return before;
      }
      if (currentSentence - priorPersonSentence > 2) {
        return null; // too far back to trust
      }
      return priorSubjectPerson != null ? priorSubjectPerson : priorPerson;
    }

    Entity lastSubjectCandidate(List<Draft> ds) {
      for (Draft d : ds) {
        if (d.entity() != null && d.entity().kind == Actor.Kind.PERSON) {
          return d.entity();
        }
      }
      return lastSubjectPerson;
    }

    /**
     * The state a people lives in, from "in"/"of" right after it ("ethnic Albanians in south Serbia", "the
     * Albanians of southern Serbia"), with up to two words of direction between; {@code null} when none is said.
     */
    String residence(List<Token> toks, int last) {
      int p = last + 1;
      if (p >= toks.size() || !(toks.get(p).lower().equals("in") || toks.get(p).lower().equals("of"))) {
        return null;
      }
      for (int k = p + 1; k < Math.min(toks.size(), p + 4); k++) {
        if (!capitalised(toks.get(k).word())) {
          if (toks.get(k).lower().equals("the") || toks.get(k).pos().startsWith("JJ")
              || Gazetteer.direction(toks.get(k).lower())) {
            continue; // "in southern Slovakia": a direction is no place of its own
          }
          return null;
        }
        for (Entry e : gaz.lookup(Gazetteer.key(toks.get(k).word()))) {
          if ((e.type() == Gazetteer.Type.COUNTRY || e.type() == Gazetteer.Type.REGION) && e.country() != null) {
            return e.country();
          }
        }
        return null;
      }
      return null;
    }

    /** A people named by the words from {@code first} to {@code last}, coded to {@code country}. */
    Draft peopleOf(Sentence s, int first, int last, String country) {
      Span span = s.spanOf(first, last);
      String words = span.of(text);
      return new Draft(s.index(), first, last, last, span, null,
          new Actor(words, span, words, Actor.Kind.GROUP, country, null, null, null), Mention.Form.GROUP);
    }

    Draft fixed(Sentence s, GazHit h, Actor a, Mention.Form form) {
      return new Draft(s.index(), h.first(), h.last(), h.last(), h.span(), null, a, form);
    }

    // ---- persons

    /**
     * Runs of person-name tokens: {first (incl. honorifics), firstName, last}. A run is NER PERSON tokens, or
     * capitalised words after an honorific ("Mr. Khasikov").
     */
    List<int[]> personRuns(List<Token> toks, GazHit[] hitAt) {
      currentTokens = toks;
      List<int[]> runs = new ArrayList<>();
      int i = 0;
      while (i < toks.size()) {
        int start = i;
        while (i < toks.size() && gaz.isHonorific(toks.get(i).word()) && capitalised(toks.get(i).word())) {
          i++;
        }
        boolean afterHonorific = i > start;
        int nameFirst = i;
        // a title word inside a run of PERSON tokens is a name ("Tom King"); at its start it is a title
        while (i < toks.size()) {
          if (i > nameFirst) {
            int p = particlesEnd(toks, i);
            if (p > i) {
              i = p; // "bin", "de", "van der", "al -": inside a name, before its next capitalised word
              continue;
            }
          }
          if (!(isNameToken(toks.get(i), afterHonorific)
              && !(hitAt[i] != null && (!toks.get(i).ner().equals("PERSON") || isStateLike(hitAt[i].entry())
                  || hitAt[i].entry().type() == Gazetteer.Type.REGION)) // a region kept despite NER: see plausible
              && (gaz.title(toks.get(i).lower()).isEmpty()
                  || (i > nameFirst && toks.get(i).ner().equals("PERSON"))))) {
            break;
          }
          i++;
        }
        if (i > nameFirst) {
          runs.add(new int[] {start, nameFirst, i - 1});
        } else {
          i = Math.max(i, start + 1);
        }
      }
      return runs;
    }

    /**
     * Adds the names that NER missed right after a title: "Speaker of the Lok Sabha Om Birla", where the tagger takes
     * "Om Birla" for a place. Two to four capitalised proper nouns that are no gazetteer name, title, honorific or
     * body word, right after the title (or its honorifics), are a person's name.
     */
    void namesAfterTitles(List<Token> toks, GazHit[] hitAt, List<TitleHit> titles, List<int[]> runs) {
      boolean[] taken = new boolean[toks.size()];
      for (int[] r : runs) {
        mark(taken, r[0], r[2]);
      }
      for (TitleHit t : titles) {
        mark(taken, t.first(), t.last());
      }
      boolean added = false;
      for (TitleHit t : titles) {
        int k = t.last() + 1;
        while (k < toks.size() && gaz.isHonorific(toks.get(k).word())) {
          k++;
        }
        int c = k;
        while (c < toks.size() && c - k < 4 && !taken[c] && hitAt[c] == null && toks.get(c).isProperNoun()
            && !toks.get(c).pos().equals("NNPS") && capitalised(toks.get(c).word())
            && Set.of("O", "PERSON", "LOCATION", "MISC").contains(toks.get(c).ner())
            && !gaz.isHonorific(toks.get(c).word()) && !startsTitleAt(toks, c)
            && gaz.bodySector(toks.get(c).lower()).isEmpty() && gaz.groupSector(toks.get(c).lower()).isEmpty()) {
          c++;
        }
        boolean ends = c >= toks.size() || !toks.get(c).isProperNoun();
        if (c - k >= 2 && ends) {
          runs.add(new int[] {t.last() + 1, k, c - 1});
          mark(taken, k, c - 1);
          added = true;
        } else if (c > k && c < toks.size()) {
          // "President Prosper Avril": a first name the tagger missed joins the name it stands before
          for (int[] r : runs) {
            if (r[0] == c && r[1] == c) {
              r[0] = t.last() + 1;
              r[1] = k;
              mark(taken, k, c - 1);
              break;
            }
          }
        }
      }
      if (added) {
        runs.sort(java.util.Comparator.comparingInt(r -> r[0]));
      }
    }

    boolean startsTitleAt(List<Token> toks, int k) {
      List<Token> saved = currentTokens;
      currentTokens = toks;
      boolean b = startsTitle(toks.get(k));
      currentTokens = saved;
      return b;
    }

    /**
     * The index after the name particles starting at {@code i} ("bin", "de", "van der", "al" and a hyphen) when a
     * capitalised name word follows them, else {@code i}: particles never end a name.
     */
    int particlesEnd(List<Token> toks, int i) {
      // "Zia-Ul-Haq": a hyphen written without spaces joins the parts of one name
      if (i > 0 && i + 1 < toks.size() && toks.get(i).word().equals("-")
          && toks.get(i - 1).span().end() == toks.get(i).span().start()
          && toks.get(i).span().end() == toks.get(i + 1).span().start()
          && capitalised(toks.get(i + 1).word())) {
        return i + 1;
      }
      int k = i;
      while (k < toks.size() && k - i < 3 && (NAME_PARTICLES.contains(toks.get(k).word())
          || (k > i && toks.get(k).word().equals("-")))) {
        k++;
      }
      if (k == i || k >= toks.size()) {
        return i;
      }
      Token next = toks.get(k);
      boolean name = capitalised(next.word()) && (next.ner().equals("PERSON") || next.isProperNoun())
          && !gaz.isHonorific(next.word()) && gaz.title(next.lower()).isEmpty();
      return name ? k : i;
    }

    boolean isNameToken(Token t, boolean afterHonorific) {
      if (afterHonorific && startsTitle(t)) {
        return false; // "the Right Honorable Prime Minister": a title, not a man called Prime
      }
      if (t.ner().equals("PERSON")) {
        return capitalised(t.word()) && !gaz.isHonorific(t.word());
      }
      return afterHonorific && t.isProperNoun() && capitalised(t.word()) && !gaz.isHonorific(t.word());
    }

    /** Whether a title phrase of the gazetteer starts at {@code t} ("Prime" of "Prime Minister"). */
    boolean startsTitle(Token t) {
      List<Token> toks = currentTokens;
      StringBuilder phrase = new StringBuilder();
      for (int n = 0; n < gaz.maxTitleWords() && t.index() + n < toks.size(); n++) {
        if (n > 0) {
          phrase.append(' ');
        }
        phrase.append(toks.get(t.index() + n).lower());
        if (gaz.title(phrase.toString()).isPresent()) {
          return true;
        }
      }
      return false;
    }

    Entity person(String name, String surname) {
      String sk = surname.toLowerCase(Locale.ROOT);
      String nk = name.toLowerCase(Locale.ROOT);
      for (int i = persons.size() - 1; i >= 0; i--) {
        Entity e = persons.get(i);
        if (e.kind != Actor.Kind.PERSON || e.fromRoleOnly) {
          continue;
        }
        boolean bothFull = nk.contains(" ") && e.name.contains(" ");
        boolean sameName = e.name.toLowerCase(Locale.ROOT).equals(nk);
        // "Reagan" after "Ronald Reagan" is him; "Nancy Reagan" is someone else
        // "Wang" after "Wang Yi": many names put the family name first
        boolean firstOfFull = !nk.contains(" ") && e.name.toLowerCase(Locale.ROOT).startsWith(nk + " ");
        if (sameName || (!bothFull && e.surname.equals(sk))
            || e.name.toLowerCase(Locale.ROOT).endsWith(" " + nk) || firstOfFull) {
          if (name.length() > e.name.length() && nk.endsWith(e.surname)) {
            e.name = name;
          }
          return e;
        }
      }
      Entity e = new Entity();
      e.name = name;
      e.surname = sk;
      persons.add(e);
      return e;
    }

    /**
     * What a title says about its holder. The first role the document gives stays: a later "the former President"
     * does not overwrite "President", and a former title never makes its holder act for the office (sector ELI).
     */
    void learnRole(Entity e, TitleHit t, List<Token> toks, Sentence s) {
      if (e.role == null) {
        e.role = roleText(t, toks, s);
        e.titleHead = t.title().phrase();
        e.former = t.former();
      }
      if (e.sector == null) {
        e.sector = t.former() ? FORMER_SECTOR : t.title().sector();
      }
      if (t.of() != null) {
        if (e.country == null) {
          e.country = t.of().country();
        }
        if (e.region == null && t.of().region() != null && (t.of().type() == Gazetteer.Type.REGION
            || (t.of().type() == Gazetteer.Type.CITY && t.title().regional()))) {
          e.region = t.of().region();
        }
      }
    }

    /** A title with no name: the person already known by that title, or a new role-only person. */
    Entity roleEntity(TitleHit t, List<Token> toks, Sentence s) {
      String head = t.title().phrase();
      for (int i = persons.size() - 1; i >= 0; i--) {
        Entity e = persons.get(i);
        // "the minister" after "Interior Minister X"; "the former President" is never the sitting one
        boolean sameTitle = e.titleHead != null && (firstWord(head).equals(firstWord(e.titleHead))
            || e.titleHead.endsWith(" " + head));
        if (sameTitle && e.former == t.former() && compatible(e, t.of())) {
          return e;
        }
      }
      Entity e = new Entity();
      e.fromRoleOnly = true;
      e.name = roleText(t, toks, s);
      e.surname = "";
      e.titleHead = head;
      learnRole(e, t, toks, s);
      persons.add(e);
      return e;
    }

    boolean compatible(Entity e, Entry of) {
      if (of == null) {
        return true;
      }
      if (of.type() == Gazetteer.Type.REGION) {
        return of.region().equals(e.region);
      }
      return of.country() == null || of.country().equals(e.country);
    }

    /** The title as written, without leading determiners and honorifics. */
    String roleText(TitleHit t, List<Token> toks, Sentence s) {
      int f = t.first();
      while (f < t.titleFirst() && (DETERMINERS.contains(toks.get(f).lower()) || gaz.isHonorific(toks.get(f).word())
          || toks.get(f).lower().equals("right"))) {
        f++;
      }
      String role = s.spanOf(f, t.last()).of(text);
      // "Former President ..." at a sentence's start: the capital is the sentence's, not the title's
      int sp = role.indexOf(' ');
      String w = sp < 0 ? role : role.substring(0, sp);
      if (capitalised(w) && (FORMER_WORDS.contains(w.toLowerCase(Locale.ROOT)) || isExPrefixed(w.toLowerCase(Locale.ROOT)))) {
        role = Character.toLowerCase(role.charAt(0)) + role.substring(1);
      }
      return role;
    }

    /** Titles with their modifiers and "of"/"to" complements, longest first, not overlapping names. */
    List<TitleHit> titles(List<Token> toks, GazHit[] hitAt, List<int[]> personRuns) {
      boolean[] inName = new boolean[toks.size()];
      for (int[] r : personRuns) {
        mark(inName, r[1], r[2]);
      }
      List<TitleHit> out = new ArrayList<>();
      int maxWords = Math.max(1, gaz.maxTitleWords());
      int i = 0;
      while (i < toks.size()) {
        if (inName[i] || (hitAt[i] != null && hitAt[i].entry().type() != Gazetteer.Type.DEMONYM)) {
          i++;
          continue;
        }
        Gazetteer.Title found = null;
        int len = 0;
        StringBuilder phrase = new StringBuilder();
        for (int n = 1; n <= maxWords && i + n <= toks.size(); n++) {
          Token tk = toks.get(i + n - 1);
          if (inName[i + n - 1]) {
            break;
          }
          if (n > 1) {
            phrase.append(' ');
          }
          // "ex-President", "ex-Prime Minister": the title of a former holder
          phrase.append(n == 1 && isExPrefixed(tk.lower()) ? tk.lower().substring(3) : tk.lower());
          var t = gaz.title(phrase.toString());
          // "Navy chief Admiral X": the tagger makes "chief" an adjective before a capitalised word
          boolean adjectiveBeforeName = n > 1 && tk.pos().startsWith("JJ") && i + n < toks.size()
              && capitalised(toks.get(i + n).word());
          if (t.isPresent() && (tk.isNoun() || adjectiveBeforeName)) {
            found = t.get();
            len = n;
          }
        }
        if (found != null && len == 1 && insideBodyName(toks, hitAt, inName, i + 1)) {
          found = null; // "General" of "General Intelligence Service", "Prosecutor General's Office"
        }
        if (found == null) {
          i++;
          continue;
        }
        int tFirst = i;
        int tLast = i + len - 1;
        // modifiers on the left: "Russian", "U.S.", "Nepal's", "Union Parliamentary Affairs"
        int first = tFirst;
        Entry of = null;
        boolean former = isExPrefixed(toks.get(tFirst).lower());
        int floor = out.isEmpty() ? 0 : out.get(out.size() - 1).last() + 1; // not into the title before
        while (first > floor) {
          Token prev = toks.get(first - 1);
          GazHit h = hitAt[first - 1];
          // "Duma deputy", "Kremlin spokesman": a seat gives its state; "Lahore mayor": a city, a local office's
          if (h != null && (h.entry().type() == Gazetteer.Type.DEMONYM || h.entry().type() == Gazetteer.Type.COUNTRY
              || h.entry().type() == Gazetteer.Type.REGION || h.entry().type() == Gazetteer.Type.FORMER_COUNTRY
              || h.entry().type() == Gazetteer.Type.IGO || h.entry().type() == Gazetteer.Type.SEAT
              || (h.entry().type() == Gazetteer.Type.CITY && found.regional()))) {
            of = of == null ? h.entry() : of;
            first = h.first();
          } else if (prev.word().equals("'s") && first >= 2 && hitAt[first - 2] != null) {
            of = of == null ? hitAt[first - 2].entry() : of;
            first = hitAt[first - 2].first();
          } else if (prev.isProperNoun() && capitalised(prev.word()) && !inName[first - 1]
              && !gaz.isHonorific(prev.word()) && !prev.word().contains(".")) {
            first--;
          } else if (FORMER_WORDS.contains(prev.lower())) {
            former = true;
            first--;
          } else if (prev.pos().startsWith("JJ") && !capitalised(prev.word()) && first >= 2
              && (hitAt[first - 2] != null || toks.get(first - 2).word().matches("'s|’s"))) {
            first--; // "Lebanon's new President", "Iran's religious leader"
          } else if (prev.lower().equals("deputy") || prev.lower().equals("vice")) {
            first--;
          } else {
            break;
          }
        }
        // complements on the right: "of the Republic of Kalmykia", "of External Affairs", "to Nepal"
        int last = tLast;
        int k = tLast + 1;
        boolean ambassadorial = "ambassador".equals(found.rank()) || "diplomat".equals(found.rank());
        while (k < toks.size()) {
          String w = toks.get(k).lower();
          boolean in = w.equals("in") && !ambassadorial;
          if (!(w.equals("of") || (w.equals("to") && ambassadorial) || w.equals("for") || in)) {
            break;
          }
          int j = k + 1;
          if (j < toks.size() && toks.get(j).lower().equals("the")) {
            j++;
          }
          if (j < toks.size() && hitAt[j] == null && j + 1 < toks.size() && hitAt[j + 1] != null
              && toks.get(j).isProperNoun()) {
            j++; // "of the Republic of Kalmykia" where the gazetteer knows only "Kalmykia"
          }
          if (in && !(j < toks.size() && hitAt[j] != null && hitAt[j].entry().type() == Gazetteer.Type.SEAT)) {
            break; // "Leader of the Opposition in the Lok Sabha"; "the commander in Kabul" is not of Kabul
          }
          if (j < toks.size() && hitAt[j] != null) {
            Entry e = hitAt[j].entry();
            if ((w.equals("of") || in) && of == null) {
              of = e;
            } else if (w.equals("of") && e.type() == Gazetteer.Type.REGION) {
              of = e;
            }
            last = hitAt[j].last();
            k = last + 1;
            continue;
          }
          int c = j;
          while (c < toks.size() && capitalised(toks.get(c).word()) && !inName[c] && toks.get(c).isProperNoun()) {
            c++;
          }
          if (c > j) {
            last = c - 1;
            k = c;
            continue;
          }
          break;
        }
        // "Republic of Kalmykia": the gazetteer often holds the region by its bare name only
        out.add(new TitleHit(first, last, tFirst, tLast, found, of, former));
        i = last + 1;
      }
      return out;
    }

    /** Whether capitalised words from {@code k} on name a body ("Intelligence Service", "Staff College"). */
    boolean insideBodyName(List<Token> toks, GazHit[] hitAt, boolean[] inName, int k) {
      for (int c = k; c < toks.size() && c < k + 4 && capitalised(toks.get(c).word()) && toks.get(c).isNoun()
          && !inName[c] && hitAt[c] == null; c++) {
        String w = toks.get(c).lower();
        if (gaz.bodySector(w).isPresent() && !w.equals("opposition")
            || c > k && gaz.bodySector(toks.get(c - 1).lower() + " " + w).isPresent()) {
          return true;
        }
      }
      return false;
    }

    /** Between a title and a name: nothing, honorifics, or a comma then honorifics. */
    boolean gapIsNameLink(List<Token> toks, int from, int to) {
      for (int k = from; k <= to; k++) {
        String w = toks.get(k).word();
        if (!(w.equals(",") || gaz.isHonorific(w))) {
          return false;
        }
      }
      return true;
    }

    /** Between a name and its appositive title: a comma and optionally "the". */
    boolean appositionGap(List<Token> toks, int from, int to) {
      if (from > to || !toks.get(from).word().equals(",")) {
        return false;
      }
      for (int k = from + 1; k <= to; k++) {
        if (!DETERMINERS.contains(toks.get(k).lower())) {
          return false;
        }
      }
      return true;
    }

    // ---- bodies and groups

    String bodySector(List<Token> toks, int k) {
      String two = k > 0 ? toks.get(k - 1).lower() + " " + toks.get(k).lower() : null;
      if (two != null && gaz.bodySector(two).isPresent()) {
        return gaz.bodySector(two).get();
      }
      return gaz.bodySector(toks.get(k).lemma().toLowerCase(Locale.ROOT))
          .or(() -> gaz.bodySector(toks.get(k).lower())).orElse(null);
    }

    /** "the Government of Nepal", "Nepal's government", "the Indian side", "the Ministry of External Affairs (MEA)". */
    Draft body(Sentence s, List<Token> toks, GazHit[] hitAt, boolean[] used, int k, String sector, boolean side) {
      Token head = toks.get(k);
      if (isPlural(head) && !side) {
        return null;
      }
      Entry country = null;
      int first = k;
      // modifiers: "Indian", "Nepali", "Nepal's", "Russian Federation's"
      int j = k - 1;
      while (j >= 0 && !used[j]) {
        Token t = toks.get(j);
        GazHit h = hitAt[j];
        if (h != null && h.entry().country() != null && (h.entry().type() != Gazetteer.Type.CITY
            || h.last() == k - 1)) {
          // a city only right before the head: "a Moscow court", "the Beijing government"
          country = country == null ? h.entry() : country;
          first = h.first();
          j = h.first() - 1;
        } else if (t.word().equals("'s") || t.word().equals("’s")) {
          j--;
        } else if (t.isProperNoun() || t.pos().equals("JJ") && capitalised(t.word())) {
          first = j;
          j--;
        } else if ((t.pos().startsWith("JJ") || t.pos().equals("NN") && !capitalised(t.word())) && j > 0
            && (hitAt[j - 1] != null || toks.get(j - 1).word().matches("'s|’s")
            || toks.get(j - 1).pos().startsWith("JJ"))) {
          first = j; // "Iraq's interim government", "the Nigerian federal government", "Turkey's intelligence agency"
          j--;
        } else {
          break;
        }
      }
      int last = k;
      String complement = null;
      // "of Nepal", "of External Affairs", "of Agriculture and Rural Development of Japan", then "(MEA)"
      int c = k + 1;
      while (c < toks.size() && toks.get(c).lower().equals("of")) {
        int from = c + 1;
        if (from < toks.size() && toks.get(from).lower().equals("the")) {
          from++;
        }
        if (from < toks.size() && hitAt[from] != null && hitAt[from].first() == from
            && hitAt[from].entry().country() != null) {
          country = country == null ? hitAt[from].entry() : country;
          last = hitAt[from].last();
          break;
        }
        int e = nameOfBodyEnd(toks, hitAt, from);
        if (e <= from) {
          break;
        }
        last = e - 1;
        if (complement == null) {
          complement = s.spanOf(from, last).of(text).toLowerCase(Locale.ROOT);
        }
        c = e;
      }
      if (complement != null && lemmaOf(head).equals("ministry")) {
        // "Ministry of Defence" is the army's ministry: the sector of "defence minister" or of the named body
        String phrase = complement;
        sector = gaz.bodySector("ministry of " + phrase).or(() -> gaz.bodySector(phrase + " ministry"))
            .or(() -> gaz.title(phrase + " minister").map(Gazetteer.Title::sector)).orElse(sector);
      }
      if (last + 3 < toks.size() + 1 && last + 3 <= toks.size() - 1 && toks.get(last + 1).word().equals("(")
          && toks.get(last + 3).word().equals(")")) {
        last += 3;
      }
      boolean named = capitalised(head.word()) || country != null;
      if (side && country == null) {
        return null; // "both sides", "the other side": events resolve those from the meeting
      }
      if (!named) {
        return null; // "the government" alone: too vague without a country or a capital letter
      }
      String iso = country != null ? country.country() : home;
      if (country != null && country.type() == Gazetteer.Type.IGO) {
        iso = "IGO";
      }
      if (iso == null) {
        return null;
      }
      int mFirst = t0(toks, first);
      Span span = s.spanOf(mFirst, last);
      String words = span.of(text);
      String lemma = head.lemma().toLowerCase(Locale.ROOT);
      Actor a;
      String region = country != null && country.type() == Gazetteer.Type.REGION ? country.region() : null;
      boolean localCity = country != null && country.type() == Gazetteer.Type.CITY && !gaz.isCapital(country);
      if (localCity) {
        region = country.region(); // "a Lahore court": the city's own body, in its province
      }
      boolean national = lemma.equals("government") || lemma.equals("administration") || lemma.equals("cabinet");
      if (side || national && !localCity) {
        String cname = gaz.country(iso).map(Entry::name).orElse(iso);
        if (region != null) {
          a = new Actor(words, span, country.name(), Actor.Kind.REGION, iso, region, sector, null);
        } else {
          a = new Actor(words, span, cname, Actor.Kind.COUNTRY, iso, null, sector, null);
        }
      } else {
        String name = stripDeterminer(words);
        a = new Actor(words, span, name, Actor.Kind.ORGANIZATION, iso, region, sector, null);
      }
      mark(used, mFirst, last);
      return new Draft(s.index(), mFirst, last, k, span, null, a, Mention.Form.ROLE);
    }

    /**
     * The end (exclusive) of a body's name after "of": capitalised words, joined by "and", "&", "of", "for", "the" or a
     * comma when more capitalised words follow ("Agriculture and Rural Development", "Emergency Situations",
     * "Science, Technology and Innovation"). It stops before a gazetteer state ("... of Japan").
     */
    int nameOfBodyEnd(List<Token> toks, GazHit[] hitAt, int from) {
      int e = from;
      int end = from;
      while (e < toks.size()) {
        Token t = toks.get(e);
        boolean word = capitalised(t.word()) && (t.isNoun() || t.pos().startsWith("JJ") || t.pos().equals("VBG"))
            && (hitAt[e] == null || hitAt[e].entry().type() == Gazetteer.Type.DEMONYM);
        if (word) {
          e++;
          end = e;
          continue;
        }
        boolean joint = e > from && Set.of("and", "&", "for").contains(t.lower())
            && e + 1 < toks.size() && capitalised(toks.get(e + 1).word()) && hitAt[e + 1] == null;
        if (e > from && t.word().equals(",")) {
          // a comma joins only a list that "and" closes: "Science, Technology and Innovation"
          int a = e + 1;
          while (a < toks.size() && a <= e + 4 && capitalised(toks.get(a).word()) && hitAt[a] == null) {
            a++;
          }
          joint = a > e + 1 && a < toks.size() && toks.get(a).lower().equals("and");
        }
        if (joint) {
          e++;
          continue;
        }
        break;
      }
      return end;
    }

    static String lemmaOf(Token t) {
      return t.lemma().toLowerCase(Locale.ROOT);
    }

    /** "Nepali students", "Russian companies", "brave Nepali soldiers". */
    Draft group(Sentence s, List<Token> toks, GazHit[] hitAt, boolean[] used, int k, String sector) {
      Token head = toks.get(k);
      if (!isPlural(head)) {
        return null;
      }
      Entry country = null;
      int first = k;
      int modifiers = k; // the first of the words qualifying the head: "Opposition groups"
      for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
        GazHit h = hitAt[j];
        if (h != null && h.entry().country() != null && h.entry().type() != Gazetteer.Type.CITY) {
          country = h.entry();
          first = h.first();
          break;
        }
        Token t = toks.get(j);
        if (t.word().equals("'s") || t.word().equals("’s")) {
          continue; // "Ukraine's armed forces"
        }
        if (!(t.pos().startsWith("JJ") || t.isNoun() || t.pos().equals("VBN")) || used[j]) {
          break; // "armed" in "Ukraine's armed forces" is a participle
        }
        modifiers = j;
      }
      int last = k;
      if (country == null) {
        first = modifiers;
        // "opposition parties in Nepal", "security forces in Guinea", "students from Chad", "inhabitants of the
        // Syrian Golan Heights"
        int p = k + 1;
        String w = p < toks.size() ? toks.get(p).lower() : "";
        if (w.equals("in") || w.equals("from") || w.equals("of")) {
          int c = p + 1;
          boolean the = c < toks.size() && toks.get(c).lower().equals("the");
          if (the) {
            c++;
          }
          GazHit h = c < toks.size() ? hitAt[c] : null;
          // "demonstrators in Baghdad": a city places its people too
          if (h != null && h.first() == c && (h.entry().type() == Gazetteer.Type.COUNTRY
              || h.entry().type() == Gazetteer.Type.REGION || h.entry().type() == Gazetteer.Type.CITY
              || the && h.entry().type() == Gazetteer.Type.DEMONYM && c + 1 < toks.size()
                  && toks.get(c + 1).isNoun())) {
            country = h.entry();
            last = h.last();
            while (h.entry().type() == Gazetteer.Type.DEMONYM && last + 1 < toks.size()
                && toks.get(last + 1).isNoun() && last < h.last() + 3) {
              last++; // the whole place: "of the Syrian Golan Heights"
            }
          }
        }
      }
      if (country == null) {
        return null; // an anonymous group has no side in international relations
      }
      Span span = s.spanOf(first, last);
      String words = span.of(text);
      String region = country.type() != Gazetteer.Type.COUNTRY ? country.region() : null;
      Actor a = new Actor(words, span, words, Actor.Kind.GROUP, country.country(), region, sector, null);
      mark(used, first, last);
      return new Draft(s.index(), first, last, k, span, null, a, Mention.Form.GROUP);
    }

    // ---- output

    DocumentActors materialize() {
      for (Entity e : persons) {
        if (e.country == null && e.role != null && home != null) {
          e.country = home; // "Prime Minister Narendra Modi" in a document about India
        }
      }
      List<List<Mention>> bySentence = new ArrayList<>();
      List<List<Mention>> places = new ArrayList<>();
      for (int si = 0; si < drafts.size(); si++) {
        bySentence.add(toMentions(drafts.get(si)));
        places.add(toMentions(placeDrafts.get(si)));
      }
      return new DocumentActors(bySentence, home, places);
    }

    List<Mention> toMentions(List<Draft> ds) {
      List<Mention> out = new ArrayList<>(ds.size());
      for (Draft d : ds) {
        String words = d.span().of(text);
        Actor a = d.fixed() != null ? d.fixed().at(words, d.span()) : d.entity().actor(words, d.span());
        out.add(new Mention(d.sentence(), d.first(), d.last(), d.head(), a, d.form()));
      }
      return out;
    }
  }

  // ---------------------------------------------------------------------------------------------------------

  /** Includes a leading "the" in the mention's words when it is there. */
  private static int t0(List<Token> toks, int first) {
    return first > 0 && toks.get(first - 1).lower().equals("the") ? first - 1 : first;
  }

  private static boolean isStateLike(Entry e) {
    return switch (e.type()) {
      case COUNTRY, FORMER_COUNTRY, DEMONYM, IGO, SEAT, ORGANIZATION -> true;
      default -> false;
    };
  }

  private static boolean isPlaceTag(String ner) {
    return ner.equals("LOCATION") || ner.equals("COUNTRY") || ner.equals("STATE_OR_PROVINCE") || ner.equals("CITY");
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  /** Capitalised, or a capitalised name after a lower-case particle and apostrophe: "d'Ivoire", "l'Aquila". */
  private static boolean capitalisedName(String w) {
    if (capitalised(w)) {
      return true;
    }
    int q = Math.max(w.indexOf('\''), w.indexOf('’'));
    return q > 0 && q <= 2 && q + 1 < w.length() && capitalised(w.substring(q + 1));
  }

  private static boolean isPlural(Token t) {
    return t.pos().equals("NNS") || t.pos().equals("NNPS");
  }

  /** "ex-president", "ex-prime": a title word of a former holder. */
  private static boolean isExPrefixed(String lower) {
    return lower.startsWith("ex-") && lower.length() > 3 && Character.isLetter(lower.charAt(3));
  }

  private static boolean hyphenated(Token t) {
    return t.word().indexOf('-') > 0;
  }

  private static void mark(boolean[] used, int from, int to) {
    for (int k = from; k <= to; k++) {
      used[k] = true;
    }
  }

  private static boolean anyUsed(boolean[] used, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (used[k]) {
        return true;
      }
    }
    return false;
  }

  private static String firstWord(String phrase) {
    int sp = phrase.indexOf(' ');
    return sp < 0 ? phrase : phrase.substring(0, sp);
  }

  private static String stripDeterminer(String words) {
    String lower = words.toLowerCase(Locale.ROOT);
    return lower.startsWith("the ") ? words.substring(4) : words;
  }
}
