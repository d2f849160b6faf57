package org.entente.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code .txt} article: UTF-8, an optional header of {@code Key: value} lines and a blank line, the body. */
final class TxtSource {

  static final String NOT_UTF8 = "not UTF-8 text";
  private static final java.nio.charset.Charset WINDOWS_1252 = java.nio.charset.Charset.forName("windows-1252");
  private static final Pattern HEADER = Pattern.compile("(?i)(title|date|source|url)[ \\t]*:[ \\t]*(.*)");

  private TxtSource() {}

  static RecordSource open(Path file, Checks checks, Consumer<String> notices) {
    return RecordSource.once(() -> read(file, checks, notices));
  }

  static Candidate read(Path file, Checks checks, Consumer<String> notices) throws IOException {
    String id = Ingest.baseName(file);
    String origin = file.toString();
    long size = Files.size(file);
    // UTF-8 gives at most 3 bytes per char: a file this big is too long whatever its header, and is not loaded.
    if (size > 4L * checks.maxChars() + (1 << 20)) {
      return Candidate.problem(id, null, origin, checks.tooLong(countChars(file)));
    }
    byte[] bytes = Files.readAllBytes(file);
    String s = decode(bytes);
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    if (Checks.replacements(s) * 100L > s.length()) {
      // text in another encoding (Latin-1, Windows-1252) reads as text byte by byte; a binary file does not
      String singleByte = new String(bytes, WINDOWS_1252);
      return Candidate.problem(id, null, origin, Checks.isBinary(singleByte) ? Checks.BINARY : NOT_UTF8);
    }
    if (Checks.isBinary(s)) {
      return Candidate.problem(id, null, origin, Checks.BINARY);
    }
    return Candidate.of(parse(id, s, origin, notices), null);
  }

  /** Splits the optional header off {@code s}: the document's text is what follows it. */
  static Document parse(String id, String s, String origin, Consumer<String> notices) {
    String title = null;
    String date = null;
    String source = null;
    String url = null;
    int pos = 0;
    int bodyStart = 0;
    boolean header = false;
    while (pos <= s.length()) {
      int nl = s.indexOf('\n', pos);
      int end = nl < 0 ? s.length() : nl;
      String line = s.substring(pos, end);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      int next = nl < 0 ? s.length() : nl + 1;
      if (line.isBlank()) {
        bodyStart = header ? next : 0;
        break;
      }
      Matcher m = HEADER.matcher(line);
      if (!m.matches()) {
        header = false;
        break;
      }
      header = true;
      String value = m.group(2).strip();
      switch (m.group(1).toLowerCase(Locale.ROOT)) {
        case "title" -> title = value;
        case "date" -> date = value;
        case "source" -> source = value;
        default -> url = value;
      }
      if (nl < 0) { // the file is all header
        bodyStart = s.length();
        break;
      }
      pos = next;
    }
    if (!header) {
      return new Document(id, s, null, null, null, null, origin);
    }
    LocalDate d = null;
    if (date != null && !date.isEmpty()) {
      d = Dates.iso(date);
      if (d == null) {
        notices.accept(origin + ": cannot read date \"" + date + "\" (want YYYY-MM-DD); using the default date");
      }
    }
    return new Document(id, s.substring(bodyStart), d, blankToNull(title), blankToNull(url), blankToNull(source),
        origin);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Decodes UTF-8, replacing malformed input with U+FFFD. */
  static String decode(byte[] bytes) {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      return dec.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("cannot happen with REPLACE", e);
    }
  }

  /** The number of UTF-16 chars in a UTF-8 file, counted without holding it. */
  static long countChars(Path file) throws IOException {
    long n = 0;
    try (InputStream in = Files.newInputStream(file);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      CharBuffer buf = CharBuffer.allocate(64 * 1024);
      int k;
      while ((k = r.read(buf)) >= 0) {
        n += k;
        buf.clear();
      }
    }
    return n;
  }
}
