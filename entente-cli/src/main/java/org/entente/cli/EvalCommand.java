package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.entente.CodedDocument;
import org.entente.Problem;
import org.entente.Runner;
import org.entente.eval.Score;
import org.entente.eval.Scorer;
import org.entente.events.Event;
import org.entente.events.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente eval}: codes a corpus and scores it against a gold file, as shared/eval/score.py does. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Codes a corpus and scores the events against a gold file (the rules of EVENTS.md, "
        + "\"Scoring\"). The last line is the same as score.py's.")
final class EvalCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold events (JSONL).")
  Path gold;

  @Option(names = "--corpus", required = true, paramLabel = "PATH",
      description = "A folder of articles or a corpus.jsonl.")
  Path corpus;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the coded events (JSONL) here.")
  Path out;

  @picocli.CommandLine.Mixin
  ThreadsOption threads = new ThreadsOption();

  @Option(names = {"-v", "--verbose"}, description = "List every miss and every false positive.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<JsonNode> goldLines = Scorer.readJsonl(gold);
    Set<String> docs = Scorer.goldDocs(goldLines);
    List<JsonNode> events = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    var coder = Coding.coder(err);
    Runner.Summary s = Runner.of(coder, threads.threads).run(Coding.open(List.of(corpus), null, err), new Runner.Sink() {
      @Override
      public void coded(CodedDocument doc) {
        for (Event e : doc.events()) {
          events.add(EventJson.toJson(e));
        }
        if (docs.contains(doc.document().id())) {
          doc.unresolved().forEach(u -> unresolved.add(doc.document().id() + " " + u));
        }
      }

      @Override
      public void problem(Problem p) {}
    }, null);
    if (this.out != null) {
      try (PrintWriter w = new PrintWriter(java.nio.file.Files.newBufferedWriter(this.out))) {
        events.forEach(e -> w.println(e.toString()));
      }
    }
    Coding.summary(err, s);
    Score score = Scorer.score(goldLines, events);
    if (verbose) {
      score.verdicts().forEach(out::println);
      score.falsePositives().forEach(out::println);
      unresolved.forEach(u -> out.println("NOEV " + u));
    }
    out.printf("recall (core)    %.3f%n", score.recall());
    out.printf("precision        %.3f%n", score.precision());
    out.printf("F1               %.3f%n", score.f1());
    out.printf("strict recall    %.3f%n", score.strictRecall());
    out.printf("dates correct    %d/%d%n", score.datesOk(), score.datesTotal());
    out.printf("sector recall    %d/%d%n", score.sectorsOk(), score.sectorsTotal());
    out.printf(java.util.Locale.ROOT, "precision by confidence  >= %.1f: %s; below: %s%n", Score.CONFIDENT,
        score.precisionAt(true), score.precisionAt(false));
    out.println("recall by type   " + String.join(", ", score.recallByType()));
    out.println(score.lastLine());
    return s.skipped() > 0 ? Main.SKIPPED : Main.OK;
  }
}
