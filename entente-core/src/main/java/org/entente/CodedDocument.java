package org.entente;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.events.Event;
import org.entente.ingest.Document;

/**
 * The result of coding one document. A document with a non-empty {@code problems} list was skipped (or only
 * partly coded) and says why. Immutable.
 *
 * @param document   the input
 * @param events     events in text order
 * @param sentences  number of sentences annotated
 * @param tokens     number of tokens annotated
 * @param stageNanos wall time per stage ({@code nlp}, {@code actors}, {@code events}) on the coding thread
 * @param problems   why the document was skipped, if it was
 * @param unresolved triggers that found no actor on a side their type requires (counted, shown with -v)
 */
public record CodedDocument(
    Document document, List<Event> events, int sentences, int tokens, Map<String, Long> stageNanos,
    List<Problem> problems, List<String> unresolved) {
  public CodedDocument {
    Objects.requireNonNull(document, "document");
    events = List.copyOf(events);
    stageNanos = Map.copyOf(stageNanos);
    problems = List.copyOf(problems);
    unresolved = List.copyOf(unresolved);
  }

  public boolean skipped() {
    return !problems.isEmpty();
  }

  public static CodedDocument skipped(Document doc, Problem problem, Map<String, Long> stageNanos) {
    return new CodedDocument(doc, List.of(), 0, 0, stageNanos, List.of(problem), List.of());
  }
}
