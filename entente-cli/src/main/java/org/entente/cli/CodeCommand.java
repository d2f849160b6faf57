package org.entente.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.CodedDocument;
import org.entente.EntenteException;
import org.entente.Problem;
import org.entente.Runner;
import org.entente.events.Event;
import org.entente.events.EventJson;
import org.entente.ingest.Document;
import org.entente.store.EventStore;
import org.entente.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente code PATH...}: codes files and folders, stores the events, prints them. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Codes articles (.txt, .html, .jsonl, Reuters .sgm; files or folders) into events, stores "
        + "them in the database and prints them.")
final class CodeCommand implements Callable<Integer> {

  enum Format { table, jsonl }

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to code.")
  List<Path> paths;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Dates.class,
      description = "Date of documents that carry none (a Date: header or a record's own date wins).")
  LocalDate date;

  @Option(names = "--db", paramLabel = "FILE", description = "DuckDB file (default: ./entente.duckdb).")
  String db;

  @Option(names = "--no-store", description = "Code and print only; write nothing to a database.")
  boolean noStore;

  @Option(names = "--format", defaultValue = "table", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the events here instead of stdout.")
  Path out;

  @picocli.CommandLine.Mixin
  ThreadsOption threads = new ThreadsOption();

  @Option(names = {"-v", "--verbose"}, description = "Also list triggers that found no actors.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    // Order matters: a usage error (a missing path) or a locked database must leave an earlier --out file and
    // database untouched, so inputs are checked first, the store opened next and --out truncated last.
    var docs = Coding.open(paths, date, err);
    EventStore store = null;
    PrintWriter sink = null;
    try {
      store = noStore ? null : Stores.open(db == null ? Stores.defaultPath().toString() : db);
      sink = out == null ? spec.commandLine().getOut() : new PrintWriter(new OutputStreamWriter(
          Files.newOutputStream(out), StandardCharsets.UTF_8), false);
      var coder = Coding.coder(err);
      if (format == Format.table) {
        Table.header(sink);
      }
      Writer w = new Writer(store, sink, format, verbose ? err : null);
      Progress progress = new Progress(err, -1);
      Runner.Summary s = Runner.of(coder, threads.threads).run(docs, w, progress);
      w.flush();
      progress.finish();
      sink.flush();
      Coding.summary(err, s);
      if (store != null) {
        err.println("stored in " + Stores.describe(db == null ? Stores.defaultPath().toString() : db));
      }
      return s.skipped() > 0 ? Main.SKIPPED : Main.OK;
    } finally {
      if (out != null && sink != null) {
        sink.close();
      }
      if (store != null) {
        store.close();
      }
      docs.close();
    }
  }

  /** The runner's sink: batches documents into the store and prints each document's events. */
  static final class Writer implements Runner.Sink {
    private static final int BATCH = 64;
    private final EventStore store;
    private final PrintWriter out;
    private final Format format;
    private final PrintWriter verbose;
    private final List<CodedDocument> batch = new ArrayList<>();

    Writer(EventStore store, PrintWriter out, Format format, PrintWriter verbose) {
      this.store = store;
      this.out = out;
      this.format = format;
      this.verbose = verbose;
    }

    @Override
    public void coded(CodedDocument doc) {
      for (Event e : doc.events()) {
        if (format == Format.jsonl) {
          out.println(EventJson.toLine(e));
        } else {
          Table.print(out, e);
        }
      }
      if (verbose != null) {
        doc.unresolved().forEach(u -> verbose.println("unresolved " + doc.document().id() + " " + u));
      }
      add(doc);
    }

    @Override
    public void problem(Problem p) {
      add(CodedDocument.skipped(Document.of(p.docId(), "", null), p, java.util.Map.of()));
    }

    private void add(CodedDocument doc) {
      if (store == null) {
        return;
      }
      batch.add(doc);
      if (batch.size() >= BATCH) {
        flush();
      }
    }

    void flush() {
      if (store != null && !batch.isEmpty()) {
        store.write(List.copyOf(batch));
        batch.clear();
      }
    }
  }

  /** Parses --date with a message that says what is wanted. */
  static final class Dates implements picocli.CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (java.time.format.DateTimeParseException e) {
        throw new EntenteException(EntenteException.Kind.USAGE, "--date wants YYYY-MM-DD, got '" + value + "'");
      }
    }
  }
}
