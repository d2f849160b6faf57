package org.entente.cli;

import java.io.PrintWriter;

/**
 * A progress line on stderr: documents done, rate and skips. Redrawn in place on a terminal, at most five times a
 * second; on a pipe, one line every thousand documents. Quiet for a handful of documents. Called from the
 * runner's single writer thread.
 */
final class Progress implements Runnable {

  private static final int HANDFUL = 5;
  private final PrintWriter err;
  private final boolean tty;
  private final long start = System.nanoTime();
  private long lastDraw;
  private int done;
  private boolean drawn;
  private final int total;

  Progress(PrintWriter err, int totalOrMinusOne) {
    this.err = err;
    this.tty = System.console() != null;
    this.total = totalOrMinusOne;
  }

  @Override
  public void run() {
    done++;
    if (done <= HANDFUL) {
      return;
    }
    long now = System.nanoTime();
    if (tty && now - lastDraw > 200_000_000L) {
      lastDraw = now;
      err.print("\r" + line(now));
      err.flush();
      drawn = true;
    } else if (!tty && done % 1000 == 0) {
      err.println(line(now));
    }
  }

  private String line(long now) {
    double secs = (now - start) / 1e9;
    String rate = String.format("%.1f docs/s", done / Math.max(secs, 1e-9));
    if (total > 0) {
      int width = 30;
      int filled = (int) Math.min(width, (long) width * done / total);
      return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + "  " + rate;
    }
    return "coded " + done + " documents  " + rate;
  }

  /** Ends the redrawn line so that the summary starts on its own line. */
  void finish() {
    if (drawn) {
      err.println();
    }
  }
}
