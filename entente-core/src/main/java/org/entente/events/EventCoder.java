package org.entente.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.Span;
import org.entente.actors.Actor;
import org.entente.actors.DocumentActors;
import org.entente.actors.FormerStates;
import org.entente.actors.Gazetteer;
import org.entente.actors.Mention;
import org.entente.actors.Place;
import org.entente.nlp.AnnotatedText;
import org.entente.nlp.Dependency;
import org.entente.nlp.Sentence;
import org.entente.nlp.Timex;
import org.entente.nlp.Token;

/**
 * Codes the events of one document from its annotation and its resolved actors. Every event comes from a
 * trigger of the {@link Lexicon} in one sentence, with its actors found in that same sentence (or, for "both
 * sides" and pronouns, resolved to the document's earlier actors): no event is stitched together from unrelated
 * sentences, and there is no fallback code.
 *
 * <p>Thread-safe: holds only immutable reference data; all working state lives in one call.
 */
public final class EventCoder {

  private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "would", "may", "might", "should", "can",
      "must", "ought");
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll");
  private static final Set<String> HYPOTHETICAL_GOVERNORS = Set.of("possibility", "consider", "propose", "hope",
      "explore", "aim", "want", "wish", "seek", "suggest", "possible", "potential", "expect", "likely",
      "proposal", "idea", "prospect", "chance", "invitation", "invite");
  private static final Set<String> INTENT_GOVERNORS = Set.of("agree", "promise", "pledge", "offer", "plan",
      "intend", "decide", "vow", "commit", "ready", "willing", "prepared", "undertake", "readiness",
      "willingness", "commitment", "intention", "intent", "resolve", "schedule", "set", "due", "prepare");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");
  private static final Set<String> PURPOSE_PROTESTS = Set.of("protest", "demonstrate", "press", "denounce");
  private static final Set<String> ARMED = Set.of("MIL", "REB", "COP", "SPY");
  /** What is released by publishing it, not by setting it free. */
  private static final Set<String> PUBLISHED_THINGS = Set.of("report", "statement", "figure", "data", "result",
      "study", "document", "paper", "text", "detail", "list", "forecast", "budget", "communique", "information",
      "estimate", "statistic", "survey", "record", "transcript", "letter", "film", "video", "album", "book",
      "version", "update", "earnings", "profit", "minutes", "plan", "proposal", "memo", "note", "poll");
  /** Words that put a time still to come: "next week", "the coming month". */
  private static final Set<String> COMING = Set.of("next", "coming", "upcoming");
  private static final Set<String> TIME_MARKS = Set.of("when", "once", "after", "before", "while", "until");
  /** Verbs that report an announcement: under them "would" is the future of the past, not a hypothesis. */
  private static final Set<String> REPORTING = Set.of("say", "announce", "declare", "tell", "state", "confirm",
      "warn", "insist", "indicate", "add", "reply", "vow", "pledge", "promise", "threaten", "decide");
  /** Sectors of armed or official groups: their "protest" is a complaint, never a crowd in the street. */
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI",
      "REB", "IGO");
  /** What an attack with nobody named behind it is carried out with: "a roadside bomb killed". */
  private static final Set<String> WEAPONS = Set.of("bomb", "bombing", "blast", "explosion", "device", "mine",
      "landmine", "grenade", "rocket", "missile", "shell", "mortar", "shelling", "attack", "ambush", "explosive",
      "ied", "bomber", "gunfire", "sniper", "gunman", "gunmen");
  private static final Set<String> BOMBS = Set.of("bomb", "bombing", "blast", "explosion", "device", "explosive",
      "ied", "bomber");
  /** Measures only a state's own government takes in its territory: curfews, emergencies, bans, their easing. */
  private static final Pattern DOMESTIC_POWERS = Pattern.compile("172\\d?|081\\d?|082|083\\d?|132\\d?");
  /** Where something happens, not whom it reaches: "a stronghold on the Thai border". */
  private static final Set<String> BOUNDARIES = Set.of("border", "frontier", "coast", "shore", "side",
      "boundary");
  private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "of", "around", "inside");
  /** What one denies when denying a fact, not rejecting anyone: "denied rumours that ...". */
  private static final Set<String> REPORTS = Set.of("report", "rumour", "rumor", "story", "speculation", "claim",
      "suggestion", "talk");
  /** Things "killed", "injured" or "hurt" in the figurative sense: economies, talks, plans. */
  private static final Set<String> HARMED_THINGS = Set.of("industry", "economy", "market", "sector", "trade",
      "business", "prospect", "chance", "talk", "plan", "deal", "bill", "proposal", "effort", "image", "reputation",
      "relation", "process", "growth", "currency", "export", "import", "sale", "investment", "confidence",
      "interest", "agreement", "accord", "negotiation", "initiative", "hope");
  /** What a forecast is about ("the U.S. economy should expand"): never the addressee of a demand. */
  private static final Set<String> FORECAST_SUBJECTS = Set.of("economy", "growth", "inflation", "export", "import",
      "price", "rate", "currency", "market", "output", "production", "deficit", "surplus", "demand",
      "unemployment", "earnings", "profit", "sale", "trade", "gnp", "gdp", "dollar", "yen", "budget", "spending",
      "investment", "consumption", "recovery", "industry", "sector");
  private static final Set<String> FROM_AGENT_TYPES = Set.of("REQUEST", "AID", "ACCUSE", "THREATEN", "SUPPORT",
      "AGREE", "CONSULT");
  /**
   * Acts of words, which the one who summons, meets or calls in someone does to them ("summoned the ambassador to
   * complain"); "used two companies to supply the parts" has the companies supply.
   */
  private static final Set<String> VERBAL_ACTS = Set.of("ACCUSE", "REQUEST", "PROTEST", "THREATEN", "REJECT");
  /** Verbs whose object does the act of their "to" complement: "persuaded Germany to condemn". */
  private static final Set<String> OBJECT_CONTROL = Set.of("persuade", "ask", "urge", "force", "order", "allow",
      "tell", "invite", "encourage", "convince", "want", "call", "expect", "permit", "compel", "pressure", "press",
      "help", "require", "request", "advise", "instruct", "authorize", "authorise", "enable", "lead", "cause",
      "prompt", "push", "get", "appeal", "warn", "remind", "beg", "challenge", "dare", "oblige", "induce");
  private static final Set<String> DOMESTIC_CHALLENGERS = Set.of("REB", "OPP", "PTY");
  private static final Set<String> MARKET_WORDS = Set.of("future", "futures", "price", "share", "stock", "bond",
      "dollar", "yen", "mark", "currency", "market", "index", "contract", "wheat", "corn", "soybean", "gold", "oil",
      "crude", "sterling", "franc", "bourse", "exchange", "trading", "commodity");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> PROTEST_NOUNS = Set.of("demonstration", "protest", "rally", "march", "sit-in",
      "riot", "gathering");
  /**
   * Nouns whose "that" clause is what someone claims, admits or fears, not an act the report asserts: "demanded an
   * admission by Moscow that Soviet forces murdered Polish officers" reports no killing of its own (and would stamp
   * a wartime act with the report's date).
   */
  private static final Set<String> CLAIM_NOUNS = Set.of("admission", "allegation", "accusation", "claim", "charge",
      "assertion", "acknowledgement", "acknowledgment", "confession", "belief", "fear", "suspicion", "rumour",
      "rumor", "report", "evidence", "proof", "suggestion", "impression", "assurance");
  /** Verbs of a crowd whose participle ("demonstrated ... calling for independence") says what it demands. */
  private static final Set<String> PROTEST_VERBS = Set.of("demonstrate", "protest", "rally", "march", "riot",
      "strike", "picket");
  private static final Set<String> NEGATING_GOVERNORS = Set.of("fail", "refuse", "decline", "avoid");
  private static final Set<String> DENIALS = Set.of("deny", "dismiss");
  private static final Set<String> EMBEDDING = Set.of("xcomp", "ccomp", "acl", "nmod", "obl", "obj", "csubj",
      "advcl");
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  private static final Set<String> PREPOSITIONS = Set.of("of", "in", "to", "with", "by", "for", "from", "on",
      "at", "between", "into", "about", "over", "against", "toward", "towards", "among", "across", "near", "along",
      "outside", "inside", "through", "within", "beyond", "around", "behind", "under");
  private static final Set<String> COLLECTIVE_HEADS = Set.of("side", "leader", "participant", "country",
      "nation", "government", "party", "delegation", "minister", "state");
  private static final Set<String> REFER_BACK = Set.of("meeting", "talk", "talks", "discussion", "discussions",
      "dialogue", "visit", "conversation", "side", "sides", "participant", "participants", "leader", "leaders",
      "call", "negotiation", "negotiations", "summit", "interaction", "consultation", "consultations");
  private static final Pattern MONTH_ONLY = Pattern.compile("(?:.*INTERSECT )?XXXX-(\\d{2})(-\\d{2})?");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private final Lexicon lexicon;
  private final CameoTable cameo;
  private final SectorLexicon sectorLexicon;
  private final Gazetteer gazetteer;
  private final FormerStates formerStates = FormerStates.load();

  public EventCoder(Lexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.cameo = CameoTable.load();
    this.sectorLexicon = SectorLexicon.load();
  }

  /** What coding one document gave: its events and the triggers that found no actors. */
  public record Result(List<Event> events, List<String> unresolved) {
    public Result {
      events = List.copyOf(events);
      unresolved = List.copyOf(unresolved);
    }
  }

  /** A trigger found in a sentence: the entry, its head token, its dependent token (or -1), its words. */
  record Trigger(Lexicon.Entry entry, int head, int dep, int first, int last) {}

  /** An event before merging: evidence plus everything needed to compare it with its duplicates. */
  private record Draft(Sentence sentence, Trigger trigger, Lexicon.Entry entry, String cameo, List<Actor> source,
      List<Actor> target, boolean symmetric, Event.Modality modality, String date, String dateText,
      Place location, Set<String> sectors, double confidence, Evidence evidence) {}

  /** Codes one document. */
  public Result code(String docId, LocalDate docDate, AnnotatedText at, DocumentActors actors) {
    CAPITALS.set(gazetteer);
    List<Draft> drafts = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    Draft lastMeeting = null;
    for (Sentence s : at.sentences()) {
      List<Trigger> triggers = triggers(s);
      for (Trigger t : triggers) {
        Draft d = draft(docId, docDate, at, actors, s, t, triggers, lastMeeting, unresolved);
        if (d != null) {
          drafts.add(d);
          if (d.cameo().startsWith("04") && (d.source().size() + d.target().size()) >= 2) {
            lastMeeting = d;
          }
        }
      }
    }
    addElaboratedSectors(at, drafts);
    return new Result(merge(docId, docDate, drafts), unresolved);
  }

  // -----------------------------------------------------------------------------------------------------------
  // Triggers

  List<Trigger> triggers(Sentence s) {
    List<Token> toks = s.tokens();
    List<Trigger> cands = new ArrayList<>();
    for (Lexicon.Entry e : lexicon.entries()) {
      for (Token t : toks) {
        if (!e.head().matches(t)) {
          continue;
        }
        if (e.dep() == null) {
          Dependency p = s.parent(t.index());
          if (e.head().pos() == 'N' && p != null && p.relation().equals("compound")) {
            continue; // "withdrawal rights", "the legal assistance treaty": a noun naming a kind of thing, no act
          }
          cands.add(new Trigger(e, t.index(), -1, t.index(), t.index()));
          continue;
        }
        int dep = findDep(s, t.index(), e.dep());
        if (dep >= 0) {
          int first = Math.min(t.index(), dep);
          int last = Math.max(t.index(), dep);
          if (last - first > 5) {
            first = t.index();
            last = t.index();
          }
          cands.add(new Trigger(e, t.index(), dep, first, last));
        }
      }
    }
    // longer patterns first, then the more reliable, then text order
    cands.sort(Comparator.comparing((Trigger t) -> t.dep() < 0)
        .thenComparing(t -> -t.entry().reliability())
        .thenComparingInt(Trigger::head));
    boolean[] used = new boolean[toks.size()];
    List<Trigger> out = new ArrayList<>();
    for (Trigger t : cands) {
      if (used[t.head()] || (t.dep() >= 0 && used[t.dep()])) {
        continue;
      }
      used[t.head()] = true;
      if (t.dep() >= 0) {
        used[t.dep()] = true;
      }
      out.add(t);
    }
    out.sort(Comparator.comparingInt(Trigger::head));
    return out;
  }

  /** A dependent of the pattern: linked in the parse, or near in the text ("held a high-level meeting"). */
  private static int findDep(Sentence s, int head, Lexicon.Elem dep) {
    for (Dependency d : s.deps()) {
      if (d.head() == head && dep.matches(s.tokens().get(d.dependent()))) {
        return d.dependent();
      }
      if (d.dependent() == head && d.head() >= 0 && dep.matches(s.tokens().get(d.head()))) {
        return d.head();
      }
    }
    if (dep.pos() == 'N') {
      // through the object's own noun: "gave the Ivory Coast 5.1 million dollars of aid"
      for (Dependency d : s.children(head)) {
        if (d.base().equals("obj")) {
          for (Dependency g : s.children(d.dependent())) {
            if (g.base().equals("nmod") && dep.matches(s.tokens().get(g.dependent()))) {
              return g.dependent();
            }
          }
        }
      }
    }
    List<Token> toks = s.tokens();
    if (dep.pos() == 'M') {
      // the modal of the head's complement clause: "said that Libya must hand over"
      for (Dependency c : s.children(head)) {
        if (c.base().equals("ccomp")) {
          for (Dependency a : s.children(c.dependent())) {
            if (a.base().equals("aux") && dep.matches(toks.get(a.dependent()))) {
              return a.dependent();
            }
          }
        }
      }
      return -1;
    }
    if (dep.pos() == 'X') {
      // a particle or preposition: right after the head ("called on"), or the case marker of one of the head's
      // own arguments ("called Thursday on Arabs"), never any later "on" of the sentence
      if (head + 1 < toks.size() && dep.matches(toks.get(head + 1))) {
        return head + 1;
      }
      for (Dependency d : s.deps()) {
        boolean temporal = d.head() == head && isTemporal(toks.get(d.dependent()));
        if (d.head() == head && !temporal && (d.base().equals("obl") || d.base().equals("obj"))) {
          for (Dependency c : s.children(d.dependent())) {
            if (c.base().equals("case") && dep.matches(toks.get(c.dependent()))) {
              return c.dependent();
            }
          }
        }
      }
      return -1;
    }
    for (int k = head + 1; k < Math.min(toks.size(), head + 6); k++) {
      if (dep.matches(toks.get(k))) {
        return k;
      }
      if (toks.get(k).isVerb() || toks.get(k).word().equals(",")) {
        break;
      }
    }
    if (dep.pos() == 'N') {
      for (int k = head - 1; k >= Math.max(0, head - 8); k--) {
        if (dep.matches(toks.get(k))) {
          return k;
        }
      }
    }
    return -1;
  }

  // -----------------------------------------------------------------------------------------------------------
  // One event

  private Draft draft(String docId, LocalDate docDate, AnnotatedText at, DocumentActors actors, Sentence s,
      Trigger t, List<Trigger> all, Draft lastMeeting, List<String> unresolved) {
    Lexicon.Entry e = t.entry();
    List<Token> toks = s.tokens();
    // An embedded act under an intent trigger ("agreed to host", "readiness to host") belongs to that trigger.
    if (governedByIntentTrigger(s, t, all)) {
      return null;
    }
    // "is ready to", "are prepared to": an adjective of intent counts only as a predicate, not "a prepared address"
    if (e.head().pos() == 'A' && s.children(t.head()).stream().noneMatch(d -> d.base().equals("cop"))) {
      return null;
    }
    // "the meeting demonstrated that ...", "rallied 2 pct": a protest verb with a clause or object is another sense
    if (e.type().equals("PROTEST") && toks.get(t.head()).isVerb()) {
      for (Dependency d : s.children(t.head())) {
        if ((d.base().equals("ccomp") || d.base().equals("obj")) && d.dependent() != t.dep()) {
          return null;
        }
      }
    }
    if (otherSense(s, t) || claimedContent(s, t) || protestsDemand(s, t, e) || purposeOfAProtest(s, t, all)) {
      return null;
    }
    // "is to call on President Sarney" pays a visit; "called on Iran to free" appeals
    if (e.cameo().equals("020") && toks.get(t.head()).lemma().equalsIgnoreCase("call") && t.dep() >= 0
        && Set.of("on", "upon").contains(toks.get(t.dep()).lower()) && !hasInfinitive(s, t.head())) {
      e = recoded(e, "042", false, false, true, false);
    }
    // "evacuated the wounded", "wounded soldiers": a verb form used as a noun or an adjective is no act
    Dependency up = s.parent(t.head());
    if (e.head().pos() == 'V' && (child(s, t.head(), "det") >= 0 || up != null && up.base().equals("amod"))) {
      return null;
    }
    int verb = clauseVerb(s, t);
    int clause = verb >= 0 ? verb : t.head(); // the head whose clause the act is in
    double conf = e.reliability();

    // --- source
    List<Mention> src = new ArrayList<>();
    boolean srcFromParse = true;
    int srcTok = -1;
    // "staged a hunger strike in protest against violations by the security forces": whoever does the act protests;
    // a "by" the parse hangs on the protest names the author of what is protested
    boolean inProtest = e.head().pos() == 'N' && e.type().equals("PROTEST")
        && toks.get(t.head()).lemma().equalsIgnoreCase("protest") && s.caseWord(t.head()).equals("in")
        && child(s, t.head(), "det") < 0;
    if (e.head().pos() == 'N' && !inProtest) {
      // "a visit to Moscow by Shultz", "Putin's briefing": the noun's own agent acts, not the clause's subject
      srcTok = possessor(s, t.head());
      if (srcTok < 0) {
        srcTok = agent(s, t.head());
      }
      if (srcTok < 0 && FROM_AGENT_TYPES.contains(e.type())) {
        // "demands from UNITA", "an appeal from President Gbagbo", "aid from Japan": what comes from someone is
        // theirs; a withdrawal or a release "from" names a place, so those types are left out
        for (Dependency d : s.children(t.head())) {
          if (d.base().equals("nmod") && s.caseWord(d.dependent()).equals("from")
              && actors.at(s.index(), d.dependent()) != null) {
            srcTok = d.dependent();
            break;
          }
        }
      }
    }
    Mention nounAgent = null;
    if (srcTok < 0 && e.head().pos() == 'N' && !e.symmetric()) {
      // "a U.S. attack on an Iranian target", "an Iranian missile attack": the nationality qualifying an act
      // names who did it, not the clause's subject ("France voiced comprehension for a U.S. attack")
      nounAgent = qualifyingState(actors, s, t.head());
      if (nounAgent != null) {
        srcTok = nounAgent.head();
      }
    }
    boolean borrowed = srcTok < 0; // the act names no agent of its own: the clause's is borrowed
    if (srcTok < 0) {
      srcTok = subjectToken(s, clause);
    }
    if (srcTok < 0) {
      srcTok = agent(s, clause);
    }
    // "after a state of siege was declared": a passive clause with a subject of its own has no controller
    if (srcTok < 0 && child(s, clause, "nsubj:pass") < 0) {
      srcTok = controllerSubject(s, clause);
    }
    List<Actor> collective = null;
    if (srcTok >= 0) {
      collective = nounAgent != null ? null : collective(s, srcTok, lastMeeting, at.text());
      if (nounAgent != null) {
        src.add(nounAgent);
      } else if (collective == null) {
        src.addAll(withConjuncts(actors, s, srcTok));
        // "the military government of President Prosper Avril" acts for him
        if (src.isEmpty() && RULERS_OF.contains(toks.get(srcTok).lemma().toLowerCase(Locale.ROOT))) {
          int of = childWithCase(s, srcTok, "of");
          if (of >= 0) {
            src.addAll(withConjuncts(actors, s, of));
          }
        }
      }
    }
    // "thousands of Iraqi Kurds demonstrated", "Islamic fundamentalists in Algiers staged a hunger strike": a
    // population the gazetteer has no name for is placed by its nationality word or where it acts
    boolean populace = false;
    if (collective == null && src.isEmpty() && srcTok >= 0) {
      Mention own = ownedByReporter(actors, s, at.text(), srcTok);
      if (own != null) {
        src.add(own); // "The United States said its forces destroyed ..."
        conf *= 0.9;
      }
    }
    int who = srcTok >= 0 && !toks.get(srcTok).pos().equals("PRP$") ? srcTok : governingSubject(s, t.head());
    if (collective == null && src.isEmpty() && who >= 0) {
      Mention g = population(actors, s, at.text(), t, who, e);
      if (g != null) {
        src.add(g);
        populace = true;
        conf *= 0.85;
      }
    }
    if (!src.isEmpty() && collective == null) {
      populace |= populace(s, src.get(0));
      src.set(0, minorityWhere(actors, s, at.text(), t, e, src.get(0)));
    }
    // a state "protests to Japan" (a complaint); a crowd protesting is a demonstration
    if (populace && e.cameo().equals("114") && toks.get(t.head()).lemma().equalsIgnoreCase("protest")) {
      e = recoded(e, "141", e.symmetric(), true, e.place(), true);
    }
    // "Asked whether ..., Ruding replied": a sentence-initial participle has no subject of its own to borrow
    boolean openingParticiple = t.first() == 0 && (toks.get(t.head()).pos().equals("VBN")
        || toks.get(t.head()).pos().equals("VBG"));
    // a subject the parse found but no actor resolved ("the government decided to stop paying", "Baker urged") is
    // still the one who acts: an actor outside its phrase, often the speaker reporting it, must not stand in; one
    // inside it may ("opposition parties in Nepal", "Montenegro Municipality Association officials")
    int[] subjectPhrase = srcTok >= 0 && toks.get(srcTok).isNoun() && collective == null
        ? subtree(s, srcTok) : null;
    if (collective == null && src.isEmpty() && !passive(s, clause) && !openingParticiple
        && !relativeSubject(s, clause)) {
      Mention m = surfaceSource(actors, s, t);
      if (m != null && subjectPhrase != null && (m.first() < subjectPhrase[0] || m.last() > subjectPhrase[1])) {
        m = null;
      }
      if (m != null) {
        src.add(m);
        srcFromParse = false;
      }
    }

    // "a roadside bomb killed three soldiers", "was killed in a car bomb explosion": force with nobody named behind
    // it is coded to unidentified attackers of the place where it struck, as ICEWS codes unidentified gunmen
    Place scene = null;
    boolean bombing = false;
    boolean unidentified = false;
    if (collective == null && src.isEmpty() && e.type().equals("ASSAULT") && e.head().pos() == 'V') {
      boolean weapon = srcTok >= 0 && WEAPONS.contains(toks.get(srcTok).lemma().toLowerCase(Locale.ROOT));
      boolean agentless = srcTok < 0 && passive(s, clause);
      scene = weapon || agentless ? scene(actors, s, t, e) : null;
      if (scene != null && scene.country() != null && !"IGO".equals(scene.country())) {
        int w = weapon ? srcTok : t.head();
        int first = w;
        for (Dependency d : s.children(w)) {
          if ((d.base().equals("compound") || d.base().equals("amod")) && d.dependent() < first) {
            first = d.dependent();
          }
        }
        src.add(groupMention(s, at.text(), first, w, "unidentified attackers", scene.country(), null));
        unidentified = true;
        srcFromParse = false;
        conf *= 0.75;
        bombing = BOMBS.contains(toks.get(w).lemma().toLowerCase(Locale.ROOT));
      } else {
        scene = null;
      }
    }

    // --- "between X and Y"
    List<Mention> between = betweenParticipants(actors, s, t);

    // --- target
    List<Mention> tgt = new ArrayList<>();
    boolean tgtFromParse = true;
    // force lands on things as well as people: "fired on Israeli positions" is aimed at Israel
    boolean force = e.type().equals("ASSAULT") || e.type().equals("COERCE");
    boolean strict = e.direct() && !force;
    // a protest or a complaint about an act, or yielding to it or rejecting it, is aimed at its author:
    // "protested against violations by the Israeli military", "to protest Sweden's decision", "conceded to
    // demands from UNITA"
    boolean aboutActs = e.type().equals("PROTEST") || e.type().equals("ACCUSE") || e.type().equals("CONCEDE")
        || e.type().equals("REJECT");
    // backing or accepting a thing is aimed at whose it is: "defended the right of Russian troops", "agreed to US
    // mediation"; a place that merely names a thing ("the Geneva talks", "the Oslo accords") owns nothing
    boolean ownedThings = e.type().equals("SUPPORT") || e.type().equals("AGREE");
    Owners owners = strict ? Owners.NONE
        : force || aboutActs ? Owners.ANY
        : ownedThings ? Owners.NO_PLACES
        : Owners.NONE;
    for (String role : e.targets()) {
      if (role.equals("between")) {
        continue;
      }
      tgt.addAll(targetsByRole(actors, s, t, verb, role, strict ? gazetteer : null, owners));
      if (!tgt.isEmpty()) {
        break;
      }
    }
    if (owners == Owners.NO_PLACES && !src.isEmpty() && src.get(0).actor().country() != null) {
      // "called on Congress to approve an extension of U.S. negotiating authority": a state backing a thing of its
      // own does nothing to anyone
      String own = src.get(0).actor().country();
      tgt.removeIf(m -> own.equals(m.actor().country()) && qualifier(s, m));
    }
    int protested = inProtest ? agent(s, t.head()) : -1;
    if (tgt.isEmpty() && protested >= 0) {
      tgt.addAll(withConjuncts(actors, s, protested));
    }
    if (tgt.isEmpty() && !e.direct()) {
      tgt.addAll(embeddedTargets(actors, s, t, !e.type().equals("REQUEST"), gazetteer));
    }
    if (tgt.isEmpty() && !e.targets().isEmpty() && !e.direct() && VERBAL_ACTS.contains(e.type())) {
      tgt.addAll(purposeObject(actors, s, t));
    }
    if (tgt.isEmpty() && !e.targets().isEmpty() && !e.direct()) {
      Mention m = surfaceTarget(actors, s, t, e);
      if (m != null) {
        tgt.add(m);
        tgtFromParse = false;
      }
    }
    for (int i = 0; i < tgt.size(); i++) {
      tgt.set(i, minorityWhere(actors, s, at.text(), t, e, tgt.get(i)));
    }
    Actor domestic = null;
    if (tgt.isEmpty() && !e.targets().isEmpty() && !src.isEmpty()) {
      if (e.type().equals("ASSAULT") && scene == null) {
        scene = scene(actors, s, t, e);
      }
      // unnamed victims of force are the people of the place where it struck ("killed 23 people in Tel Aviv"),
      // else of the source's own state
      String victims = e.type().equals("ASSAULT") && scene != null ? scene.country() : null;
      domestic = domesticGroup(s, t, verb, e, src.get(0).actor(), victims, actors);
    }

    List<Actor> source = new ArrayList<>();
    if (collective != null) {
      source.addAll(collective);
    } else {
      src.forEach(m -> source.add(asActor(m)));
    }
    List<Actor> target = new ArrayList<>();
    tgt.forEach(m -> target.add(asActor(m)));
    // "forced the UN refugee agency out of the country": driving out a mission or an agency, not people from their
    // homes, is an expulsion (166)
    if (e.cameo().equals("180") && toks.get(t.head()).lemma().equalsIgnoreCase("force") && !target.isEmpty()
        && target.stream().allMatch(a -> a.kind() == Actor.Kind.IGO || a.kind() == Actor.Kind.ORGANIZATION
            || "IGO".equals(a.country()) || "NGO".equals(a.country()))) {
      e = recoded(e, "166", false, false, e.place(), false);
    }
    if (domestic != null) {
      target.add(domestic);
      conf *= 0.8;
    }
    boolean symmetric = e.symmetric() || collective != null;
    if (!between.isEmpty()) {
      // "welcomed the outcome of a meeting between Baker, Poehl and Stoltenberg": the parties of a mutual act are
      // the ones it is between, never an outsider who comments on it
      boolean outsider = e.symmetric() && !source.isEmpty() && source.stream()
          .noneMatch(a -> between.stream().anyMatch(m -> m.actor().sameEntity(a)));
      if (outsider) {
        source.clear();
        target.clear();
      }
      if (source.isEmpty()) {
        between.forEach(m -> source.add(m.actor()));
        symmetric = true;
      } else if (target.isEmpty()) {
        between.forEach(m -> target.add(m.actor()));
      }
    }
    if (unidentified) {
      // "a journalist was killed in a car bomb explosion in Beirut": an unnamed victim of an unattributed attack
      // is of the place where it struck, like the attackers
      target.replaceAll(a -> a.kind() == Actor.Kind.PERSON && a.country() == null && a.role() != null
          && a.name().equalsIgnoreCase(a.role()) ? new Actor(a.text(), a.span(), a.name(), a.kind(),
              source.get(0).country(), a.region(), a.sector(), a.role()) : a);
    }
    dropSelfTargets(source, target);
    dedupe(source);
    dedupe(target);
    Place protestPlace = null;
    // an opposition leader, a party or a crowd demanding elections or reforms with no addressee asks its own
    // government, as ICEWS codes domestic demands
    // (a demand, 10x: "asked to remain anonymous" is a journalist's formula, not an appeal to anyone)
    boolean domesticDemand = e.cameo().startsWith("10") && source.size() == 1 && nonState(source.get(0));
    if (target.isEmpty() && e.type().equals("PROTEST")) {
      // "began a hunger strike to protest against Sweden's decision": the strike is against whom its purpose
      // protests, and so one event with that protest, not a second one against the strikers' own government
      List<Dependency> purposes = new ArrayList<>(s.children(t.head()));
      int doing = clause != t.head() ? clause : doingVerb(s, t.head());
      if (doing >= 0 && doing != t.head()) {
        purposes.addAll(s.children(doing)); // "began a hunger strike to protest": the purpose hangs on the verb
      }
      for (Dependency d : purposes) {
        int k = d.dependent();
        if (!target.isEmpty()) {
          break;
        }
        if (purposeProtest(s, d)) {
          Trigger purpose = new Trigger(e, k, -1, k, k);
          for (String role : List.of("obj", "against", "at", "over")) {
            targetsByRole(actors, s, purpose, -1, role, null, Owners.ANY).forEach(m -> target.add(asActor(m)));
            if (!target.isEmpty()) {
              break;
            }
          }
          dropSelfTargets(source, target);
          if (target.stream().allMatch(a -> a.country() == null)) {
            target.clear(); // "to protest President Assad's failure": a stateless target says less than the default
          }
        }
      }
    }
    if (target.isEmpty() && (e.domestic() || domesticDemand) && source.size() == 1) {
      // with no stated recipient, a protest is against the government where it happens and lifting a curfew is
      // for the people there: CAMEO coders' domestic default
      protestPlace = place(actors, s, t, target, e);
      String c = protestPlace != null ? protestPlace.country() : source.get(0).country();
      if (c != null && !"IGO".equals(c)) {
        Token tk = s.tokens().get(t.head());
        String name = gazetteer.country(c).map(Gazetteer.Entry::name).orElse(c);
        String sector = e.type().equals("PROTEST") || domesticDemand ? "GOV" : null;
        target.add(new Actor(tk.word(), tk.span(), name, Actor.Kind.COUNTRY, c, null, sector, null));
        conf *= 0.75;
      }
    }

    // "threatened to launch an offensive unless Baghdad accepted": the threat is aimed at the one who must comply
    int ultimatumSubject = conditionSubject(s, t, verb, true);
    if (target.isEmpty() && !e.direct() && (e.type().equals("THREATEN")
        || ultimatumSubject >= 0 && intent(s, clause))) {
      int cond = ultimatumSubject >= 0 ? ultimatumSubject : conditionSubject(s, t, verb, false);
      if (cond >= 0) {
        withConjuncts(actors, s, cond).forEach(m -> target.add(asActor(m)));
        dropSelfTargets(source, target);
        conf *= 0.85;
      }
    }

    String what = "S" + s.index() + " '" + triggerText(at, s, t) + "' (" + e.type() + " " + e.cameo() + ")";
    // "imposed a curfew after riots", "lifted a curfew where people were killed in riots": a protest noun with no
    // agent of its own is the crowd's, never that of a state that acts on it
    if (e.type().equals("PROTEST") && e.head().pos() == 'N' && t.dep() < 0 && borrowed
        && source.stream().anyMatch(a -> a.kind() == Actor.Kind.COUNTRY || STATE_SECTORS.contains(
            a.sector() == null ? "" : a.sector()))) {
      unresolved.add(what + ": no source (a state does not demonstrate)");
      return null;
    }
    // "Syrian troops marched into the camp": armed men on the march move, they do not demonstrate
    if (e.type().equals("PROTEST") && toks.get(t.head()).lemma().equalsIgnoreCase("march")
        && source.stream().anyMatch(a -> ARMED.contains(String.valueOf(a.sector())))) {
      unresolved.add(what + ": armed men marching do not demonstrate");
      return null;
    }
    if (source.isEmpty()) {
      unresolved.add(what + ": no source");
      return null;
    }
    if (target.isEmpty() && source.size() < 2 && !e.noTarget()) {
      unresolved.add(what + ": no target");
      return null;
    }
    if (source.size() >= 2 && target.isEmpty()) {
      symmetric = true;
    }
    // firms lending, buying or bargaining among themselves make no political event
    if (source.stream().allMatch(a -> "BUS".equals(a.sector()))
        && target.stream().allMatch(a -> "BUS".equals(a.sector()))) {
      unresolved.add(what + ": no political actor");
      return null;
    }

    // --- modality and intent
    Event.Modality modality = modality(s, t, verb);
    String code = e.cameo();
    if (bombing && (code.equals("180") || code.equals("190"))) {
      code = "183"; // "a car bomb killed": a non-military bombing
    }
    if (e.type().equals("ASSAULT") && attacksWords(s, clause)) {
      code = "111"; // "attacked the OECD forecasts": criticism, not force
    }
    if (code.equals("130") || code.equals("030")) {
      // "threatened to ban the party" is CAMEO's threat of that act (1322); "vowed to veto the bill" announces a
      // rejection and "vowed to attack" a threat, not an intent to cooperate
      for (Trigger u : all) {
        Dependency p = s.parent(u.head());
        if (u != t && p != null && p.head() == t.head() && (p.base().equals("xcomp") || p.base().equals("ccomp"))) {
          String threat = threatCode(u.entry().cameo());
          if (threat.startsWith("13")) {
            code = threat;
          } else if (code.equals("030") && u.entry().cameo().startsWith("12")) {
            code = u.entry().cameo();
          }
        }
      }
    }
    // --- date: an act dated after its report has not happened yet; it is announced ("visits Washington starting
    // next Wednesday")
    String[] date = date(s, t, at, docDate);
    boolean announced = intent(s, clause) || after(date[0], docDate);
    if (announced && modality == Event.Modality.ASSERTED) {
      String intended = intentCode(code);
      if (intended.equals(code) && !code.startsWith("03") && !code.startsWith("13")) {
        // "will ask Japan to open its market", "is to impose tariffs": an act with no intent code of its own has
        // not happened yet; only asserted events count as done
        modality = Event.Modality.HYPOTHETICAL;
      }
      code = intended;
      if (ultimatumSubject >= 0 && !code.startsWith("13")) {
        code = "139"; // "will withdraw its force unless ...": an announced act made conditional is an ultimatum
      }
    }
    CameoTable.Row row = cameo.row(code);

    // --- place, sectors
    Place place = place(actors, s, t, target, e);
    if (DOMESTIC_POWERS.matcher(code).matches()) {
      // only a state's own government imposes or lifts a curfew or bans its parties: an official whose
      // nationality the text leaves out ("President Museveni banned Ugandan opposition candidates") is of the
      // state where the measure applies
      String where = place != null ? place.country() : target.stream().map(Actor::country)
          .filter(Objects::nonNull).findFirst().orElse(null);
      for (int i = 0; i < source.size(); i++) {
        Actor a = source.get(i);
        if (where != null && !"IGO".equals(where) && a.kind() == Actor.Kind.PERSON && a.country() == null
            && "GOV".equals(a.sector())) {
          source.set(i, new Actor(a.text(), a.span(), a.name(), a.kind(), where, a.region(), a.sector(), a.role()));
        }
      }
    }
    domesticCounterpart(source, target);
    domesticCounterpart(target, source);
    jurisdiction(target, source);
    jurisdiction(source, target);
    boolean[] actorTokens = new boolean[toks.size()];
    for (Mention m : actors.in(s.index())) {
      for (int k = m.first(); k <= m.last(); k++) {
        actorTokens[k] = true;
      }
    }
    Set<String> sectors = new LinkedHashSet<>(sectorLexicon.sectors(s, actorTokens));

    // --- confidence
    if (!srcFromParse) {
      conf *= 0.8;
    }
    if (!tgtFromParse) {
      conf *= 0.85;
    }
    for (Actor a : source) {
      if (a.country() == null) {
        conf *= 0.7;
      }
    }
    for (Actor a : target) {
      if (a.country() == null) {
        conf *= 0.8;
      }
    }
    if (collective != null) {
      conf *= 0.9;
    }
    conf = Math.max(0.05, Math.min(1.0, conf));

    Span trig = s.spanOf(t.first(), t.last());
    Evidence ev = new Evidence(s.index(), s.span(), s.span().of(at.text()), trig.of(at.text()), trig);
    return new Draft(s, t, e, code, List.copyOf(source),
        List.copyOf(target), symmetric, modality, date[0], date[1], place, sectors, conf, ev);
  }

  private static String triggerText(AnnotatedText at, Sentence s, Trigger t) {
    return s.spanOf(t.first(), t.last()).of(at.text());
  }

  /** The verb of the trigger's clause: the head itself, or the verb a nominal trigger is the object of. */
  private static int clauseVerb(Sentence s, Trigger t) {
    Token head = s.tokens().get(t.head());
    if (head.isVerb()) {
      return t.head();
    }
    if (t.dep() >= 0 && s.tokens().get(t.dep()).isVerb()) {
      return t.dep();
    }
    Token h = head;
    // a predicate adjective or noun ("is willing to", "has been a supplier") is its own clause head
    for (Dependency d : s.children(t.head())) {
      if (d.base().equals("cop") || d.base().equals("nsubj")) {
        return -1;
      }
    }
    Dependency p = s.parent(t.head());
    if (p != null && p.head() >= 0 && (p.base().equals("obj") || p.relation().equals("nsubj:pass"))
        && s.tokens().get(p.head()).isVerb()) {
      return p.head();
    }
    return h.isVerb() ? t.head() : -1;
  }

  // ---- arguments

  private static int child(Sentence s, int head, String... relations) {
    for (Dependency d : s.children(head)) {
      for (String r : relations) {
        if (d.relation().equals(r)) {
          return d.dependent();
        }
      }
    }
    return -1;
  }

  /** The nominal modifier of a noun that a given preposition introduces: the "Serbian forces" of "withdrawal of". */
  private static int childWithCase(Sentence s, int head, String preposition) {
    for (Dependency d : s.children(head)) {
      if (d.base().equals("nmod") && s.caseWord(d.dependent()).equals(preposition)) {
        return d.dependent();
      }
    }
    return -1;
  }

  private static int subjectToken(Sentence s, int head) {
    int k = child(s, head, "nsubj", "nsubj:xsubj");
    if (k >= 0 && isTemporal(s.tokens().get(k))) {
      // "on Wednesday to investigate": the parser took the day for a subject; in "Israel Friday reimposed" the
      // subject hangs under it
      for (Dependency d : s.children(k)) {
        if (d.base().equals("compound") && !isTemporal(s.tokens().get(d.dependent()))) {
          return d.dependent();
        }
      }
      return -1;
    }
    if (k >= 0 && s.tokens().get(k).pos().startsWith("W")) {
      // "Japan, which sent aid": the relative pronoun stands for the noun the clause modifies
      Dependency p = s.parent(head);
      return p != null && p.relation().equals("acl:relcl") ? p.head() : -1;
    }
    return k;
  }

  /**
   * "the law that aids the shipping industry": a relative clause whose subject is its relative pronoun has that
   * antecedent as its only possible source; when it is no actor, no other actor of the sentence may stand in.
   */
  private static boolean relativeSubject(Sentence s, int head) {
    int k = child(s, head, "nsubj", "nsubj:pass");
    Dependency p = s.parent(head);
    return k >= 0 && s.tokens().get(k).pos().startsWith("W") && p != null && p.relation().equals("acl:relcl");
  }

  private static int possessor(Sentence s, int noun) {
    return child(s, noun, "nmod:poss");
  }

  /** The "by" agent of a passive verb. */
  private static int agent(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      if ((d.base().equals("obl") || d.base().equals("nmod")) && s.caseWord(d.dependent()).equals("by")) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** Control and raising: "agreed to host", "expressed readiness to host": the governor's subject acts. */
  private static int controllerSubject(Sentence s, int head) {
    int cur = head;
    for (int depth = 0; depth < 4; depth++) {
      Dependency p = s.parent(cur);
      if (p == null || p.head() < 0) {
        return -1;
      }
      String b = p.base();
      if (p.relation().equals("acl:relcl")) {
        return -1; // a relative clause's subject is its antecedent, never the main clause's subject
      }
      if (!(b.equals("xcomp") || b.equals("ccomp") || b.equals("conj") || b.equals("advcl") || b.equals("acl")
          || b.equals("obj") || b.equals("nmod") || b.equals("obl") || b.equals("dep"))) {
        return -1;
      }
      String pos = s.tokens().get(cur).pos();
      cur = p.head();
      Token noun = s.tokens().get(cur);
      if (b.equals("acl") && (pos.equals("VBG") || pos.equals("VBN")) && noun.isNoun()
          && s.children(cur).stream().anyMatch(d -> d.base().equals("compound")
              && s.tokens().get(d.dependent()).isProperNoun())) {
        // "a Security Council resolution censuring X": a qualified noun with an author of its own acts through
        // that author, not through the main clause's subject; "issued a declaration demanding" keeps the issuer
        return cur;
      }
      int subj = subjectToken(s, cur);
      if (subj >= 0) {
        return subj;
      }
      // "Kalmykia's readiness to host": the one whose readiness it is acts; not any possessor on the way up
      int poss = possessor(s, cur);
      if (poss >= 0 && INTENT_GOVERNORS.contains(s.tokens().get(cur).lemma().toLowerCase(Locale.ROOT))) {
        return poss;
      }
    }
    return -1;
  }

  /**
   * A subject that names people by a nationality word the gazetteer does not pair with it ("Iraqi Kurds",
   * "Algerian landowners"), or, for an act done where it happens (a protest), people placed by the sentence: "in
   * Baghdad", or the one state the sentence names. {@code null} when neither places them.
   */
  private Mention population(DocumentActors actors, Sentence s, String text, Trigger t, int tok,
      Lexicon.Entry e) {
    List<Token> toks = s.tokens();
    for (int guard = 0; guard < 3 && QUANTITY_HEADS.contains(toks.get(tok).lemma().toLowerCase(Locale.ROOT));
        guard++) {
      int of = -1;
      for (Dependency d : s.children(tok)) {
        if (d.base().equals("nmod") && s.caseWord(d.dependent()).equals("of")) {
          of = d.dependent(); // "tens of thousands of students"
        }
      }
      if (of < 0) {
        break;
      }
      tok = of;
    }
    Token head = toks.get(tok);
    if (!head.pos().startsWith("NNS") && !head.pos().equals("NNPS")) {
      return null;
    }
    for (Dependency d : s.children(tok)) {
      Mention mod = d.relation().equals("amod") ? actors.modifierAt(s.index(), d.dependent()) : null;
      if (mod != null && mod.actor().country() != null && mod.actor().kind() == Actor.Kind.COUNTRY) {
        return groupMention(s, text, mod.first(), tok, null, mod.actor().country(), null);
      }
    }
    if (!e.domestic() || gazetteer.groupSector(head.lemma().toLowerCase(Locale.ROOT)).isEmpty()
        && !head.pos().equals("NNS")) {
      return null;
    }
    Place where = place(actors, s, t, List.of(), e);
    String country = where != null ? where.country() : onlyState(actors, s);
    if (country == null || "IGO".equals(country)) {
      return null;
    }
    return groupMention(s, text, tok, tok, null, country,
        gazetteer.groupSector(head.lemma().toLowerCase(Locale.ROOT)).orElse(null));
  }

  /**
   * "Iraq said its warplanes attacked": a group owned by "its" or "their" inside a report belongs to the state or
   * body that reports it. {@code null} unless the reporter is such an actor.
   */
  private Mention ownedByReporter(DocumentActors actors, Sentence s, String text, int noun) {
    List<Token> toks = s.tokens();
    int poss = child(s, noun, "nmod:poss");
    if (poss < 0 || !Set.of("its", "their").contains(toks.get(poss).lower()) || !toks.get(noun).isNoun()) {
      return null;
    }
    int cur = noun;
    for (int depth = 0; depth < 4; depth++) {
      Dependency p = s.parent(cur);
      if (p == null || p.head() < 0) {
        return null;
      }
      cur = p.head();
      if (toks.get(cur).isVerb() && REPORTING.contains(toks.get(cur).lemma().toLowerCase(Locale.ROOT))
          && cur != s.parent(noun).head()) {
        int subj = subjectToken(s, cur);
        Mention m = subj >= 0 ? actors.at(s.index(), subj) : null;
        if (m == null || m.actor().country() == null || m.actor().kind() == Actor.Kind.PERSON) {
          return null;
        }
        String sector = gazetteer.groupSector(toks.get(noun).lemma().toLowerCase(Locale.ROOT)).orElse(null);
        return groupMention(s, text, poss, noun, null, m.actor().country(), sector);
      }
    }
    return null;
  }

  /** The subject of the nearest verb above a token: "fundamentalists continued their hunger strike". */
  private static int governingSubject(Sentence s, int tok) {
    int cur = tok;
    for (int depth = 0; depth < 3; depth++) {
      Dependency p = s.parent(cur);
      if (p == null || p.head() < 0) {
        return -1;
      }
      cur = p.head();
      if (s.tokens().get(cur).isVerb()) {
        return subjectToken(s, cur);
      }
    }
    return -1;
  }

  /**
   * A group the coder places itself, keeping the words of the text from {@code first} to {@code head}; named by
   * those words unless {@code name} is given ("unidentified attackers").
   */
  private static Mention groupMention(Sentence s, String text, int first, int head, String name, String country,
      String sector) {
    Span span = s.spanOf(first, head);
    String words = span.of(text);
    return new Mention(s.index(), first, head, head,
        new Actor(words, span, name != null ? name : words, Actor.Kind.GROUP, country, null, sector, null),
        Mention.Form.GROUP);
  }

  /** The one state a sentence names through its actors and places, or {@code null} when it names none or several. */
  private static String onlyState(DocumentActors actors, Sentence s) {
    String only = null;
    List<Mention> all = new ArrayList<>(actors.in(s.index()));
    all.addAll(actors.placesIn(s.index()));
    for (Mention m : all) {
      String c = m.actor().country();
      if (c == null) {
        continue;
      }
      if (only != null && !only.equals(c)) {
        return null;
      }
      only = c;
    }
    return only;
  }

  /** An actor outside the state: an opposition figure, a former leader, a party, a crowd, a union, a church. */
  private static boolean nonState(Actor a) {
    if (a.country() == null || "IGO".equals(a.country()) || a.kind() == Actor.Kind.COUNTRY
        || a.kind() == Actor.Kind.IGO) {
      return false;
    }
    return a.sector() != null && !STATE_SECTORS.contains(a.sector()) && !"BUS".equals(a.sector())
        || "ELI".equals(a.sector());
  }

  /** A mention that stands for people rather than their state: "Nigerians", "Palestinian youths", "students". */
  private static boolean populace(Sentence s, Mention m) {
    Actor a = m.actor();
    if (a.kind() == Actor.Kind.GROUP) {
      return a.sector() == null || !STATE_SECTORS.contains(a.sector());
    }
    // a plural demonym: "Nigerians", "Palestinians"
    String pos = s.tokens().get(m.head()).pos();
    return a.kind() == Actor.Kind.COUNTRY && m.form() == Mention.Form.NAME && pos.startsWith("NN")
        && pos.endsWith("S");
  }

  private static List<Mention> withConjuncts(DocumentActors actors, Sentence s, int tok) {
    List<Mention> out = new ArrayList<>();
    addMention(out, actors, s, tok);
    Mention first = out.isEmpty() ? null : out.get(0);
    List<Integer> heads = new ArrayList<>();
    heads.add(tok);
    if (first != null) {
      heads.add(first.head());
    }
    for (int h : heads) {
      for (Dependency d : s.children(h)) {
        if (d.base().equals("conj")) {
          addMention(out, actors, s, d.dependent());
        }
      }
    }
    if (first != null) {
      out.addAll(coordinatedNationalities(actors, s, first));
    }
    return out;
  }

  /**
   * "The Turkish and Greek sides", "Indian and Chinese officials", "U.S. and Russian negotiators": the parser hangs the second adjective on the
   * first, so the mention "Greek sides" covers one country. Each other country adjective qualifying the same head
   * stands for the same kind of actor of its own country.
   */
  private static List<Mention> coordinatedNationalities(DocumentActors actors, Sentence s, Mention m) {
    Actor a = m.actor();
    if ((a.kind() != Actor.Kind.COUNTRY && a.kind() != Actor.Kind.GROUP) || a.country() == null
        || !s.tokens().get(m.head()).pos().startsWith("NNS")) {
      return List.of();
    }
    List<Mention> out = new ArrayList<>();
    for (Dependency d : s.children(m.head())) {
      int k = d.dependent();
      if (!(d.relation().equals("amod") || d.relation().equals("compound")) || m.covers(k)) {
        continue;
      }
      // "U.S. and Russian negotiators": a country name compounded to the head counts as its adjective would
      Mention mod = d.relation().equals("amod") ? actors.modifierAt(s.index(), k) : actors.at(s.index(), k);
      if (mod != null && mod.actor().kind() != Actor.Kind.COUNTRY) {
        continue;
      }
      if (mod == null || mod.actor().country() == null || mod.actor().country().equals(a.country())) {
        continue;
      }
      Actor c = mod.actor();
      out.add(new Mention(s.index(), k, k, k, new Actor(c.text(), c.span(), c.name(), a.kind(), c.country(), null,
          a.sector(), a.role()), Mention.Form.ROLE));
    }
    return out;
  }

  private static boolean capitalPlace(Mention p) {
    return p.actor().kind() == Actor.Kind.CITY && CAPITALS.get() != null
        && CAPITALS.get().capitalOf(p.actor().country()).map(c -> c.name().equals(p.actor().name())).orElse(false);
  }

  private static final ThreadLocal<Gazetteer> CAPITALS = new ThreadLocal<>();

  private static void addMention(List<Mention> out, DocumentActors actors, Sentence s, int tok) {
    Mention m = actors.at(s.index(), tok);
    if (m == null) {
      // the parser may pick a word inside a name's modifier: try the tokens it governs by compound/appos
      for (Dependency d : s.children(tok)) {
        if (d.base().equals("compound") || d.base().equals("appos") || d.base().equals("flat")) {
          m = actors.at(s.index(), d.dependent());
          if (m != null) {
            break;
          }
        }
      }
    }
    if (m == null) {
      // "the Kingdom of Nepal", "the people of Nepal": the state the head noun is of; "thousands of Chilean
      // students": the group a quantity is of
      boolean quantity = QUANTITY_HEADS.contains(s.tokens().get(tok).lemma().toLowerCase(Locale.ROOT));
      for (Dependency d : s.children(tok)) {
        if (d.base().equals("nmod") && s.caseWord(d.dependent()).equals("of")) {
          Mention inner = actors.at(s.index(), d.dependent());
          if (inner != null && (inner.actor().kind() == Actor.Kind.COUNTRY || quantity)) {
            m = inner;
            break;
          }
        }
      }
    }
    if (m == null) {
      // "rejected Iraq's proposal": the possessor of an argument that is itself no actor
      for (Dependency d : s.children(tok)) {
        if (d.relation().equals("nmod:poss")) {
          m = actors.at(s.index(), d.dependent());
          if (m != null) {
            break;
          }
        }
      }
    }
    if (m == null) {
      // "the Soviet era", "the American proposal": an argument whose country adjective names the state
      for (Dependency d : s.children(tok)) {
        if (d.base().equals("amod") || d.base().equals("compound")) {
          m = actors.modifierAt(s.index(), d.dependent());
          if (m != null) {
            break;
          }
        }
      }
    }
    if (m == null) {
      // "shelled Juba", "Moscow said": a place that is the subject or object stands for its state; behind a
      // preposition ("agreed in Geneva") it is only where, unless it is a capital ("talks with Washington")
      Dependency rel = s.parent(tok);
      boolean core = rel != null && (rel.base().equals("obj") || rel.base().equals("nsubj") || rel.base().equals("iobj"));
      for (Mention p : actors.placesIn(s.index())) {
        if (p.covers(tok) && p.actor().country() != null && (core || capitalPlace(p))) {
          m = p;
          break;
        }
      }
    }
    if (m != null && !out.contains(m)) {
      out.add(m);
    }
  }

  /** "both sides", "the two leaders", "the participants": the parties of the document's last meeting. */
  private static List<Actor> collective(Sentence s, int tok, Draft lastMeeting, String text) {
    if (lastMeeting == null) {
      return null;
    }
    Token t = s.tokens().get(tok);
    if (!(t.pos().equals("NNS") || t.pos().equals("NNPS") || t.lower().equals("both"))) {
      return null;
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    boolean both = t.lower().equals("both");
    for (Dependency d : s.children(tok)) {
      String w = s.tokens().get(d.dependent()).lower();
      if (w.equals("both") || w.equals("two") || w.equals("the")) {
        both |= !w.equals("the") || lemma.equals("participant") || lemma.equals("leader");
      }
    }
    if (!both || !(COLLECTIVE_HEADS.contains(lemma) || t.lower().equals("both"))) {
      return null;
    }
    Span span = t.span();
    int first = tok;
    for (Dependency d : s.children(tok)) {
      if (d.dependent() < first && (d.base().equals("det") || d.base().equals("nummod") || d.base().equals("amod"))) {
        first = d.dependent();
      }
    }
    span = new Span(s.tokens().get(first).span().start(), span.end());
    String words = span.of(text);
    List<Actor> out = new ArrayList<>();
    for (Actor a : lastMeeting.source()) {
      out.add(a.at(words, span));
    }
    for (Actor a : lastMeeting.target()) {
      out.add(a.at(words, span));
    }
    return out.size() >= 2 ? out : null;
  }

  /** Words that are attacked only with words: forecasts, policies, proposals, statements. */
  private static final Set<String> VERBAL_OBJECTS = Set.of("forecast", "policy", "plan", "proposal", "decision",
      "statement", "report", "remark", "comment", "idea", "move", "measure", "program", "programme", "budget",
      "law", "bill", "stance", "view", "claim", "criticism", "record", "strategy", "approach");

  private static boolean attacksWords(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      if (d.base().equals("obj") && VERBAL_OBJECTS.contains(
          s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTemporal(Token t) {
    return t.ner().equals("DATE") || t.ner().equals("TIME") || t.ner().equals("DURATION");
  }

  private static boolean passive(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass")) {
        return true;
      }
    }
    return false;
  }

  private static Mention surfaceSource(DocumentActors actors, Sentence s, Trigger t) {
    Mention best = null;
    for (Mention m : actors.in(s.index())) {
      if (m.last() >= t.first()) {
        break;
      }
      if (m.form() == Mention.Form.PLACE) {
        continue;
      }
      boolean inPp = m.first() > 0 && PREPOSITIONS.contains(wordBefore(s, m.first()));
      boolean possessive = m.last() + 1 < s.tokens().size()
          && s.tokens().get(m.last() + 1).word().matches("'s|’s|'");
      if (!inPp && !possessive) {
        best = m;
      }
    }
    // a verb between the source and the trigger opens another clause; stop at most one clause back
    if (best != null) {
      for (int k = best.last() + 1; k < t.first(); k++) {
        Token tk = s.tokens().get(k);
        if (tk.word().equals(";") || tk.lower().equals("while") || tk.lower().equals("whereas")) {
          return null;
        }
      }
    }
    return best;
  }

  private static List<Mention> betweenParticipants(DocumentActors actors, Sentence s, Trigger t) {
    List<Mention> out = new ArrayList<>();
    for (int h : new int[] {t.head(), t.dep()}) {
      if (h < 0) {
        continue;
      }
      for (Dependency d : s.children(h)) {
        if ((d.base().equals("nmod") || d.base().equals("obl")) && s.caseWord(d.dependent()).equals("between")) {
          out.addAll(withConjuncts(actors, s, d.dependent()));
        }
      }
    }
    return out.size() >= 2 ? out : List.of();
  }

  /** Whether a mention only qualifies a noun: "U.S." in "U.S. negotiating authority", "Syria's" in "Syria's bid". */
  private static boolean qualifier(Sentence s, Mention m) {
    Dependency up = s.parent(m.head());
    return up != null && (up.base().equals("compound") || up.base().equals("amod")
        || up.relation().equals("nmod:poss"));
  }

  /** Whether, and how, the owner of a thing an act lands on stands for the recipient. */
  private enum Owners {
    /** only people and bodies in the role itself */
    NONE,
    /** whoever owns the thing, or the place it lies in: force and acts about acts */
    ANY,
    /** a state, body or person that owns the thing, never a place that names it */
    NO_PLACES
  }

  /** Bodies that rule for the one they are "of": "the government of President X", "the regime of General Y". */
  private static final Set<String> RULERS_OF = Set.of("government", "regime", "administration", "junta",
      "cabinet");

  /**
   * Nouns of leaving whose "of" names the one who leaves: "demanded the withdrawal of Serbian forces" is a demand
   * on Serbia, "welcomed the departure of Soviet troops" is aimed at the Soviet Union. Nouns of acts done to
   * someone ("the release of prisoners") are not here: their "of" names who suffers the act.
   */
  private static final Set<String> DEPARTURES = Set.of("withdrawal", "pullout", "pull-out", "departure",
      "resignation", "removal", "ouster", "retreat", "exit", "pullback");

  /**
   * @param direct for an entry that wants the recipient in the role itself, the gazetteer that says which nouns
   *               name people or bodies ("the Chinese delegation" is China's, "the Argentine requirements" are no
   *               one); null for any other entry
   */
  private static List<Mention> targetsByRole(DocumentActors actors, Sentence s, Trigger t, int verb, String role,
      Gazetteer direct, Owners owners) {
    List<Mention> out = new ArrayList<>();
    List<Integer> heads = new ArrayList<>();
    if (verb >= 0) {
      heads.add(verb);
    }
    heads.add(t.head());
    if (t.dep() >= 0) {
      heads.add(t.dep());
    }
    for (int h : heads) {
      for (Dependency d : s.children(h)) {
        int k = d.dependent();
        if (k == t.head() || k == t.dep()) {
          continue;
        }
        if (role.equals("clause")) {
          // the one the complement clause is about: "demanded that the US cancel", "said Libya must"
          if (d.base().equals("ccomp")) {
            int subj = child(s, k, "nsubj", "nsubj:pass");
            if (subj >= 0) {
              for (Mention m : withConjuncts(actors, s, subj)) {
                // "said Libya must" asks Libya; "said the U.S. economy should expand" is a forecast about a
                // thing of the state's, asking nobody
                if (!m.covers(subj) && FORECAST_SUBJECTS.contains(s.tokens().get(subj).lemma()
                    .toLowerCase(Locale.ROOT))) {
                  continue;
                }
                if (!out.contains(m)) {
                  out.add(m);
                }
              }
            }
          }
          continue;
        }
        if (role.equals("obj") && owners == Owners.ANY && d.base().equals("ccomp")
            && !REPORTING.contains(s.tokens().get(k).lemma().toLowerCase(Locale.ROOT))) {
          // "rejected North Korea's demand to sever an alliance", parsed as a clause whose subject is the demand:
          // the act is about the demand, and aimed at whose it is
          int subj = child(s, k, "nsubj");
          if (subj >= 0 && s.tokens().get(subj).isNoun() && !s.tokens().get(subj).isProperNoun()
              && actors.at(s.index(), subj) == null) {
            for (Mention m : owners(actors, s, subj, false)) {
              if (!out.contains(m)) {
                out.add(m);
              }
            }
          }
          continue;
        }
        boolean ok = switch (role) {
          // the passive subject is the recipient: "Oli was invited by Khasikov"
          case "obj" -> d.base().equals("obj") || d.relation().equals("nsubj:pass");
          case "iobj" -> d.base().equals("iobj");
          case "poss" -> d.relation().equals("nmod:poss");
          default -> (d.base().equals("obl") || d.base().equals("nmod")) && s.caseWord(k).equals(role);
        };
        if (ok) {
          List<Mention> found = withConjuncts(actors, s, k);
          if (found.isEmpty() && d.base().equals("obj")
              && DEPARTURES.contains(s.tokens().get(k).lemma().toLowerCase(Locale.ROOT))) {
            int of = childWithCase(s, k, "of");
            if (of >= 0) {
              found = withConjuncts(actors, s, of);
            }
          }
          if (found.isEmpty() && owners != Owners.NONE) {
            found = owners(actors, s, k, owners == Owners.ANY);
          }
          if (direct != null && !peopleNoun(direct, s.tokens().get(k))) {
            // "met the Argentine requirements" is no meeting with Argentina
            found.removeIf(m -> m.form() == Mention.Form.MODIFIER);
          }
          for (Mention m : found) {
            if (!out.contains(m)) {
              out.add(m);
            }
          }
        }
      }
    }
    if (out.isEmpty() && !role.equals("obj") && !role.equals("iobj") && !role.equals("poss")
        && !role.equals("clause")) {
      // "in Nepal" where the parser attached the place elsewhere: a place mention right after the preposition
      for (int k = t.last() + 1; k < s.tokens().size() - 1; k++) {
        if (s.tokens().get(k).lower().equals(role)) {
          Mention m = actors.at(s.index(), k + 1);
          if (m == null && k + 2 < s.tokens().size() && s.tokens().get(k + 1).lower().equals("the")) {
            m = actors.at(s.index(), k + 2);
          }
          if (m == null) {
            m = placeAt(actors, s, k + 1);
          }
          if (m != null) {
            out.add(m);
          }
          break;
        }
        if (s.tokens().get(k).isVerb()) {
          break;
        }
      }
    }
    return out;
  }

  /**
   * Whose is a thing that force lands on: "Palestinian homes", "positions of the Palestinian security forces",
   * "Kampuchean guerrilla camps", "targets in Jericho". Destroying what belongs to a people or lies in a place is
   * aimed at them.
   */
  private static List<Mention> owners(DocumentActors actors, Sentence s, int thing, boolean places) {
    List<Mention> out = new ArrayList<>();
    for (Dependency d : s.children(thing)) {
      int k = d.dependent();
      String b = d.base();
      Mention m = null;
      if (b.equals("amod") || b.equals("compound")) {
        m = mentionOrModifier(actors, s, k);
      } else if (d.relation().equals("nmod:poss")) {
        m = actors.at(s.index(), k);
      } else if (b.equals("nmod")) {
        String cw = s.caseWord(k);
        if (cw.equals("of") || cw.equals("for") || cw.equals("by") || cw.equals("from")) {
          List<Mention> inner = withConjuncts(actors, s, k);
          if (!inner.isEmpty()) {
            m = inner.get(0);
          }
        } else if (cw.equals("in")) {
          m = placeAt(actors, s, k);
          if (m == null) {
            m = actors.at(s.index(), k);
          }
        }
      }
      if (m != null && m.actor().country() != null && !out.contains(m)
          && (places || (m.actor().kind() != Actor.Kind.CITY && m.actor().kind() != Actor.Kind.REGION))) {
        out.add(m);
      }
    }
    return out;
  }

  /** The act is the content of a claim, an admission or a fear: see {@link #CLAIM_NOUNS}. */
  private static boolean claimedContent(Sentence s, Trigger t) {
    Dependency up = s.parent(t.head());
    if (up == null || up.head() < 0 || !s.tokens().get(t.head()).isVerb()) {
      return false;
    }
    String b = up.base();
    Token gov = s.tokens().get(up.head());
    return (b.equals("dep") || b.equals("acl") || b.equals("ccomp")) && gov.isNoun()
        && CLAIM_NOUNS.contains(gov.lemma().toLowerCase(Locale.ROOT))
        && s.tokens().get(subtree(s, t.head())[0]).lower().equals("that");
  }

  /**
   * "Began a hunger strike to protest against Sweden's decision": the protest is the strike's purpose, and the
   * strike's event carries its target; coding the purpose again would count one protest twice.
   */
  private static boolean purposeOfAProtest(Sentence s, Trigger t, List<Trigger> all) {
    Dependency up = s.parent(t.head());
    if (!t.entry().type().equals("PROTEST") && !t.entry().type().equals("ACCUSE")
        || up == null || up.head() < 0 || !purposeProtest(s, up)) {
      return false;
    }
    for (Trigger o : all) {
      if (o != t && o.entry().type().equals("PROTEST") && doingVerb(s, o.head()) == up.head()) {
        return true;
      }
    }
    return false;
  }

  /** A purpose clause that is itself a protest: "(began a hunger strike) to protest against ...". */
  private static boolean purposeProtest(Sentence s, Dependency d) {
    return (d.base().equals("advcl") || d.base().equals("xcomp")) && child(s, d.dependent(), "mark") >= 0
        && PURPOSE_PROTESTS.contains(s.tokens().get(d.dependent()).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The verb that does an act: the head itself when it is a verb, else the verb whose object the act's noun is
   * ("began" for "a hunger strike"), up to two steps away; -1 when there is none.
   */
  private static int doingVerb(Sentence s, int head) {
    int cur = head;
    for (int steps = 0; steps <= 2 && cur >= 0; steps++) {
      if (s.tokens().get(cur).isVerb()) {
        return cur;
      }
      Dependency g = s.parent(cur);
      cur = g != null && g.head() >= 0 && (g.base().equals("compound") || g.base().equals("obj")) ? g.head() : -1;
    }
    return -1;
  }

  /**
   * "Thousands of Iraqi Kurds demonstrated ..., calling for independence": what a protest calls for is the
   * protest's demand, one act with it, not a second event.
   */
  private static boolean protestsDemand(Sentence s, Trigger t, Lexicon.Entry e) {
    if (!e.type().equals("REQUEST") || !s.tokens().get(t.head()).pos().equals("VBG")) {
      return false;
    }
    Dependency up = s.parent(t.head());
    if (up == null || up.head() < 0) {
      return false;
    }
    String gov = s.tokens().get(up.head()).lemma().toLowerCase(Locale.ROOT);
    return (up.base().equals("dep") || up.base().equals("advcl") || up.base().equals("xcomp")
        || up.base().equals("acl")) && (PROTEST_VERBS.contains(gov) || PROTEST_NOUNS.contains(gov));
  }

  /**
   * Senses of a trigger verb that are no event: "asked whether" and "asked about" are questions, "sought to
   * prevent" is trying, "denied rumours" comments on a report.
   */
  private static boolean otherSense(Sentence s, Trigger t) {
    String lemma = s.tokens().get(t.head()).lemma().toLowerCase(Locale.ROOT);
    for (Dependency d : s.children(t.head())) {
      int k = d.dependent();
      String b = d.base();
      switch (lemma) {
        case "ask" -> {
          int mark = child(s, k, "mark");
          boolean wh = (b.equals("ccomp") || b.equals("advcl"))
              && s.tokens().get(subtree(s, k)[0]).pos().startsWith("W"); // "asked what the IMF has stipulated"
          if ((b.equals("ccomp") || b.equals("advcl")) && mark >= 0
              && Set.of("whether", "if").contains(s.tokens().get(mark).lower())
              || (b.equals("obl") || b.equals("ccomp")) && s.caseWord(k).equals("about") || wh) {
            return true;
          }
        }
        case "seek" -> {
          if (b.equals("xcomp")) {
            return true;
          }
        }
        case "kill", "wound", "injure", "hurt", "harm", "damage" -> {
          // "injured the U.S. semiconductor industry": harm to a thing, not force on people
          if ((b.equals("obj") || d.relation().equals("nsubj:pass"))
              && HARMED_THINGS.contains(s.tokens().get(k).lemma().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
        case "release" -> {
          // "released a 1987 economic report": publishing, not freeing anyone
          if ((b.equals("obj") || d.relation().equals("nsubj:pass"))
              && PUBLISHED_THINGS.contains(s.tokens().get(k).lemma().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
        case "deny" -> {
          if (b.equals("obj") && REPORTS.contains(s.tokens().get(k).lemma().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
        case "call" -> {
          // "what he called evident disagreements", "called the plan a mistake": naming, not a telephone call
          if ((b.equals("obj") || b.equals("nsubj:pass")) && s.tokens().get(k).pos().startsWith("W")
              || b.equals("xcomp") && s.tokens().get(k).isNoun()) {
            return true;
          }
        }
        case "rally", "rebound", "recover", "strike" -> {
          // "wheat futures rallied": markets move, crowds protest
          if (b.equals("nsubj") && MARKET_WORDS.contains(s.tokens().get(k).lemma().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
        default -> { }
      }
    }
    return false;
  }

  /** The mention at a word, or the state it names as a qualifier ("Palestinian" in "Palestinian homes"). */
  private static Mention mentionOrModifier(DocumentActors actors, Sentence s, int k) {
    Mention m = actors.at(s.index(), k);
    return m != null ? m : actors.modifierAt(s.index(), k);
  }

  /** A state or international body qualifying a noun before it: "a U.S. attack", "an Iranian missile attack". */
  private static Mention qualifyingState(DocumentActors actors, Sentence s, int noun) {
    List<Integer> heads = new ArrayList<>(List.of(noun));
    for (Dependency d : s.children(noun)) {
      if (d.base().equals("compound") && d.dependent() < noun) {
        heads.add(d.dependent()); // "Iranian" qualifies "missile" in "Iranian missile attack"
      }
    }
    for (int h : heads) {
      for (Dependency d : s.children(h)) {
        int k = d.dependent();
        if (k > noun || !(d.base().equals("amod") || d.base().equals("compound"))) {
          continue;
        }
        Mention m = mentionOrModifier(actors, s, k);
        if (m != null && m.last() < noun && m.actor().country() != null
            && (m.actor().kind() == Actor.Kind.COUNTRY || m.actor().kind() == Actor.Kind.IGO)) {
          return m;
        }
      }
    }
    return null;
  }

  /** The entry read in another sense: its type and mode follow the new CAMEO code, as when the lexicon loads. */
  private Lexicon.Entry recoded(Lexicon.Entry e, String code, boolean symmetric, boolean noTarget, boolean place,
      boolean domestic) {
    CameoTable.Row row = cameo.row(code);
    return new Lexicon.Entry(e.line(), e.pattern(), e.head(), e.dep(), code, row.type(), row.mode(), e.targets(),
        symmetric, noTarget, place, e.direct(), domestic, e.reliability(), e.example());
  }

  /** Whether an infinitive or a clause depends on the verb or on its object: "called on Iran to free". */
  private static boolean hasInfinitive(Sentence s, int verb) {
    List<Integer> heads = new ArrayList<>(List.of(verb));
    s.children(verb).stream().filter(d -> d.base().equals("obl") || d.base().equals("obj") || d.base().equals("nmod"))
        .forEach(d -> heads.add(d.dependent()));
    for (int h : heads) {
      for (Dependency d : s.children(h)) {
        if (d.base().equals("xcomp") || d.base().equals("ccomp") || d.base().equals("acl")
            || d.base().equals("advcl") && child(s, d.dependent(), "mark") >= 0
            && s.tokens().get(child(s, d.dependent(), "mark")).lower().equals("to")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The place a noun is "in", standing for its state: "a peace-keeping force in Liberia". */
  private static List<Mention> placedIn(DocumentActors actors, Sentence s, int noun) {
    for (Dependency d : s.children(noun)) {
      if (d.base().equals("nmod") && s.caseWord(d.dependent()).equals("in")) {
        Mention m = placeAt(actors, s, d.dependent());
        if (m == null) {
          m = actors.at(s.index(), d.dependent());
        }
        if (m != null && m.actor().country() != null) {
          return List.of(m);
        }
      }
    }
    return List.of();
  }

  /** The first and last token of the phrase headed by {@code head}. */
  private static int[] subtree(Sentence s, int head) {
    int[] span = {head, head};
    List<Integer> todo = new ArrayList<>(List.of(head));
    for (int guard = 0; !todo.isEmpty() && guard < s.tokens().size(); guard++) {
      int h = todo.remove(todo.size() - 1);
      for (Dependency d : s.children(h)) {
        if (d.base().equals("acl") || d.base().equals("punct") || d.base().equals("parataxis")) {
          continue; // "the official, who asked not to be named, ..." ends the phrase before its clause
        }
        span[0] = Math.min(span[0], d.dependent());
        span[1] = Math.max(span[1], d.dependent());
        todo.add(d.dependent());
      }
    }
    return span;
  }

  /** A noun that names people or a body: "delegation", "officials", "ministry", "president". */
  private static boolean peopleNoun(Gazetteer gaz, Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    return gaz.groupSector(lemma).isPresent() || gaz.bodySector(lemma).isPresent() || gaz.title(lemma).isPresent();
  }

  private static Mention placeAt(DocumentActors actors, Sentence s, int tok) {
    for (Mention m : actors.placesIn(s.index())) {
      if (m.covers(tok) || (tok + 1 <= m.first() && m.first() <= tok + 1 && s.tokens().get(tok).lower().equals("the"))) {
        return m;
      }
    }
    return null;
  }

  /** The object or recipient of an act embedded under the trigger: "readiness to host Nepali students". */
  private static final Set<String> QUANTITY_HEADS = Set.of("thousand", "thousands", "hundred", "hundreds", "ten",
      "tens",
      "dozen", "dozens", "million", "millions", "score", "scores", "group", "member", "members", "some", "many",
      "number", "crowd", "crowds", "most", "all", "several", "majority");
  private static final Set<String> OBJECT_RECIPIENT_CASES = Set.of("for", "from", "by", "in");
  private static final Set<String> RECIPIENT_CASES = Set.of("with", "to", "against", "on", "toward", "towards",
      "into");

  /**
   * The recipient of an act embedded under the trigger or of its object: "readiness to host Nepali students",
   * "threatened to break relations with Russia", "halted economic aid to Serbia". Breadth-first, nearest first.
   *
   * @param beneficiaries whether "for X" below the object names the recipient: "aid for Romania" does; a request
   *                      "for continued treatment for Romanian exports" is addressed to whoever decides, not to the
   *                      one it would benefit
   */
  private static List<Mention> embeddedTargets(DocumentActors actors, Sentence s, Trigger t, boolean beneficiaries,
      Gazetteer gaz) {
    List<Mention> out = new ArrayList<>();
    List<Integer> frontier = new ArrayList<>();
    frontier.add(t.head());
    if (t.dep() >= 0) {
      frontier.add(t.dep());
    }
    for (int depth = 0; depth < 4 && out.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int h : frontier) {
        for (Dependency d : s.children(h)) {
          String b = d.base();
          int k = d.dependent();
          if (k == t.head() || k == t.dep()) {
            continue;
          }
          boolean embeddedAct = b.equals("xcomp") || b.equals("acl") || b.equals("ccomp");
          boolean object = depth > 0 && (b.equals("obj") || b.equals("iobj"));
          String cw = s.caseWord(k);
          // below the trigger's own object, "aid for Romania", "calls by Belarus" name the recipient too
          boolean recipient = (b.equals("obl") || b.equals("nmod"))
              && (RECIPIENT_CASES.contains(cw) || (depth > 0 && OBJECT_RECIPIENT_CASES.contains(cw)
              && (beneficiaries || !cw.equals("for"))));
          if ((object || recipient) && !BOUNDARIES.contains(s.tokens().get(k).lemma().toLowerCase(Locale.ROOT))) {
            List<Mention> found = withConjuncts(actors, s, k);
            if (found.isEmpty() && recipient && depth > 0 && gaz != null && peopleNoun(gaz, s.tokens().get(k))) {
              // "contribute troops to a peace-keeping force in Liberia": people or a force serve the place they
              // are in; "titles to property in New York" go to nobody there
              found = placedIn(actors, s, k);
            }
            out.addAll(found);
          }
          if (depth > 0 && (b.equals("obl") || b.equals("nmod")) && cw.equals("between")) {
            out.addAll(withConjuncts(actors, s, k)); // "ready to host a meeting between Israel and the PLO"
          }
          // "called for sanctions against Nigeria": the pattern's own preposition introduces the act's object
          boolean patternObject = depth == 0 && t.dep() >= 0 && child(s, k, "case") == t.dep();
          // "suspended part of a military aid program for Bosnia": the act reaches what its object is part of
          boolean partOf = depth > 0 && b.equals("nmod") && cw.equals("of");
          if (embeddedAct || b.equals("obj") || patternObject || partOf) {
            next.add(k);
          }
        }
      }
      frontier = next;
    }
    return out;
  }

  /**
   * "summoned Niger's ambassador to complain", "called in the envoy to protest": an act of words done as the
   * purpose of another is aimed at that act's object; "persuaded Germany to condemn" (an object that controls the act) is not
   * a purpose
   */
  private static List<Mention> purposeObject(DocumentActors actors, Sentence s, Trigger t) {
    Dependency p = s.parent(t.head());
    if (p == null || p.head() < 0 || !(p.base().equals("advcl") || p.base().equals("xcomp"))
        || OBJECT_CONTROL.contains(s.tokens().get(p.head()).lemma().toLowerCase(Locale.ROOT))
        || !s.tokens().get(t.head()).isVerb() || s.children(t.head()).stream().noneMatch(d ->
            d.base().equals("mark") && s.tokens().get(d.dependent()).lower().equals("to"))) {
      return List.of();
    }
    int obj = child(s, p.head(), "obj");
    List<Mention> out = obj >= 0 ? withConjuncts(actors, s, obj) : new ArrayList<>();
    if (out.isEmpty()) {
      // "sent 21 officers to Bosnia to investigate": where they were sent is what is investigated
      for (Dependency d : s.children(p.head())) {
        if (d.base().equals("obl") && s.caseWord(d.dependent()).equals("to")) {
          out = withConjuncts(actors, s, d.dependent());
          break;
        }
      }
    }
    return out;
  }

  /**
   * Courts and police act within their state: "an Argentine judge ordered former president Carlos Menem to
   * appear" is about an Argentine, and "Judge Alejandro Rivera opened investigations against Chilean officials" is
   * a Chilean judge. A person with no state of their own takes the one state of the other side when either they
   * or every one of that side is a judge, a court or the police.
   */
  private static void jurisdiction(List<Actor> persons, List<Actor> others) {
    String state = null;
    boolean othersJudicial = !others.isEmpty();
    for (Actor o : others) {
      if (o.country() == null || "IGO".equals(o.country()) || state != null && !state.equals(o.country())) {
        return;
      }
      state = o.country();
      othersJudicial &= JUDICIAL.contains(String.valueOf(o.sector()));
    }
    if (state == null) {
      return;
    }
    String st = state;
    boolean judicial = othersJudicial;
    persons.replaceAll(a -> a.kind() == Actor.Kind.PERSON && a.country() == null
        && (judicial || JUDICIAL.contains(String.valueOf(a.sector())))
        ? new Actor(a.text(), a.span(), a.name(), a.kind(), st, a.region(), a.sector(), a.role()) : a);
  }

  private static final Set<String> JUDICIAL = Set.of("JUD", "COP");

  /**
   * "Rebels in the Ivory Coast dismissed an appeal from President Gbagbo", "opposition groups in Zimbabwe demand
   * that President Mugabe...": rebels, opposition and parties deal with their own government, so an official
   * with a bare title facing only such actors of one state is of that state. Crowds and civilians are left out:
   * they protest against foreign leaders too.
   */
  private static void domesticCounterpart(List<Actor> officials, List<Actor> others) {
    Set<String> states = new HashSet<>();
    for (Actor o : others) {
      if (o.country() == null || o.sector() == null || !DOMESTIC_CHALLENGERS.contains(o.sector())) {
        return;
      }
      states.add(o.country());
    }
    if (states.size() != 1 || states.contains("IGO")) {
      return;
    }
    String state = states.iterator().next();
    officials.replaceAll(a -> a.kind() == Actor.Kind.PERSON && a.country() == null && "GOV".equals(a.sector())
        && a.role() != null
        ? new Actor(a.text(), a.span(), a.name(), a.kind(), state, a.region(), a.sector(), a.role()) : a);
  }

  /**
   * Where the closing attribution of a report begins, by the words, not the parse, which often hangs it on the
   * wrong clause: the last comma before a reporting verb that ends the sentence ("..., a member of the Chadian
   * team trying to broker a peace pact has said", "..., police said on Friday"); -1 when there is none.
   */
  private static int reporterTail(Sentence s) {
    List<Token> toks = s.tokens();
    int end = toks.size() - 1;
    while (end >= 0 && (toks.get(end).pos().equals(".") || isTemporal(toks.get(end))
        || toks.get(end).lower().equals("on"))) {
      end--;
    }
    if (end < 0 || !toks.get(end).isVerb()
        || !REPORTING.contains(toks.get(end).lemma().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (int k = end - 1; k > 0; k--) {
      if (toks.get(k).word().equals(",")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "ethnic Albanians demonstrated in Serbia", "killed three ethnic Albanians in a gunbattle in southeastern
   * Serbia": a minority where the act happens is of that state, as ICEWS codes "Ethnic Albanian (Serbia)".
   */
  private Mention minorityWhere(DocumentActors actors, Sentence s, String text, Trigger t, Lexicon.Entry e,
      Mention m) {
    if (m.first() == 0 || !s.tokens().get(m.first() - 1).lower().equals("ethnic")
        || m.actor().kind() != Actor.Kind.COUNTRY) {
      return m;
    }
    Place where = place(actors, s, t, List.of(), e);
    if (where == null || where.country() == null || where.country().equals(m.actor().country())) {
      return m;
    }
    return groupMention(s, text, m.first() - 1, m.head(), null, where.country(), null);
  }

  /**
   * "Egyptian police dispersed demonstrators": an object that is a group of people with no nationality of its own
   * is read as a group of the source's own state, as analysts code domestic events.
   */
  private Actor domesticGroup(Sentence s, Trigger t, int verb, Lexicon.Entry e, Actor source, String sceneCountry,
      DocumentActors actors) {
    String country = sceneCountry != null ? sceneCountry : source.country();
    if (country == null || "IGO".equals(country)) {
      return null;
    }
    // only where the act's clause names no other state: "an assault on three Iraqi divisions' forces" is not
    // domestic; the reporter ("a member of the Chadian team said") is outside the clause
    int root = verb >= 0 ? verb : t.head();
    int[] clause = subtree(s, root);
    int tail = reporterTail(s);
    List<Mention> otherStates = actors.in(s.index()).stream().filter(m -> m.actor().country() != null
        && !m.actor().country().equals(country) && !(tail >= 0 && m.first() > tail && m.first() > t.last()))
        .toList();
    if (sceneCountry == null && otherStates.stream().anyMatch(m -> m.first() >= clause[0]
        && m.last() <= clause[1])) {
      return null;
    }
    for (int h : new int[] {root, t.dep()}) {
      if (h < 0) {
        continue;
      }
      for (Dependency d : s.children(h)) {
        int k = d.dependent();
        boolean objectLike = d.base().equals("obj")
            || ((d.base().equals("obl") || d.base().equals("nmod")) && e.targets().contains(s.caseWord(k)));
        Token tk = s.tokens().get(k);
        if (objectLike && k != t.dep() && k != t.head()
            && (e.type().equals("COERCE") || e.type().equals("ASSAULT"))) {
          // "killing one and arresting 12": a bare number of people; "prevented the demonstration": the crowd
          // that holds it
          boolean number = tk.pos().equals("CD") && s.children(k).stream().noneMatch(c -> c.base().equals("case"));
          boolean crowd = PROTEST_NOUNS.contains(tk.lemma().toLowerCase(Locale.ROOT));
          // only in a sentence that names no other state: "fire against Kampuchean camps, killing 50" is not
          if ((number || crowd) && otherStates.isEmpty()) {
            return new Actor(tk.word(), tk.span(), tk.word(), Actor.Kind.GROUP, country, null, "CVL", null);
          }
        }
        // a name is no group of people: "in the West Bank" names a place the gazetteer may not know
        if (!objectLike || !tk.isNoun() || tk.isProperNoun() || k == t.dep()) {
          continue;
        }
        var sector = gazetteer.groupSector(tk.lemma().toLowerCase(Locale.ROOT));
        if (sector.isPresent()) {
          return new Actor(tk.word(), tk.span(), tk.word(), Actor.Kind.GROUP, country, null,
              sector.get(), null);
        }
      }
    }
    return null;
  }

  private static Mention surfaceTarget(DocumentActors actors, Sentence s, Trigger t, Lexicon.Entry e) {
    List<Token> toks = s.tokens();
    for (Mention m : actors.in(s.index())) {
      if (m.first() <= t.last()) {
        continue;
      }
      if (m.first() - t.last() > 6) {
        break;
      }
      boolean clean = true;
      for (int k = t.last() + 1; k < m.first(); k++) {
        Token tk = toks.get(k);
        Dependency p = s.parent(k);
        // "rejected proposed Israeli changes": a participle qualifying the noun is no verb of its own
        boolean participle = p != null && p.base().equals("amod");
        if (tk.isVerb() && !participle || tk.word().equals(",") || tk.word().equals(";")) {
          clean = false;
        }
      }
      if (!clean) {
        return null;
      }
      String prev = toks.get(m.first() - 1).lower();
      String prev2 = m.first() >= 2 ? toks.get(m.first() - 2).lower() : "";
      boolean viaPrep = e.targets().contains(prev) || (prev.equals("the") && e.targets().contains(prev2));
      boolean direct = e.targets().contains("obj") && !PREPOSITIONS.contains(prev) && !PREPOSITIONS.contains(prev2);
      if (viaPrep || direct) {
        return m;
      }
      return null;
    }
    return null;
  }

  /** A place standing where a recipient belongs ("arrived in Nepal"; "visited Elista") means its country. */
  private Actor asActor(Mention m) {
    Actor a = m.actor();
    if (m.form() != Mention.Form.PLACE || a.kind() != Actor.Kind.CITY) {
      return a;
    }
    String name = gazetteer.country(a.country()).map(Gazetteer.Entry::name).orElse(a.country());
    // a capital acting ("Moscow said") is its government; any other city stands for its state's territory
    boolean capital = gazetteer.capitalOf(a.country()).map(c -> c.name().equals(a.name())).orElse(false);
    return new Actor(a.text(), a.span(), name, Actor.Kind.COUNTRY, a.country(), null, capital ? "GOV" : null,
        null);
  }

  private static void dropSelfTargets(List<Actor> source, List<Actor> target) {
    target.removeIf(t -> source.stream().anyMatch(s -> s.sameEntity(t)));
    // "threatened to block Japanese firms from London": the source's own state, named only as a place or a
    // state beside a real recipient, is no recipient
    if (target.stream().anyMatch(t -> t.country() != null
        && source.stream().noneMatch(s -> t.country().equals(s.country())))) {
      target.removeIf(t -> t.kind() == Actor.Kind.COUNTRY
          && source.stream().anyMatch(s -> t.country() != null && t.country().equals(s.country())));
    }
  }

  private static void dedupe(List<Actor> actors) {
    List<Actor> out = new ArrayList<>();
    for (Actor a : actors) {
      if (out.stream().noneMatch(b -> b.sameEntity(a))) {
        out.add(a);
      }
    }
    actors.clear();
    actors.addAll(out);
  }

  /**
   * Whether the trigger is an act embedded under another trigger of the sentence: "refused to deploy troops",
   * "urged the EU to support", "agreed to host". CAMEO codes the governing act; the embedded one is its content.
   */
  private static boolean governedByIntentTrigger(Sentence s, Trigger t, List<Trigger> all) {
    int cur = t.head();
    for (int depth = 0; depth < 3; depth++) {
      Dependency p = s.parent(cur);
      if (p == null || p.head() < 0) {
        return false;
      }
      // a nominal trigger as the object of another ("halted aid", "cancelled the visit") is that act's content
      boolean nominalObject = depth == 0 && t.entry().head().pos() == 'N'
          && (p.base().equals("obj") || p.relation().equals("nsubj:pass"));
      // "accused the rebels of violating the ceasefire": what one is accused of is the accusation's content
      boolean charge = p.base().equals("advcl") || p.base().equals("obl") || p.base().equals("nmod");
      if (!(p.base().equals("xcomp") || p.base().equals("acl") || p.base().equals("ccomp") || nominalObject
          || charge)) {
        return false;
      }
      cur = p.head();
      for (Trigger o : all) {
        if (o != t && (o.head() == cur || o.dep() == cur)
            && (!charge || o.entry().type().equals("ACCUSE") && !o.entry().cameo().startsWith("09"))) {
          return true;
        }
      }
      if (charge) {
        return false;
      }
    }
    return false;
  }

  // ---- modality

  private static Event.Modality modality(Sentence s, Trigger t, int verb) {
    List<Integer> heads = new ArrayList<>();
    heads.add(t.head());
    if (verb >= 0 && verb != t.head()) {
      heads.add(verb);
    }
    if (t.dep() >= 0) {
      heads.add(t.dep());
    }
    for (int h : heads) {
      for (Dependency d : s.children(h)) {
        String w = s.tokens().get(d.dependent()).lower();
        if (d.base().equals("mark") && (w.equals("if") || w.equals("unless"))) {
          return Event.Modality.HYPOTHETICAL; // "if Colombia did not withdraw" states no fact either way
        }
      }
    }
    for (int h : heads) {
      for (Dependency d : s.children(h)) {
        if (negator(s, d)) {
          return Event.Modality.NEGATED;
        }
      }
    }
    for (int h : heads) {
      for (Dependency d : s.children(h)) {
        Token c = s.tokens().get(d.dependent());
        if (d.base().equals("aux") && HYPOTHETICAL_AUX.contains(c.lower()) && !reportedFuture(s, h)) {
          return Event.Modality.HYPOTHETICAL;
        }
        if (d.base().equals("mark") && (c.lower().equals("if") || c.lower().equals("unless"))) {
          return Event.Modality.HYPOTHETICAL;
        }
      }
    }
    // governed by "the possibility of", "consider", "hope to"; a reporting clause ("the participants agreed,")
    // hangs off its report by parataxis and does not take the report's modality
    int cur = t.head();
    for (int depth = 0; depth < 4; depth++) {
      Dependency p = s.parent(cur);
      if (p != null && p.head() >= 0 && p.base().equals("dep")
          && DENIALS.contains(s.tokens().get(p.head()).lemma().toLowerCase(Locale.ROOT))) {
        return Event.Modality.NEGATED; // "denied sending aid", which the parser leaves loosely attached
      }
      if (p == null || p.head() < 0 || !EMBEDDING.contains(p.base())) {
        break;
      }
      cur = p.head();
      Token g = s.tokens().get(cur);
      String lemma = g.lemma().toLowerCase(Locale.ROOT);
      if (NEGATING_GOVERNORS.contains(lemma) && p.base().equals("xcomp")) {
        return Event.Modality.NEGATED; // "failed to reach agreement"
      }
      if (DENIALS.contains(lemma)) {
        return Event.Modality.NEGATED; // "denied that it had sold arms to Iran", "denied selling arms"
      }
      if (HYPOTHETICAL_GOVERNORS.contains(lemma)) {
        return Event.Modality.HYPOTHETICAL;
      }
      for (Dependency d : s.children(cur)) {
        Token c = s.tokens().get(d.dependent());
        // "did not agree to send aid", "made no commitments to support": a negated governor negates its content
        int det = d.base().equals("obj") ? child(s, d.dependent(), "det") : -1;
        if (!p.base().equals("ccomp") && (negator(s, d)
            || (det >= 0 && NEGATORS.contains(s.tokens().get(det).lower())))) {
          return Event.Modality.NEGATED;
        }
        if (d.base().equals("aux") && HYPOTHETICAL_AUX.contains(c.lower())) {
          return Event.Modality.HYPOTHETICAL;
        }
      }
    }
    return Event.Modality.ASSERTED;
  }

  /** "not", "never", "no" as an adverb or determiner of the word it depends on. */
  private static boolean negator(Sentence s, Dependency d) {
    String b = d.base();
    return (b.equals("advmod") || b.equals("neg") || b.equals("det"))
        && NEGATORS.contains(s.tokens().get(d.dependent()).lower());
  }

  /** A material act announced rather than done: "will give", "offered to send", "agreed to supply". */
  private static boolean intent(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      if (d.base().equals("aux") && FUTURE_AUX.contains(s.tokens().get(d.dependent()).lower())) {
        return true;
      }
    }
    if (reportedFuture(s, head)) {
      return true;
    }
    Dependency p = s.parent(head);
    // "will explain the plan when he visits the U.S.": a time clause of an act still to come is still to come
    int mark = child(s, head, "mark");
    int when = mark >= 0 && TIME_MARKS.contains(s.tokens().get(mark).lower()) ? mark : child(s, head, "advmod");
    if (p != null && p.head() >= 0 && p.base().equals("advcl") && when >= 0
        && TIME_MARKS.contains(s.tokens().get(when).lower())) {
      for (Dependency d : s.children(p.head())) {
        String w = s.tokens().get(d.dependent()).lower();
        if (d.base().equals("aux") && (FUTURE_AUX.contains(w) || w.equals("would"))) {
          return true;
        }
      }
    }
    // "when he visits Washington later in the month", "meets him next week": said to come, whatever the tagger
    // made of the date
    for (Dependency d : s.children(head)) {
      int k = d.dependent();
      if (d.base().equals("advmod") && s.tokens().get(k).lower().equals("later")) {
        return true;
      }
      if ((d.base().equals("obl") || d.relation().equals("obl:tmod")) && s.tokens().get(k).isNoun()) {
        for (Dependency m : s.children(k)) {
          if ((m.base().equals("amod") || m.base().equals("det"))
              && COMING.contains(s.tokens().get(m.dependent()).lower())) {
            return true;
          }
        }
      }
    }
    // "the tariffs it is to impose": "be to" is a plan
    int cop = child(s, head, "cop");
    if (mark >= 0 && s.tokens().get(mark).lower().equals("to") && (cop >= 0
        || p != null && p.head() >= 0 && p.base().equals("xcomp")
            && s.tokens().get(p.head()).lemma().equalsIgnoreCase("be"))) {
      return true;
    }
    // "prepares to visit Washington for talks with Reagan": the talks a coming visit is for are coming too (what
    // comes "after" or "following" a plan is not)
    if (s.tokens().get(head).isNoun() && p != null && p.head() >= 0
        && (p.base().equals("obl") || p.base().equals("nmod")) && s.tokens().get(p.head()).isVerb()
        && p.head() != head && s.caseWord(head).equals("for")) {
      return intent(s, p.head());
    }
    if (p != null && p.head() >= 0 && (p.base().equals("xcomp") || p.base().equals("acl"))) {
      String lemma = s.tokens().get(p.head()).lemma().toLowerCase(Locale.ROOT);
      return INTENT_GOVERNORS.contains(lemma);
    }
    return false;
  }

  /**
   * "Palestinian leaders said they would boycott": a "would" in the clause a reporting verb announces is the
   * future seen from the report, an announced act; "said they would boycott if ..." stays a hypothesis.
   */
  private static boolean reportedFuture(Sentence s, int head) {
    boolean would = false;
    for (Dependency d : s.children(head)) {
      String w = s.tokens().get(d.dependent()).lower();
      if (d.base().equals("aux") && w.equals("would")) {
        would = true;
      }
      if (d.base().equals("mark") && (w.equals("if") || w.equals("unless"))) {
        return false;
      }
      if (d.base().equals("advcl") && child(s, d.dependent(), "mark") >= 0
          && Set.of("if", "unless").contains(s.tokens().get(child(s, d.dependent(), "mark")).lower())) {
        return false; // "said it would open the way if the meeting took place": a condition, not an announcement
      }
    }
    Dependency p = s.parent(head);
    return would && p != null && p.head() >= 0 && (p.base().equals("ccomp") || p.base().equals("dep"))
        && REPORTING.contains(s.tokens().get(p.head()).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The subject of an "if" or "unless" clause on the act or on an act it embeds: the one a threat is aimed at
   * ("threatened to stop the talks if the United States goes ahead"). {@code -1} when there is none.
   */
  private static int conditionSubject(Sentence s, Trigger t, int verb, boolean unlessOnly) {
    List<Integer> frontier = new ArrayList<>(List.of(t.head()));
    if (verb >= 0 && verb != t.head()) {
      frontier.add(verb);
    }
    for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int h : frontier) {
        for (Dependency d : s.children(h)) {
          int k = d.dependent();
          if (d.base().equals("advcl")) {
            int mark = child(s, k, "mark");
            String w = mark >= 0 ? s.tokens().get(mark).lower() : "";
            if (w.equals("unless") || (!unlessOnly && w.equals("if"))) {
              int subj = child(s, k, "nsubj", "nsubj:pass");
              if (subj >= 0) {
                return subj;
              }
            }
          }
          if (d.base().equals("xcomp") || d.base().equals("ccomp") || d.base().equals("obj")) {
            next.add(k);
          }
        }
      }
      frontier = next;
    }
    return -1;
  }

  /**
   * CAMEO codes an announced hostile act as the threat of it: "will impose sanctions" is 1312, "plans to attack"
   * 1384. Acts with no threat counterpart keep their code.
   */
  private static String threatCode(String code) {
    if (code.startsWith("13")) {
      return code;
    }
    return switch (code) {
      case "161" -> "1313";
      case "162", "1621", "1622", "1623" -> "1311";
      case "163" -> "1312";
      case "164" -> "134";
      case "165" -> "135";
      case "166", "1661", "1662", "1663" -> "136";
      case "1721" -> "1321";
      case "1722" -> "1322";
      case "1723" -> "1323";
      case "1724" -> "1324";
      case "191" -> "1381";
      case "192" -> "1382";
      case "196" -> "1384";
      default -> code.startsWith("16") ? "131"
          : code.startsWith("172") ? "132"
          : code.startsWith("175") ? "137"
          : code.startsWith("17") ? "130"
          : code.startsWith("18") || code.startsWith("20") ? "1383"
          : code.startsWith("19") ? "1384"
          : code.startsWith("14") ? "133"
          : code;
    };
  }

  /** CAMEO's "express intent to ..." code for a material act. */
  /**
   * Whether an event date ({@code yyyy-mm} or {@code yyyy-mm-dd}) lies wholly after the report's. A bare year is
   * not trusted: clock times ("the 2000 EST session") come back as years.
   */
  static boolean after(String date, LocalDate docDate) {
    if (date == null || docDate == null || !ISO_DATE.matcher(date).matches() || date.length() == 4) {
      return false;
    }
    return date.length() == 7 ? YearMonth.parse(date).isAfter(YearMonth.from(docDate))
        : LocalDate.parse(date).isAfter(docDate);
  }

  private static String intentCode(String code) {
    String threat = threatCode(code);
    if (!threat.equals(code)) {
      return threat;
    }
    if (code.startsWith("07")) {
      return code.equals("072") ? "0332" : code.equals("073") ? "0333" : "033";
    }
    if (code.startsWith("06")) {
      return code.equals("061") ? "0311" : code.equals("062") ? "0312" : "031";
    }
    if (code.startsWith("04")) {
      return "036";
    }
    if (code.startsWith("08")) {
      return "035";
    }
    if (code.startsWith("05") && !code.equals("057")) {
      return "032";
    }
    return code;
  }

  // ---- date

  /** {date, date_text}: the sentence's own date nearest the trigger, else the document's. */
  private static String[] date(Sentence s, Trigger t, AnnotatedText at, LocalDate docDate) {
    Timex best = null;
    int bestDist = Integer.MAX_VALUE;
    // "Japan, which sent aid last year, will open talks": a relative clause's date is its own act's, not the talks'
    List<int[]> otherClauses = new ArrayList<>();
    for (Dependency d : s.deps()) {
      if (d.relation().equals("acl:relcl")) {
        int[] span = subtree(s, d.dependent());
        if (t.head() < span[0] || t.head() > span[1]) {
          otherClauses.add(span);
        }
      }
    }
    for (Timex x : at.timexes()) {
      if (x.sentence() != s.index() || !x.type().equals("DATE")) {
        continue;
      }
      // "(SATS)", an acronym the time tagger took for "Saturdays", is no date
      if (normalise(x.value(), docDate) == null || ACRONYM.matcher(x.span().of(at.text())).matches()) {
        continue;
      }
      boolean elsewhere = false;
      for (int[] c : otherClauses) {
        elsewhere |= x.firstToken() >= c[0] && x.firstToken() <= c[1];
      }
      if (elsewhere) {
        continue;
      }
      int dist = Math.abs(x.firstToken() - t.head());
      if (dist < bestDist) {
        best = x;
        bestDist = dist;
      }
    }
    if (best != null) {
      String text = best.span().of(at.text());
      return new String[] {weekdayInTense(normalise(best.value(), docDate), text, s, t, docDate), text};
    }
    return new String[] {docDate == null ? null : docDate.toString(), null};
  }

  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)(on\\s+|last\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
      + "(\\s+(morning|afternoon|evening|night))?");

  /**
   * A bare weekday ("on Friday") is resolved by the time tagger within the document date's week, which puts a past
   * act after its own report. News means the last such day before the report for something done, and the next one
   * for something that will be: the tense of the trigger's clause decides.
   */
  static String weekdayInTense(String date, String text, Sentence s, Trigger t, LocalDate docDate) {
    if (date == null || docDate == null || !ISO_DATE.matcher(date).matches()
        || !WEEKDAY.matcher(text.strip()).matches()) {
      return date; // "this Friday", "next Friday" say which week themselves
    }
    LocalDate d = LocalDate.parse(date);
    boolean future = false;
    for (int h : new int[] {t.head(), s.parent(t.head()) == null ? -1 : s.parent(t.head()).head()}) {
      if (h < 0) {
        continue;
      }
      for (Dependency c : s.children(h)) {
        String l = s.tokens().get(c.dependent()).lemma().toLowerCase(Locale.ROOT);
        if (c.base().equals("aux") && FUTURE_AUX.contains(l)) {
          future = true;
        }
      }
    }
    if (!future && d.isAfter(docDate)) {
      d = d.minusWeeks(1);
    } else if (future && d.isBefore(docDate)) {
      d = d.plusWeeks(1);
    }
    return d.toString();
  }

  /** A TIMEX value as the contract's reduced-precision date, or null when it is no calendar date. */
  static String normalise(String value, LocalDate docDate) {
    if (ISO_DATE.matcher(value).matches()) {
      int year = Integer.parseInt(value.substring(0, 4));
      return year >= 1000 && year <= 2999 ? value : null;
    }
    Matcher m = MONTH_ONLY.matcher(value);
    if (m.matches()) {
      String rest = m.group(1) + (m.group(2) == null ? "" : m.group(2));
      return (docDate == null ? "XXXX" : String.valueOf(docDate.getYear())) + "-" + rest;
    }
    return null;
  }

  // ---- place

  private Place place(DocumentActors actors, Sentence s, Trigger t, List<Actor> target, Lexicon.Entry e) {
    Mention best = null;
    int bestDist = Integer.MAX_VALUE;
    List<Mention> cands = new ArrayList<>(actors.placesIn(s.index()));
    for (Mention m : actors.in(s.index())) {
      if (m.actor().kind() == Actor.Kind.COUNTRY && m.form() == Mention.Form.NAME) {
        cands.add(m);
      }
    }
    for (Mention m : cands) {
      if (m.first() == 0) {
        continue;
      }
      String prev = wordBefore(s, m.first());
      if (!(prev.equals("in") || prev.equals("at"))) {
        continue;
      }
      int dist = Math.abs(m.first() - t.head());
      if (dist < bestDist) {
        best = m;
        bestDist = dist;
      }
    }
    if (best == null) {
      // "his Alaska meeting": a place that modifies the trigger noun
      for (Mention m : actors.placesIn(s.index())) {
        Dependency p = s.parent(m.head());
        if (p != null && (p.head() == t.head() || p.head() == t.dep())
            && (p.base().equals("compound") || p.base().equals("amod"))) {
          best = m;
        }
      }
    }
    if (best != null && e.place() && !target.isEmpty() && target.get(0).country() != null
        && !target.get(0).country().equals(best.actor().country())) {
      best = null; // "visited Nepal ... met the ambassador in New Delhi": a visit happens in its host's country
    }
    if (best != null) {
      return toPlace(best.actor());
    }
    if (e.place() && !target.isEmpty()) {
      Actor host = target.get(0);
      if (host.kind() == Actor.Kind.COUNTRY || host.kind() == Actor.Kind.CITY || host.kind() == Actor.Kind.REGION) {
        return toPlace(host);
      }
    }
    return null;
  }

  /**
   * The word before token {@code k}, past articles, directions and other qualifiers: "in mostly Christian eastern
   * Beirut" gives "in".
   */
  private static String wordBefore(Sentence s, int k) {
    int p = k - 1;
    while (p > 0 && p >= k - 3 && (ARTICLES.contains(s.tokens().get(p).lower())
        || Gazetteer.direction(s.tokens().get(p).lower()) || s.tokens().get(p).pos().startsWith("JJ")
        || s.tokens().get(p).pos().startsWith("RB"))) {
      p--;
    }
    return p >= 0 ? s.tokens().get(p).lower() : "";
  }

  /** Where an act of force struck: its stated place, else the one city or region the sentence names. */
  private Place scene(DocumentActors actors, Sentence s, Trigger t, Lexicon.Entry e) {
    Place p = place(actors, s, t, List.of(), e);
    if (p != null) {
      return p;
    }
    Mention only = null;
    for (Mention m : actors.placesIn(s.index())) {
      if (!LOCATIVES.contains(wordBefore(s, m.first()))) {
        continue; // "Washington has said": a capital speaking is no scene
      }
      if (only != null && !Objects.equals(only.actor().country(), m.actor().country())) {
        return null;
      }
      only = m;
    }
    return only == null ? null : toPlace(only.actor());
  }

  private Place toPlace(Actor a) {
    Gazetteer.Entry g = null;
    for (Gazetteer.Entry x : gazetteer.lookup(Gazetteer.key(a.name()))) {
      if (Objects.equals(x.country(), a.country())) {
        g = x;
        break;
      }
    }
    String kind = a.kind() == Actor.Kind.CITY ? "CITY" : a.kind() == Actor.Kind.REGION ? "REGION" : "COUNTRY";
    Double lat = g == null ? null : g.lat();
    Double lon = g == null ? null : g.lon();
    return new Place(a.text(), a.name(), kind, a.country(), a.region(), lat, lon);
  }

  // ---- sectors of a meeting from the sentences that elaborate it

  private void addElaboratedSectors(AnnotatedText at, List<Draft> drafts) {
    List<Sentence> ss = at.sentences();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (!d.cameo().startsWith("04")) {
        continue;
      }
      int si = d.sentence().index();
      int referBacks = 0;
      for (int k = si + 1; k < ss.size() && k <= si + 15; k++) {
        Sentence n = ss.get(k);
        boolean sameParagraph = n.paragraph() == d.sentence().paragraph();
        boolean refers = refersBack(n);
        if (!sameParagraph && !refers) {
          continue;
        }
        if (!sameParagraph && startsOtherMeeting(n, drafts, d)) {
          break;
        }
        if (!sameParagraph) {
          if (++referBacks > 5) {
            break;
          }
        }
        d.sectors().addAll(sectorLexicon.sectors(n, null));
      }
    }
  }

  private static boolean refersBack(Sentence n) {
    for (Token t : n.tokens()) {
      if (REFER_BACK.contains(t.lower()) || REFER_BACK.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsOtherMeeting(Sentence n, List<Draft> drafts, Draft d) {
    for (Draft o : drafts) {
      if (o != d && o.sentence().index() == n.index() && o.cameo().startsWith("04")
          && !sameParties(o, d)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameParties(Draft a, Draft b) {
    return keys(a.source(), a.target()).equals(keys(b.source(), b.target()))
        || keys(a.source(), a.target()).equals(keys(b.target(), b.source()));
  }

  // ---- merging mentions of one event

  private static Set<String> keys(List<Actor> source, List<Actor> target) {
    Set<String> out = new LinkedHashSet<>();
    source.forEach(a -> out.add("s:" + a.name() + "|" + a.country() + "|" + a.region()));
    target.forEach(a -> out.add("t:" + a.name() + "|" + a.country() + "|" + a.region()));
    return out;
  }

  private static Set<String> partyKeys(Draft d) {
    Set<String> out = new java.util.TreeSet<>();
    d.source().forEach(a -> out.add(a.name() + "|" + a.country()));
    if (d.symmetric()) {
      d.target().forEach(a -> out.add(a.name() + "|" + a.country()));
    }
    return out;
  }

  private List<Actor> asOf(List<Actor> actors, LocalDate when) {
    List<Actor> out = new ArrayList<>(actors.size());
    for (Actor a : actors) {
      out.add(formerStates.asOf(a, when, gazetteer));
    }
    return out;
  }

  private List<Event> merge(String docId, LocalDate docDate, List<Draft> drafts) {
    List<Draft> kept = new ArrayList<>();
    List<List<Evidence>> mentions = new ArrayList<>();
    for (Draft d : drafts) {
      int into = -1;
      for (int i = 0; i < kept.size(); i++) {
        Draft k = kept.get(i);
        if (!k.entry().type().equals(d.entry().type()) || !k.cameo().equals(d.cameo())
            || k.modality() != d.modality() || !Objects.equals(k.date(), d.date())) {
          continue;
        }
        boolean same = d.symmetric() && k.symmetric() ? partyKeys(k).equals(partyKeys(d))
            : keys(k.source(), k.target()).equals(keys(d.source(), d.target()));
        if (same) {
          into = i;
        }
      }
      if (into >= 0) {
        mentions.get(into).add(d.evidence());
        kept.get(into).sectors().addAll(d.sectors());
      } else {
        kept.add(d);
        List<Evidence> l = new ArrayList<>();
        l.add(d.evidence());
        mentions.add(l);
      }
    }
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Draft d = kept.get(i);
      CameoTable.Row row = cameo.row(d.cameo());
      String id = docId + ":" + d.evidence().sentence() + ":" + d.evidence().triggerSpan().start();
      double conf = Math.min(1.0, d.confidence() + 0.05 * (mentions.get(i).size() - 1));
      // "Moscow" in 1987 is the USSR: an actor keeps the state its country was on the event's date
      java.time.LocalDate when = FormerStates.earliestDay(d.date());
      if (when == null) {
        when = docDate;
      }
      List<Actor> source = asOf(d.source(), when);
      List<Actor> target = asOf(d.target(), when);
      out.add(new Event(id, docId, row.type(), row.mode(), d.cameo(), row.goldstein(), row.quadClass(),
          source, target, d.symmetric(), d.date(), d.dateText(), d.location(),
          List.copyOf(new java.util.TreeSet<>(d.sectors())), d.modality(), conf, d.evidence(), mentions.get(i)));
    }
    return out;
  }

}
