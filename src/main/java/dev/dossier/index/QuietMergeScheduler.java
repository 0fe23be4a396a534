package dev.dossier.index;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.lucene.index.ConcurrentMergeScheduler;

/**
 * Lucene's concurrent merge scheduler, except that a merge that fails hands its exception to the
 * run instead of throwing it from the merge thread, where the JVM printed it as a 121-line trace
 * before the run's own error. The writer still sees the failure (a forced merge waiting on it
 * fails, a tragic one closes the writer); the run reads {@link #failures()} to say what happened in
 * one line.
 */
final class QuietMergeScheduler extends ConcurrentMergeScheduler {

  private final List<Throwable> failures = new CopyOnWriteArrayList<>();

  @Override
  protected void handleMergeException(Throwable exc) {
    failures.add(exc);
  }

  /** The exceptions of the merges that failed, in order. */
  List<Throwable> failures() {
    return List.copyOf(failures);
  }
}
