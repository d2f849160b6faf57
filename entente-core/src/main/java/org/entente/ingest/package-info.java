/**
 * Ingest: reading article files into {@link org.entente.ingest.Document}s, the first stage of a document's trip.
 *
 * <p>{@link org.entente.ingest.Ingest} turns files and folders of {@code .txt}, {@code .html}/{@code .htm},
 * {@code .jsonl} and Reuters-21578 {@code .sgm} into a lazy {@link org.entente.ingest.DocumentStream} of
 * {@link org.entente.ingest.Ingested} items: each is either a document or a per-document
 * {@link org.entente.Problem} (empty, binary, not UTF-8, too long, not English, malformed record,
 * unsupported format) that is reported and skipped, never thrown. A corpus is never held in memory: folders
 * are walked lazily in sorted order and record files are read record by record.
 *
 * <p>{@code Document.text} is the text every later {@link org.entente.Span} points into: the body after a
 * {@code .txt} header, the main text extracted from HTML, the unwrapped body of an SGML record.
 *
 * <p>Threads: {@code Ingest} is immutable and thread-safe; each {@code DocumentStream} belongs to one consumer
 * thread. The language model is loaded once per process and shared.
 */
package org.entente.ingest;
