package org.entente.ingest;

/**
 * What a reader found before ids are made unique and documents checked: a document, or a problem reason.
 *
 * @param id       the id the item would like (file base name or record id), or null where none could be read
 * @param recordId the record's own id inside a multi-record file, or null for a one-document file
 * @param origin   where it came from, for problems without an id
 * @param document the document, or null when {@code reason} is set
 * @param reason   the problem reason, or null
 */
record Candidate(String id, String recordId, String origin, Document document, String reason) {

  static Candidate of(Document d, String recordId) {
    return new Candidate(d.id(), recordId, d.origin(), d, null);
  }

  static Candidate problem(String id, String recordId, String origin, String reason) {
    return new Candidate(id, recordId, origin, null, reason);
  }
}
