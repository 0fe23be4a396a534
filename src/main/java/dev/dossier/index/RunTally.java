package dev.dossier.index;

import dev.dossier.ingest.files.CorpusFiles;
import dev.dossier.model.Rejection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counts of one indexing run, added to by every worker thread as it goes, and the {@link
 * IndexReport} they make at the end. Thread-safe: adders and concurrent collections, no locks.
 */
final class RunTally {

  private final LongAdder added = new LongAdder();
  private final LongAdder updated = new LongAdder();
  private final LongAdder unchanged = new LongAdder();
  private final LongAdder removed = new LongAdder();
  private final LongAdder companionFiles = new LongAdder();
  private final ConcurrentLinkedQueue<Rejection> rejected = new ConcurrentLinkedQueue<>();
  private final Map<String, CollectionCounts> collections = new ConcurrentHashMap<>();

  /** A document written: updated when the index had its id before the run, else added. */
  void written(boolean replacedOne) {
    (replacedOne ? updated : added).increment();
  }

  /**
   * A file skipped unread because its content had not changed, with the documents the index holds
   * of it.
   */
  void unchanged(String collection, long documents) {
    unchanged.add(documents);
    count(collection, 0, documents, 0);
  }

  /**
   * A file read: {@code written} of its documents went in, {@code rejectedItems} of its records did
   * not.
   */
  void read(String collection, long written, long rejectedItems) {
    count(collection, written, 0, rejectedItems);
  }

  /** A file rejected whole. */
  void rejectedFile(String collection, Rejection rejection) {
    rejected.add(rejection);
    count(collection, 0, 0, 1);
  }

  /** Files or records not indexed, counted in their collections by the caller. */
  void rejected(List<Rejection> rejections) {
    rejected.addAll(rejections);
  }

  /** A record not indexed, counted in its collection by the caller. */
  void rejected(Rejection rejection) {
    rejected.add(rejection);
  }

  /** Documents removed from the index. */
  void removed(long documents) {
    removed.add(documents);
  }

  /** A text file read through a spreadsheet's record, not as a document of its own. */
  void companionFile() {
    companionFiles.increment();
  }

  /** Whether the run added, replaced or removed documents. */
  boolean changedIndex() {
    return added.sum() + updated.sum() + removed.sum() > 0;
  }

  private void count(String collection, long written, long unchangedDocs, long rejectedItems) {
    collections.merge(
        collection,
        new CollectionCounts(written, unchangedDocs, rejectedItems),
        CollectionCounts::plus);
  }

  /**
   * The report of the run over {@code listing}, {@code bytes} in all, that took {@code seconds}.
   */
  IndexReport report(CorpusFiles.Listing listing, long bytes, double seconds) {
    int files = listing.files().size() + listing.unreadable().size();
    List<Rejection> sorted = new ArrayList<>(rejected);
    sorted.sort(Comparator.comparing(Rejection::path));
    return new IndexReport(
        files,
        bytes,
        added.sum(),
        updated.sum(),
        unchanged.sum(),
        removed.sum(),
        sorted,
        listing.skipped().stream().map(Path::toString).toList(),
        companionFiles.sum(),
        new java.util.TreeMap<>(collections),
        seconds);
  }
}
