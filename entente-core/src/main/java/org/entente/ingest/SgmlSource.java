package org.entente.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * A Reuters-21578 SGML file (Latin-1), read record by record: each {@code <REUTERS ... NEWID="N">} is one
 * document with id N, the date of {@code <DATE>}, the title of {@code <TITLE>} and the text of {@code <BODY>} (after
 * the {@code <DATELINE>} on a line of its own),
 * unescaped, without control characters and the "Reuter" sign-off, unwrapped to one paragraph a line. Only one
 * record is held at a time. Not thread-safe.
 */
final class SgmlSource implements RecordSource {

  static final String EMPTY_BODY = "empty body";
  static final String SOURCE = "Reuters";

  private static final Pattern NEWID = Pattern.compile("<REUTERS\\b[^>]*\\bNEWID=\"([^\"]*)\"");
  private static final Pattern DATE = Pattern.compile("<DATE>(.*?)</DATE>", Pattern.DOTALL);
  private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
  private static final Pattern DATELINE = Pattern.compile("<DATELINE>(.*?)</DATELINE>", Pattern.DOTALL);
  private static final Pattern BODY = Pattern.compile("<BODY>(.*?)(?:</BODY>|</TEXT>|$)", Pattern.DOTALL);
  private static final Pattern SIGN_OFF = Pattern.compile("(?i)\\s*\\breuter\\s*\\z");

  private final String origin;
  private final String base;
  private final BufferedReader in;
  private int records;

  SgmlSource(Path file) throws IOException {
    this.origin = file.toString();
    this.base = Ingest.baseName(file);
    this.in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.ISO_8859_1));
  }

  @Override
  public Candidate next() throws IOException {
    StringBuilder rec = null;
    String line;
    while ((line = in.readLine()) != null) {
      if (rec == null) {
        int start = line.indexOf("<REUTERS");
        if (start < 0) {
          continue;
        }
        rec = new StringBuilder(4096);
        line = line.substring(start);
      }
      int end = line.indexOf("</REUTERS>");
      if (end >= 0) {
        rec.append(line, 0, end);
        return record(rec.toString());
      }
      rec.append(line).append('\n');
    }
    // a record cut off by the end of the file is still read
    return rec == null ? null : record(rec.toString());
  }

  /** One record's markup, from {@code <REUTERS} to before {@code </REUTERS>}. */
  Candidate record(String rec) {
    records++;
    Matcher m = NEWID.matcher(rec);
    String recordId = m.find() && !m.group(1).isBlank() ? m.group(1).strip() : base + "-" + records;
    String recOrigin = origin + "#" + recordId;
    m = BODY.matcher(rec);
    String text = m.find() ? body(m.group(1)) : "";
    if (text.isBlank()) {
      return Candidate.problem(recordId, recordId, recOrigin, EMPTY_BODY);
    }
    // the dateline ("WASHINGTON, March 19 -") is printed before the story and says where it was filed: it is the
    // first line of the extracted text, its own paragraph so that it never joins the first sentence
    m = DATELINE.matcher(rec);
    if (m.find()) {
      String dateline = clean(m.group(1)).replaceAll("\\s+", " ").strip();
      if (!dateline.isEmpty()) {
        text = dateline + "\n" + text;
      }
    }
    m = DATE.matcher(rec);
    java.time.LocalDate date = m.find() ? Dates.reuters(clean(m.group(1))) : null;
    m = TITLE.matcher(rec);
    String title = m.find() ? TxtSource.blankToNull(clean(m.group(1)).replaceAll("\\s+", " ").strip()) : null;
    return Candidate.of(new Document(recordId, text, date, title, null, SOURCE, recOrigin), recordId);
  }

  /** The document text of a {@code <BODY>}: clean, signed off, unwrapped. */
  static String body(String raw) {
    String s = clean(raw).stripTrailing();
    s = SIGN_OFF.matcher(s).replaceFirst("");
    return unwrap(s);
  }

  /**
   * Entities unescaped ({@code &lt;}, {@code &#3;}), then control characters dropped: DEL (which stands for a lost
   * character in this corpus) and tabs become a space, line breaks stay, the rest go.
   */
  static String clean(String raw) {
    String s = Parser.unescapeEntities(raw, false);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        b.append(c);
      } else if (c == '\t' || c == '\u007F') {
        b.append(' ');
      } else if (!Character.isISOControl(c) && c != '\uFFFD') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Joins hard-wrapped lines into paragraphs, one a line. A paragraph starts on an indented line or after a blank
   * line; table-like lines (runs of spaces or dot leaders) stay lines of their own. A line ending in a hyphen after
   * a letter ("English-") joins the next without a space.
   */
  static String unwrap(String s) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean prevTable = false;
    for (String raw : s.split("\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        flush(cur, paragraphs);
        prevTable = false;
        continue;
      }
      boolean indented = Character.isWhitespace(raw.charAt(0));
      boolean table = isTable(line);
      if (cur.length() > 0 && (indented || table || prevTable)) {
        flush(cur, paragraphs);
      }
      if (cur.length() > 0) {
        int n = cur.length();
        boolean hyphen = n >= 2 && cur.charAt(n - 1) == '-' && Character.isLetter(cur.charAt(n - 2));
        if (!hyphen) {
          cur.append(' ');
        }
      }
      cur.append(line);
      prevTable = table;
    }
    flush(cur, paragraphs);
    return String.join("\n", paragraphs);
  }

  private static boolean isTable(String line) {
    return line.contains("   ") || line.contains("....");
  }

  private static void flush(StringBuilder cur, List<String> paragraphs) {
    if (cur.length() > 0) {
      paragraphs.add(cur.toString());
      cur.setLength(0);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
