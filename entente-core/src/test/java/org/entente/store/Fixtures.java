package org.entente.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.CodedDocument;
import org.entente.Problem;
import org.entente.Span;
import org.entente.actors.Actor;
import org.entente.actors.Place;
import org.entente.events.Event;
import org.entente.events.Event.Modality;
import org.entente.events.Evidence;
import org.entente.ingest.Document;

/** Hand-built documents and events that use every field of the contract. */
final class Fixtures {

  static final List<String> SENTENCES = List.of(
      "Mr. Khasikov arrived in Nepal in September.",
      "The Indian side and Nepal held talks in Kathmandu on health and agriculture.",
      "Nepal did not sign the accord of 5 July 1956.",
      "The talks were held again.");

  static final String TEXT = String.join(" ", SENTENCES);

  private Fixtures() {}

  static Document doc(String id) {
    return new Document(id, TEXT, LocalDate.of(2025, 9, 3), "Khasikov in Nepal", "https://example.org/" + id,
        "Example News", "samples/" + id + ".txt");
  }

  /** The sentence of {@link #TEXT} holding {@code words}, and the index of that sentence. */
  static Evidence evidence(String words) {
    int start = 0;
    for (int i = 0; i < SENTENCES.size(); i++) {
      String sentence = SENTENCES.get(i);
      int at = sentence.indexOf(words);
      if (at >= 0) {
        return new Evidence(i, new Span(start, start + sentence.length()), sentence, words,
            new Span(start + at, start + at + words.length()));
      }
      start += sentence.length() + 1;
    }
    throw new IllegalArgumentException("not in the text: " + words);
  }

  static Actor actor(String words, int from, String name, Actor.Kind kind, String country, String region,
      String sector, String role) {
    int at = TEXT.indexOf(words, from);
    return new Actor(words, new Span(at, at + words.length()), name, kind, country, region, sector, role);
  }

  static Actor khasikov() {
    return actor("Mr. Khasikov", 0, "Batu Khasikov", Actor.Kind.PERSON, "RUS", "RU-KL", "GOV",
        "Head of the Republic of Kalmykia");
  }

  static Actor nepal(int from) {
    return actor("Nepal", from, "Nepal", Actor.Kind.COUNTRY, "NPL", null, null, null);
  }

  /** A visit: person with region and role, a partial date, a place with coordinates. */
  static Event visit(String docId) {
    return new Event(docId + "-01", docId, "CONSULT", "visit", "042", 1.9, 1, List.of(khasikov()),
        List.of(nepal(0)), false, "XXXX-09", "in September",
        new Place("Nepal", "Nepal", "COUNTRY", "NPL", null, 28.3949, 84.124), List.of("education"),
        Modality.ASSERTED, 0.875, evidence("arrived in"), null);
  }

  /** Talks: two sources and no target, symmetric, no date at all, two mentions, two sectors. */
  static Event talks(String docId) {
    Actor india = actor("The Indian side", 0, "India", Actor.Kind.COUNTRY, "IND", null, "GOV", null);
    Evidence first = evidence("held talks");
    Evidence again = evidence("were held again");
    return new Event(docId + "-02", docId, "CONSULT", null, "043", 2.8, 1,
        List.of(india, nepal(TEXT.indexOf("The Indian"))), List.of(), true, null, null,
        new Place("Kathmandu", "Kathmandu", "CITY", "NPL", "NP-BA", 27.7172, 85.324),
        List.of("health", "agriculture"), Modality.HYPOTHETICAL, 0.6, first, List.of(first, again));
  }

  /** A refusal with a full-day date, no place and no sectors. */
  static Event refusal(String docId) {
    return new Event(docId + "-03", docId, "REJECT", null, "120", -4.0, 3,
        List.of(nepal(TEXT.indexOf("Nepal did"))), List.of(), false, "1956-07-05", "5 July 1956", null,
        List.of(), Modality.NEGATED, 1.0, evidence("did not sign"), null);
  }

  static List<Event> allEvents(String docId) {
    return List.of(visit(docId), talks(docId), refusal(docId));
  }

  static CodedDocument coded(String docId, List<Event> events) {
    return new CodedDocument(doc(docId), events, 4, 50, Map.of("nlp", 1_000L), List.of(), List.of());
  }

  static CodedDocument coded(String docId) {
    return coded(docId, allEvents(docId));
  }

  static CodedDocument skipped(String docId, String reason) {
    return CodedDocument.skipped(doc(docId), new Problem(docId, "ingest", reason), Map.of());
  }

  /** {@code n} documents of three events each, ids {@code prefix-0000...}. */
  static List<CodedDocument> many(String prefix, int n) {
    List<CodedDocument> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(coded(String.format("%s-%04d", prefix, i)));
    }
    return out;
  }
}
