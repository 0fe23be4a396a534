package dev.dossier.cli;

import dev.dossier.index.IndexProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One line on the terminal, redrawn at most ten times a second: files done of total, MB, rate and
 * ETA. Written by hand rather than with a progress-bar library because it is one line of text and
 * such libraries bring a terminal library (JLine) with them.
 */
final class ProgressBar implements IndexProgress {

  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int WIDTH = 24;

  private final PrintWriter err;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicLong bytesDone = new AtomicLong();
  private final AtomicLong lastDraw = new AtomicLong();
  private volatile int files;
  private volatile long started;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  /** Whether output goes to a terminal (Java 17: both standard input and output are one). */
  static boolean isTerminal() {
    return System.console() != null;
  }

  @Override
  public void started(int files, long bytes) {
    this.files = files;
    this.started = System.nanoTime();
  }

  @Override
  public void fileDone(long bytes) {
    int n = done.incrementAndGet();
    bytesDone.addAndGet(bytes);
    long now = System.nanoTime();
    long last = lastDraw.get();
    if (now - last >= REDRAW_NANOS && lastDraw.compareAndSet(last, now) || n == files) {
      draw(n, now);
    }
  }

  private synchronized void draw(int n, long now) {
    double seconds = Math.max((now - started) / 1e9, 1e-3);
    double rate = n / seconds;
    int filled = files == 0 ? WIDTH : (int) ((long) WIDTH * n / files);
    long eta = rate > 0 ? Math.round((files - n) / rate) : 0;
    err.printf(
        Locale.ROOT,
        "\r[%s%s] %d/%d files  %.1f MB  %.0f files/s  ETA %d:%02d ",
        "#".repeat(filled),
        " ".repeat(WIDTH - filled),
        n,
        files,
        bytesDone.get() / 1e6,
        rate,
        eta / 60,
        eta % 60);
    err.flush();
  }

  @Override
  public synchronized void merging() {
    err.print("\r" + " ".repeat(78) + "\rmerging segments ...");
    err.flush();
  }

  @Override
  public synchronized void finished() {
    err.print("\r" + " ".repeat(78) + "\r");
    err.flush();
  }
}
