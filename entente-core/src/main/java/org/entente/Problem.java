package org.entente;

import java.util.Objects;

/**
 * A per-document problem: the document could not be coded (or only partly) and is reported, not fatal.
 *
 * @param docId  the document's id, or the file path where no id could be read
 * @param stage  the stage that gave up: {@code ingest}, {@code nlp}, {@code events}, {@code store}, or {@code coder}
 *               for an internal error of ours that one document triggered
 * @param reason a short human reason ("empty body", "not English (fra)"), stable enough to count by
 */
public record Problem(String docId, String stage, String reason) {
  public Problem {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return docId + " [" + stage + "]: " + reason;
  }
}
