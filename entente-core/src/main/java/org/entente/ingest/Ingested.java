package org.entente.ingest;

import org.entente.Problem;

/**
 * One item read by a {@link DocumentStream}: a document, or the problem that kept it out. Exactly one of the two
 * is non-null; a problem's stage is {@code "ingest"}. Immutable and thread-safe.
 *
 * @param document the document read, or null when {@code problem} is set
 * @param problem  why the document was skipped, or null when {@code document} is set
 */
public record Ingested(Document document, Problem problem) {
  public Ingested {
    if ((document == null) == (problem == null)) {
      throw new IllegalArgumentException("exactly one of document and problem must be set");
    }
    if (problem != null && !"ingest".equals(problem.stage())) {
      throw new IllegalArgumentException("an ingest problem has stage \"ingest\", not " + problem.stage());
    }
  }
}
