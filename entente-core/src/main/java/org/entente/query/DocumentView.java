package org.entente.query;

import java.time.LocalDate;
import java.util.List;
import org.entente.Problem;
import org.entente.events.Event;

/**
 * One stored document with what was coded from it, and marks for showing it. Immutable.
 *
 * @param text     the text as ingested; every offset points into it
 * @param marks    triggers, actors and places of its events, by start offset
 * @param events   its events in text order
 * @param problems why it was skipped, if it was
 */
public record DocumentView(String docId, String title, String url, String source, LocalDate date, String text,
    List<Mark> marks, List<Event> events, List<Problem> problems) {
  public DocumentView {
    marks = List.copyOf(marks);
    events = List.copyOf(events);
    problems = List.copyOf(problems);
  }

  /**
   * A stretch of the text to highlight.
   *
   * @param kind    {@code trigger}, {@code actor} or {@code place}
   * @param eventId the event it belongs to
   * @param label   what to show on hover: the event type and code, the actor's name and code, or the place's name
   */
  public record Mark(int start, int end, String kind, String eventId, String label) {}

  /**
   * A document in a list.
   *
   * @param events how many events were coded from it
   * @param url    where it was published, or null
   */
  public record Summary(String docId, String title, LocalDate date, String source, long events, String url) {}
}
