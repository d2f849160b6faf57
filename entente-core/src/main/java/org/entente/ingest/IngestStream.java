package org.entente.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.entente.EntenteException;
import org.entente.Problem;

/**
 * The stream behind {@link Ingest#open}: walks the inputs lazily (one folder listing and one open file at a time),
 * reads each file through its format's {@link RecordSource}, makes ids unique and checks each document. Not
 * thread-safe.
 */
final class IngestStream implements DocumentStream {

  private static final String STAGE = "ingest";

  /** A file to read, with the path that names it when its id is taken. */
  private record FileRef(Path path, String relPath) {}

  /** A folder being walked: its input root and the entries still to visit. */
  private record Frame(Path root, Iterator<Path> entries) {}

  private final Iterator<Path> inputs;
  private final Checks checks;
  private final LocalDate defaultDate;
  private final Consumer<String> notices;
  private final Deque<Frame> frames = new ArrayDeque<>();
  private final Deque<Ingested> queued = new ArrayDeque<>();
  private final Set<String> ids = new HashSet<>();
  private RecordSource source;
  private FileRef file;
  private Ingested next;
  private boolean closed;

  IngestStream(List<Path> inputs, Checks checks, LocalDate defaultDate, Consumer<String> notices) {
    this.inputs = inputs.iterator();
    this.checks = checks;
    this.defaultDate = defaultDate;
    this.notices = notices;
  }

  @Override
  public boolean hasNext() {
    if (closed) {
      return false;
    }
    if (next == null) {
      next = advance();
      if (next == null) {
        close();
      }
    }
    return next != null;
  }

  @Override
  public Ingested next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Ingested r = next;
    next = null;
    return r;
  }

  @Override
  public void close() {
    closed = true;
    closeSource();
    frames.clear();
    queued.clear();
  }

  private Ingested advance() {
    while (true) {
      if (!queued.isEmpty()) {
        return queued.poll();
      }
      if (source != null) {
        Candidate c;
        try {
          c = source.next();
        } catch (IOException | UncheckedIOException e) {
          String origin = file.path().toString();
          closeSource();
          return problem(origin, "cannot read: " + message(e));
        } catch (EntenteException e) {
          throw e;
        } catch (RuntimeException e) { // a parser's failure on odd input costs this file, not the run
          String origin = file.path().toString();
          closeSource();
          return problem(origin, "cannot parse: " + message(e));
        }
        if (c == null) {
          closeSource();
          continue;
        }
        return finish(c);
      }
      FileRef f = nextFile();
      if (f == null) {
        if (!queued.isEmpty()) {
          continue;
        }
        return null;
      }
      file = f;
      try {
        source = open(f.path());
      } catch (IOException | UncheckedIOException e) {
        return problem(f.path().toString(), "cannot read: " + message(e));
      }
    }
  }

  private RecordSource open(Path p) throws IOException {
    return switch (Ingest.extension(p)) {
      case "txt" -> TxtSource.open(p, checks, notices);
      case "html", "htm" -> HtmlSource.open(p, checks);
      case "jsonl" -> new JsonlSource(p, checks, notices);
      case "sgm" -> new SgmlSource(p);
      default -> throw new IllegalStateException("not a supported file: " + p);
    };
  }

  /** The next file to read, or null when a problem was queued instead or the inputs are done. */
  private FileRef nextFile() {
    while (true) {
      Frame top = frames.peek();
      if (top == null) {
        if (!inputs.hasNext()) {
          return null;
        }
        Path input = inputs.next();
        if (Files.isDirectory(input)) {
          Iterator<Path> entries = list(input);
          if (entries != null) {
            frames.push(new Frame(input, entries));
          }
          if (!queued.isEmpty()) {
            return null;
          }
          continue;
        }
        String ext = Ingest.extension(input);
        if (!Ingest.supportedExtensions().contains(ext)) {
          queued.add(problem(input.toString(),
              "unsupported format (" + (ext.isEmpty() ? "no extension" : "." + ext) + ")"));
          return null;
        }
        return new FileRef(input, input.getFileName().toString());
      }
      if (!top.entries().hasNext()) {
        frames.pop();
        continue;
      }
      Path p = top.entries().next();
      String name = p.getFileName().toString();
      if (Files.isDirectory(p)) {
        if (name.startsWith(".")) {
          notices.accept("ignored hidden folder " + p);
          continue;
        }
        Iterator<Path> entries = list(p);
        if (entries != null) {
          frames.push(new Frame(top.root(), entries));
        }
        if (!queued.isEmpty()) {
          return null;
        }
        continue;
      }
      String ext = Ingest.extension(p);
      if (name.startsWith(".") || !Ingest.supportedExtensions().contains(ext)) {
        notices.accept("ignored " + p + " (not a supported format: "
            + String.join(", ", Ingest.supportedExtensions().stream().sorted().toList()) + ")");
        continue;
      }
      return new FileRef(p, relativeName(top.root(), p));
    }
  }

  /** A folder's entries sorted by name, or null (with a problem queued) when it cannot be listed. */
  private Iterator<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList().iterator();
    } catch (IOException | UncheckedIOException e) {
      queued.add(problem(dir.toString(), "cannot read folder: " + message(e)));
      return null;
    }
  }

  /** {@code file}'s path from the folder holding {@code root}: {@code b/sub/x.txt} for root {@code b}. */
  static String relativeName(Path root, Path file) {
    Path abs = root.toAbsolutePath().normalize();
    Path rootName = abs.getFileName();
    String rel = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    return rootName == null ? rel : rootName + "/" + rel;
  }

  private Ingested finish(Candidate c) {
    String id = c.id() == null ? null : uniqueId(c);
    if (c.reason() != null) {
      return problem(id == null ? c.origin() : id, c.reason());
    }
    Document d = c.document();
    if (!d.id().equals(id)) {
      d = d.withId(id);
    }
    String reason = checks.reject(d.text());
    if (reason != null) {
      return problem(id, reason);
    }
    if (d.date() == null && defaultDate != null) {
      d = d.withDate(defaultDate);
    }
    return new Ingested(d, null);
  }

  private String uniqueId(Candidate c) {
    String id = c.id();
    if (ids.add(id)) {
      return id;
    }
    String alt = file.relPath() + (c.recordId() == null ? "" : "#" + c.recordId());
    String unique = alt;
    for (int n = 2; !ids.add(unique); n++) {
      unique = alt + "~" + n;
    }
    notices.accept("id \"" + id + "\" is taken: " + c.origin() + " gets id \"" + unique + "\"");
    return unique;
  }

  private static Ingested problem(String docId, String reason) {
    return new Ingested(null, new Problem(docId, STAGE, reason));
  }

  private static String message(Exception e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null ? "" : " " + m);
  }

  private void closeSource() {
    if (source != null) {
      try {
        source.close();
      } catch (IOException e) {
        // nothing was written; a failed close of a reader loses nothing
      }
      source = null;
    }
  }
}
