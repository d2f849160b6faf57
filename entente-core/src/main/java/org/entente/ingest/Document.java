package org.entente.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as ingested. {@code text} is the text that every {@link org.entente.Span} points into: for
 * {@code .txt} the body after its header, for HTML and SGML the extracted text.
 *
 * @param id     the document id: file name without extension, or the record's own id
 * @param text   the body text, never null
 * @param date   the document's date, or null when nothing dates it
 * @param title  the title, or null
 * @param url    the URL, or null
 * @param source the publisher or feed, or null
 * @param origin where it was read from (a path, or path#record), for error messages; never null
 */
public record Document(
    String id, String text, LocalDate date, String title, String url, String source, String origin) {
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
    if (id.isBlank()) {
      throw new IllegalArgumentException("blank document id from " + origin);
    }
  }

  /** A document read from nowhere in particular: tests and API callers. */
  public static Document of(String id, String text, LocalDate date) {
    return new Document(id, text, date, null, null, null, id);
  }

  public Document withId(String newId) {
    return new Document(newId, text, date, title, url, source, origin);
  }

  public Document withDate(LocalDate newDate) {
    return new Document(id, text, newDate, title, url, source, origin);
  }
}
