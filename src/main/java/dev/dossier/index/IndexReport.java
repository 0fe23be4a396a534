package dev.dossier.index;

import dev.dossier.model.Rejection;
import java.util.List;

/**
 * What one indexing run did. Counts are of documents, except {@code files}, {@code bytes} and
 * {@code rejected}, which are of files.
 *
 * @param files files looked at
 * @param bytes their size in all
 * @param added documents new to the index
 * @param updated documents that replaced one with the same id (their file changed, or moved)
 * @param unchanged documents of files whose content hash had not changed, skipped unread
 * @param removed documents of files gone from the folders indexed (--prune)
 * @param rejected files and records not indexed, each with the reason, by path
 * @param skipped files passed over as a collection's documentation (README, PROVENANCE, ...), by
 *     path
 * @param companionFiles text files read as the texts of a spreadsheet's records, not as documents
 *     of their own
 * @param collections the counts of each collection (a source mapping's collection, else the file's
 *     folder), by name
 * @param seconds wall time of the run
 */
public record IndexReport(
    int files,
    long bytes,
    long added,
    long updated,
    long unchanged,
    long removed,
    List<Rejection> rejected,
    List<String> skipped,
    long companionFiles,
    java.util.SortedMap<String, CollectionCounts> collections,
    double seconds) {
  public IndexReport {
    rejected = List.copyOf(rejected);
    skipped = List.copyOf(skipped);
    collections = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(collections));
  }

  /** Documents written in this run. */
  public long written() {
    return added + updated;
  }

  /** Documents written per second. */
  public double documentsPerSecond() {
    return seconds > 0 ? written() / seconds : 0;
  }

  /** Whether every file went in. */
  public boolean complete() {
    return rejected.isEmpty();
  }
}
