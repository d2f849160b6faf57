package org.entente.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.entente.EntenteException;
import org.entente.query.Analyst;
import org.entente.query.EventFilter;
import org.entente.query.EvidenceIndex;
import org.entente.query.Exports;
import org.entente.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente export}: the stored events as CSV, JSONL, Parquet or PLOVER JSON, filtered as the API filters. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Exports stored events as csv (ICEWS-like columns, one row per source-target pair), jsonl (the "
        + "event contract), parquet (typed, via DuckDB) or plover (PLOVER JSON, one object per line).")
final class ExportCommand implements Callable<Integer> {

  enum Format { csv, jsonl, parquet, plover }

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", paramLabel = "FILE", description = "DuckDB file (default: ./entente.duckdb).")
  String db;

  @Option(names = "--format", defaultValue = "csv", description = "csv, jsonl, parquet or plover "
      + "(default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--where", paramLabel = "NAME=VALUE",
      description = "A filter, as the API's parameters (docs/api.md): country=NPL, a=NPL, b=RUS, type=CONSULT, "
          + "from=2024-01-01, q=invitation ... Repeat for several; all must hold.")
  List<String> where = new ArrayList<>();

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout (required for parquet).")
  Path out;

  @Option(names = "--merged", description = "Export the merged view instead of the raw events: one row per type, "
      + "CAMEO code, full-day date and actors, with how many events and documents report it (csv or jsonl).")
  boolean merged;

  @Option(names = "--index", paramLabel = "DIR",
      description = "Evidence search index for q= (default: beside the database file).")
  Path index;

  @Override
  public Integer call() throws Exception {
    EventFilter filter = EventFilter.parse(params(where), Set.of());
    if (merged && format != Format.csv && format != Format.jsonl) {
      throw new EntenteException(EntenteException.Kind.USAGE, "--merged exports csv or jsonl, not " + format);
    }
    if (format == Format.parquet && out == null) {
      throw new EntenteException(EntenteException.Kind.USAGE, "--format parquet needs --out FILE");
    }
    String spec0 = Databases.forReading(db);
    PrintWriter err = spec.commandLine().getErr();
    try (EventStore store = Databases.open(spec0);
         EvidenceIndex idx = filter.text() == null ? null : Databases.index(spec0, index, store)) {
      Analyst analyst = Analyst.over(store, idx);
      long n;
      if (format == Format.parquet) {
        n = Exports.writeParquet(analyst, filter, out);
      } else {
        Exports.Format f = Exports.Format.valueOf(format.name().toUpperCase(java.util.Locale.ROOT));
        if (out == null) {
          n = write(analyst, filter, f, spec.commandLine().getOut());
        } else {
          try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
              StandardCharsets.UTF_8))) {
            n = write(analyst, filter, f, w);
          }
        }
      }
      err.println("exported " + n + (merged ? " merged rows" : " events") + (out == null ? "" : " to " + out));
    }
    return Main.OK;
  }

  private long write(Analyst analyst, EventFilter filter, Exports.Format f, Writer w) {
    return merged ? Exports.writeMerged(analyst, filter, f, w) : Exports.write(analyst, filter, f, w);
  }

  /** {@code NAME=VALUE} options as parameters; a name given twice is passed on twice, for the filter to refuse. */
  static Map<String, List<String>> params(List<String> where) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String w : where) {
      int eq = w.indexOf('=');
      if (eq <= 0) {
        throw new EntenteException(EntenteException.Kind.USAGE, "--where wants NAME=VALUE, got '" + w + "'");
      }
      out.computeIfAbsent(w.substring(0, eq).strip(), k -> new ArrayList<>()).add(w.substring(eq + 1));
    }
    return out;
  }
}
