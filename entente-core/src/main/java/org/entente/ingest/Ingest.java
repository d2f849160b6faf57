package org.entente.ingest;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.entente.EntenteException;

/**
 * Reads article files and folders into a lazy stream of {@link Document}s and per-document problems.
 *
 * <p>Formats, by extension (case-insensitive):
 *
 * <ul>
 *   <li>{@code .txt}: UTF-8 (a leading BOM is dropped), with an optional header of {@code Title:}, {@code Date:},
 *       {@code Source:} and {@code URL:} lines ended by a blank line. The text is the body after the header.
 *   <li>{@code .html}, {@code .htm}: the main text, one paragraph a line, found by text density; navigation and
 *       boilerplate are dropped. Title from {@code og:title} or {@code <title>}, date from the usual meta tags or
 *       {@code <time datetime>}.
 *   <li>{@code .jsonl}: one article a line, fields {@code id, title, text, date, url, source}.
 *   <li>{@code .sgm}: Reuters-21578 SGML, one document per {@code <REUTERS>} record, body unwrapped to one
 *       paragraph a line.
 * </ul>
 *
 * <p>Ids: the file name without extension, or the record's id. When an id is already taken in the same run, the
 * later item gets its path relative to the folder that holds its input root (so {@code b/x.txt} for
 * {@code x.txt} in input folder {@code b}; just the file name for a file given explicitly), plus
 * {@code #recordId} for records, and a notice says so ({@code ~2}, {@code ~3} are appended should that be taken
 * too). Problems take ids the same way, so every item of a run has its own.
 *
 * <p>Immutable and thread-safe: build one and open as many streams as needed, from any threads. Each stream is
 * for one consumer thread.
 */
public final class Ingest {

  static final int DEFAULT_MAX_CHARS = 200_000;
  private static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "jsonl", "sgm");

  private final LocalDate defaultDate;
  private final boolean languageCheck;
  private final int maxChars;
  private final Consumer<String> notices;

  private Ingest(Builder b) {
    this.defaultDate = b.defaultDate;
    this.languageCheck = b.languageCheck;
    this.maxChars = b.maxChars;
    this.notices = b.notices;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The file extensions read, lower case without the dot: txt, html, htm, jsonl, sgm. */
  public static Set<String> supportedExtensions() {
    return EXTENSIONS;
  }

  /**
   * Opens a stream over {@code inputs}, in the order given; folders are walked recursively in sorted order. Only
   * checks that each input exists: nothing is read until the stream is iterated.
   *
   * @throws EntenteException of kind {@code USAGE} when an input does not exist
   */
  public DocumentStream open(List<Path> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    for (Path p : inputs) {
      Objects.requireNonNull(p, "an input path is null");
      if (!Files.exists(p) && !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        throw new EntenteException(EntenteException.Kind.USAGE, "no such file or folder: " + p);
      }
    }
    return new IngestStream(List.copyOf(inputs), new Checks(maxChars, languageCheck), defaultDate, notices);
  }

  /** The extension of a file name, lower case, without the dot; "" when it has none. */
  static String extension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }

  /** A file name without its extension. */
  static String baseName(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  /**
   * Collects the settings; {@link #build()} validates them. Not thread-safe.
   */
  public static final class Builder {
    private LocalDate defaultDate;
    private boolean languageCheck = true;
    private int maxChars = DEFAULT_MAX_CHARS;
    private Consumer<String> notices = s -> {};

    private Builder() {}

    /** The date of documents that carry none of their own; a {@code Date:} header or a record's date wins. */
    public Builder defaultDate(LocalDate d) {
      this.defaultDate = d;
      return this;
    }

    /** Whether to skip documents that are not English (default true). */
    public Builder languageCheck(boolean on) {
      this.languageCheck = on;
      return this;
    }

    /** Documents whose text is longer are skipped with a problem (default 200,000 chars). */
    public Builder maxChars(int n) {
      this.maxChars = n;
      return this;
    }

    /**
     * Where human notices go: ignored files, renamed ids, unreadable dates. Default: discarded. A stream calls it
     * from its consumer's thread; a sink shared by streams on several threads must be thread-safe.
     */
    public Builder notices(Consumer<String> sink) {
      this.notices = sink;
      return this;
    }

    /**
     * @throws EntenteException of kind {@code USAGE} when {@code maxChars} is not positive
     * @throws NullPointerException when the notice sink is null
     */
    public Ingest build() {
      if (maxChars <= 0) {
        throw new EntenteException(
            EntenteException.Kind.USAGE, "maxChars must be a positive number of characters, got " + maxChars);
      }
      Objects.requireNonNull(notices, "notices sink is null: pass s -> {} to discard notices");
      return new Ingest(this);
    }
  }
}
