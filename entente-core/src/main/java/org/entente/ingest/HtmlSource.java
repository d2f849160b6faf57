package org.entente.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;

/** An {@code .html}/{@code .htm} article: its main text, extracted by {@link HtmlExtractor}. */
final class HtmlSource {

  private HtmlSource() {}

  static RecordSource open(Path file, Checks checks) {
    return RecordSource.once(() -> read(file, checks));
  }

  static Candidate read(Path file, Checks checks) throws IOException {
    String id = Ingest.baseName(file);
    String origin = file.toString();
    long bytes = Files.size(file);
    long limit = Math.max(64L << 20, 40L * checks.maxChars());
    if (bytes > limit) {
      return Candidate.problem(id, null, origin, "too long (file of " + bytes + " bytes > " + limit + ")");
    }
    byte[] raw = Files.readAllBytes(file);
    if (hasNul(raw)) {
      return Candidate.problem(id, null, origin, Checks.BINARY);
    }
    org.jsoup.nodes.Document html = Jsoup.parse(new ByteArrayInputStream(raw), null, file.toUri().toString());
    HtmlExtractor.Extracted e = HtmlExtractor.extract(html);
    return Candidate.of(new Document(id, e.text(), e.date(), e.title(), e.url(), e.source(), origin), null);
  }

  /** NUL bytes, unless the file announces UTF-16 with a byte order mark. */
  private static boolean hasNul(byte[] raw) {
    if (raw.length >= 2 && ((raw[0] == (byte) 0xFE && raw[1] == (byte) 0xFF)
        || (raw[0] == (byte) 0xFF && raw[1] == (byte) 0xFE))) {
      return false;
    }
    for (byte b : raw) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }
}
