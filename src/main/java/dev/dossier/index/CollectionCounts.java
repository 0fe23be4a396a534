package dev.dossier.index;

/**
 * What one run did in one collection.
 *
 * @param written documents added or replaced
 * @param unchanged documents of files skipped because their content had not changed
 * @param rejected files and records rejected
 */
public record CollectionCounts(long written, long unchanged, long rejected) {

  /** The sum of two counts. */
  CollectionCounts plus(CollectionCounts other) {
    return new CollectionCounts(
        written + other.written, unchanged + other.unchanged, rejected + other.rejected);
  }
}
