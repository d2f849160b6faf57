package org.entente.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * A {@code .jsonl} file: one article a line with {@code id, title, text, date, url, source}, read line by line. A
 * malformed line is a problem that names its line; the rest goes on. Not thread-safe.
 */
final class JsonlSource implements RecordSource {

  /** Thread-safe once configured. */
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final String origin;
  private final String base;
  private final Checks checks;
  private final Consumer<String> notices;
  private final BufferedReader in;
  private int lineNo;

  JsonlSource(Path file, Checks checks, Consumer<String> notices) throws IOException {
    this.file = file;
    this.origin = file.toString();
    this.base = Ingest.baseName(file);
    this.checks = checks;
    this.notices = notices;
    // InputStreamReader replaces malformed UTF-8 rather than failing
    this.in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
  }

  @Override
  public Candidate next() throws IOException {
    String line;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (!line.isBlank()) {
        return record(line);
      }
    }
    return null;
  }

  private Candidate record(String line) {
    String where = "line " + lineNo + ": ";
    if (line.length() > 4L * checks.maxChars() + (1 << 20)) {
      return Candidate.problem(null, null, origin, where + checks.tooLong(line.length()));
    }
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return Candidate.problem(null, null, origin, where + "not JSON: " + shortMessage(e));
    }
    if (n == null || !n.isObject()) {
      return Candidate.problem(null, null, origin, where + "not a JSON object");
    }
    String recordId = field(n, "id");
    String id = recordId != null ? recordId : base + "-" + lineNo;
    String recOrigin = origin + "#" + id;
    String text = field(n, "text");
    if (text == null || text.isBlank()) {
      return Candidate.problem(id, id, recOrigin, Checks.EMPTY);
    }
    LocalDate date = null;
    String d = field(n, "date");
    if (d != null) {
      date = Dates.iso(d);
      if (date == null) {
        notices.accept(origin + " " + where + "cannot read date \"" + d + "\" (want YYYY-MM-DD); using the default date");
      }
    }
    Document doc = new Document(id, text, date, field(n, "title"), field(n, "url"), field(n, "source"), recOrigin);
    return Candidate.of(doc, id);
  }

  /** A field as text; null when missing, null or blank. Numbers are read as text. */
  private static String field(JsonNode n, String name) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText();
    return s.isBlank() ? null : s;
  }

  private static String shortMessage(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      m = e.getClass().getSimpleName();
    }
    m = m.replaceAll("\\s+", " ").strip();
    return m.length() > 120 ? m.substring(0, 117) + "..." : m;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  @Override
  public String toString() {
    return file.toString();
  }
}
