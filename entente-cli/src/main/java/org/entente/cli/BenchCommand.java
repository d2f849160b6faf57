package org.entente.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.CodedDocument;
import org.entente.Problem;
import org.entente.Runner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code entente bench}: codes a corpus without writing anything and reports throughput, where the time goes
 * and the peak heap. The model load is timed apart and not counted.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures coding throughput on a corpus (nothing is written). Last line: "
        + "docs_per_s=... tokens_per_s=... peak_heap_mb=...")
final class BenchCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--corpus", required = true, paramLabel = "PATH", description = "Files or folder to code.")
  Path corpus;

  @Option(names = "--limit", description = "Stop after this many documents (default: all).")
  int limit = Integer.MAX_VALUE;

  @picocli.CommandLine.Mixin
  ThreadsOption threads = new ThreadsOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    var coder = Coding.coder(err);
    double loadSecs = (System.nanoTime() - t0) / 1e9;
    HeapSampler heap = new HeapSampler();
    heap.start();
    var docs = Coding.limit(Coding.open(List.of(corpus), null, err), limit);
    Progress progress = new Progress(err, limit == Integer.MAX_VALUE ? -1 : limit);
    Runner.Summary s = Runner.of(coder, threads.threads).run(docs, new Runner.Sink() {
      @Override
      public void coded(CodedDocument doc) {}

      @Override
      public void problem(Problem p) {}
    }, progress);
    progress.finish();
    heap.interrupt();
    double secs = s.elapsedNanos() / 1e9;
    out.printf("model load        %.1f s (not counted below)%n", loadSecs);
    out.printf("documents         %d (coded %d, skipped %d), %d sentences, %d tokens%n", s.documents(), s.coded(),
        s.skipped(), s.sentences(), s.tokens());
    out.printf("elapsed           %.1f s on %d threads (%d cores)%n", secs, s.threads(),
        Runtime.getRuntime().availableProcessors());
    out.printf("throughput        %.2f docs/s, %.0f tokens/s%n", s.docsPerSecond(), s.tokensPerSecond());
    out.printf("per core          %.2f docs/s, %.0f tokens/s%n", s.docsPerSecond() / s.threads(),
        s.tokensPerSecond() / s.threads());
    long total = s.stageNanos().values().stream().mapToLong(Long::longValue).sum();
    out.println("time per stage (summed over worker threads):");
    for (Map.Entry<String, Long> e : s.stageNanos().entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList()) {
      out.printf("  %-8s %8.1f s  %5.1f%%  %.2f ms/doc%n", e.getKey(), e.getValue() / 1e9,
          100.0 * e.getValue() / Math.max(1, total), e.getValue() / 1e6 / Math.max(1, s.coded()));
    }
    out.printf("docs_per_s=%.2f tokens_per_s=%.0f peak_heap_mb=%d%n", s.docsPerSecond(), s.tokensPerSecond(),
        Math.max(heap.peakMb(), 1));
    return Main.OK;
  }

  /**
   * The most heap in use, sampled every 20 ms over the whole heap (not per pool: pool peaks happen at different
   * times and their sum overstates). Includes garbage not yet collected, so it is an upper bound of the live set.
   */
  static final class HeapSampler extends Thread {
    private volatile long peak;

    HeapSampler() {
      super("entente-heap-sampler");
      setDaemon(true);
    }

    @Override
    public void run() {
      var mem = ManagementFactory.getMemoryMXBean();
      while (!isInterrupted()) {
        peak = Math.max(peak, mem.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long peakMb() {
      peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
      return peak / (1024 * 1024);
    }
  }
}
