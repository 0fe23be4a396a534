package dev.dossier.index;

import dev.dossier.ingest.Rejection;
import java.util.List;

/**
 * What one indexing run did.
 *
 * @param files files looked at
 * @param documents documents added or replaced
 * @param rejected files not indexed, each with the reason
 * @param seconds wall time of the run
 */
public record IndexReport(int files, int documents, List<Rejection> rejected, double seconds) {
  public IndexReport {
    rejected = List.copyOf(rejected);
  }

  /** Whether every file went in. */
  public boolean complete() {
    return rejected.isEmpty();
  }
}
