package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.EntenteException;
import org.entente.Runner;
import org.entente.events.Event;
import org.entente.store.EventStore;
import org.entente.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente demo}: codes the bundled sample articles into a fresh database and prints what it stored. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Codes the bundled sample articles (samples/articles) into a fresh local database "
        + "(entente-demo.duckdb) and prints the stored events; with --serve, then opens the web explorer on it.")
final class DemoCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "entente-demo.duckdb",
      description = "Database to create afresh (default: ${DEFAULT-VALUE}).")
  Path db;

  @picocli.CommandLine.Mixin
  ThreadsOption threads = new ThreadsOption();

  @Option(names = "--serve", description = "Then serve the database and the web explorer at "
      + "http://127.0.0.1:7070/ until Ctrl-C (as the serve command).")
  boolean serve;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path samples = samples();
    Files.deleteIfExists(db);
    Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".wal"));
    try (EventStore store = Stores.open(db.toString())) {
      var docs = Coding.open(List.of(samples), null, err);
      var coder = Coding.coder(err);
      CodeCommand.Writer w = new CodeCommand.Writer(store, new PrintWriter(PrintWriter.nullWriter()),
          CodeCommand.Format.jsonl, null);
      Runner.Summary s = Runner.of(coder, threads.threads).run(docs, w, null);
      w.flush();
      String current = null;
      for (Event e : store.events(null)) {
        if (!e.docId().equals(current)) {
          current = e.docId();
          out.println();
          out.println("== " + current);
          Table.header(out);
        }
        Table.print(out, e);
      }
      out.println();
      Coding.summary(err, s);
      err.println("stored in " + db + "  (try: ./entente actors --db " + db + ")");
      if (!serve) {
        return s.skipped() > 0 ? Main.SKIPPED : Main.OK;
      }
    }
    ServeCommand server = new ServeCommand();
    server.spec = spec;
    server.db = db.toString();
    server.port = 7070;
    server.host = "127.0.0.1";
    return server.call();
  }

  /** samples/articles under the install (the launcher sets entente.home) or the working folder. */
  static Path samples() {
    String home = System.getProperty("entente.home");
    for (Path p : new Path[] {home == null ? null : Paths.get(home, "samples", "articles"),
        Paths.get("samples", "articles")}) {
      if (p != null && Files.isDirectory(p)) {
        return p;
      }
    }
    throw new EntenteException(EntenteException.Kind.USAGE,
        "cannot find samples/articles: run the demo from the repository root (./entente demo)");
  }
}
