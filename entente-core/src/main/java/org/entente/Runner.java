package org.entente;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.entente.ingest.DocumentStream;
import org.entente.ingest.Ingested;

/**
 * Codes a stream of documents on a fixed pool, one worker per core by default, with a bounded queue between
 * reading, coding and writing so that memory stays flat on any corpus size. The {@link Sink} is called from one
 * thread, in input order: a store writer needs no locking.
 *
 * <p>A runner is immutable and may be reused; each {@link #run} owns its own threads.
 */
public final class Runner {

  /** Receives results in input order, on a single thread. An exception from it stops the run. */
  public interface Sink {
    void coded(CodedDocument doc);

    void problem(Problem problem);
  }

  /** What a run did. */
  public record Summary(int documents, int coded, int skipped, long sentences, long tokens, long events,
      List<Problem> problems, Map<String, Long> stageNanos, long elapsedNanos, int threads) {

    public double docsPerSecond() {
      return elapsedNanos == 0 ? 0 : documents * 1e9 / elapsedNanos;
    }

    public double tokensPerSecond() {
      return elapsedNanos == 0 ? 0 : tokens * 1e9 / elapsedNanos;
    }
  }

  private final Coder coder;
  private final int threads;

  private Runner(Coder coder, int threads) {
    this.coder = coder;
    this.threads = threads;
  }

  public static Runner of(Coder coder, int threads) {
    Objects.requireNonNull(coder, "coder");
    if (threads < 1) {
      throw new EntenteException(EntenteException.Kind.USAGE, "threads must be at least 1, got " + threads);
    }
    return new Runner(coder, threads);
  }

  /** Codes every document of {@code docs}; {@code progress} (may be null) is told after each one. */
  public Summary run(DocumentStream docs, Sink sink, Runnable progress) {
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "entente-coder");
      t.setDaemon(true);
      return t;
    });
    BlockingQueue<Future<Object>> queue = new ArrayBlockingQueue<>(threads * 4);
    Future<Object> end = CompletableFuture.completedFuture(END);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Tally tally = new Tally();
    Thread writer = new Thread(() -> {
      try {
        while (true) {
          Object o = queue.take().get();
          if (o == END) {
            return;
          }
          if (o instanceof CodedDocument cd) {
            tally.add(cd);
            sink.coded(cd);
          } else {
            Problem p = (Problem) o;
            tally.add(p);
            sink.problem(p);
          }
          if (progress != null) {
            progress.run();
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        failure.compareAndSet(null, e.getCause());
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
      }
    }, "entente-writer");
    writer.start();
    try {
      while (docs.hasNext() && failure.get() == null && writer.isAlive()) {
        Ingested in = docs.next();
        Future<Object> f = in.problem() != null
            ? CompletableFuture.completedFuture(in.problem())
            : pool.submit(() -> codeOne(in));
        put(queue, f, writer);
      }
      put(queue, end, writer);
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EntenteException(EntenteException.Kind.IO, "interrupted", e);
    } finally {
      pool.shutdownNow();
      docs.close();
    }
    Throwable f = failure.get();
    if (f instanceof EntenteException ee) {
      throw ee;
    }
    if (f != null) {
      throw new EntenteException(EntenteException.Kind.IO, "coding failed: " + f, f);
    }
    return tally.summary(System.nanoTime() - start, threads);
  }

  private static final Object END = new Object();

  /**
   * Codes one document. A bug of ours that one document triggers is that document's problem, reported with its
   * id and skipped like any bad input; the run goes on.
   */
  private Object codeOne(Ingested in) {
    try {
      return coder.code(in.document());
    } catch (RuntimeException | StackOverflowError e) {
      StackTraceElement[] at = e.getStackTrace();
      return new Problem(in.document().id(), "coder",
          "internal error: " + e + (at.length > 0 ? " at " + at[0] : ""));
    }
  }

  /** Queues {@code f} for the writer unless the writer has stopped: a stopped writer no longer drains the queue. */
  private static void put(BlockingQueue<Future<Object>> queue, Future<Object> f, Thread writer)
      throws InterruptedException {
    while (writer.isAlive()) {
      if (queue.offer(f, 100, TimeUnit.MILLISECONDS)) {
        return;
      }
    }
  }

  /** Counts kept by the writer thread alone. */
  private static final class Tally {
    int documents;
    int coded;
    int skipped;
    long sentences;
    long tokens;
    long events;
    final List<Problem> problems = new ArrayList<>();
    final Map<String, Long> nanos = new HashMap<>();

    void add(CodedDocument cd) {
      documents++;
      cd.stageNanos().forEach((k, v) -> nanos.merge(k, v, Long::sum));
      if (cd.skipped()) {
        skipped++;
        problems.addAll(cd.problems());
        return;
      }
      coded++;
      sentences += cd.sentences();
      tokens += cd.tokens();
      events += cd.events().size();
    }

    void add(Problem p) {
      documents++;
      skipped++;
      problems.add(p);
    }

    Summary summary(long elapsed, int threads) {
      return new Summary(documents, coded, skipped, sentences, tokens, events, List.copyOf(problems),
          Map.copyOf(nanos), elapsed, threads);
    }
  }
}
