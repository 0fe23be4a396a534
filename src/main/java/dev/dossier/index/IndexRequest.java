package dev.dossier.index;

import java.nio.file.Path;
import java.util.List;

/**
 * One indexing run.
 *
 * @param indexDir the index folder, created when missing
 * @param paths files and folders to index
 * @param rebuild start from an empty index
 * @param prune remove the documents of files gone from the folders in {@code paths}
 * @param threads files read, parsed and analysed at once
 * @param commitEvery documents between commits: what a crash can lose at most
 * @param progress hears each file as it is done
 */
public record IndexRequest(
    Path indexDir,
    List<Path> paths,
    boolean rebuild,
    boolean prune,
    int threads,
    int commitEvery,
    IndexProgress progress) {

  /**
   * Documents between commits unless told otherwise: a commit flushes every thread's buffer and
   * makes small segments to merge later, so committing every 1,000 documents cost 12 % of indexing
   * time on the benchmark corpus; 10,000 is under a minute of work to redo after a crash.
   */
  public static final int DEFAULT_COMMIT_EVERY = 10_000;

  public IndexRequest {
    paths = List.copyOf(paths);
    if (threads < 1 || commitEvery < 1) {
      throw new IllegalArgumentException("threads and commitEvery must be at least 1");
    }
  }

  /** A run with every core, default batches and no progress display. */
  public static IndexRequest of(Path indexDir, List<Path> paths, boolean rebuild) {
    return new IndexRequest(
        indexDir,
        paths,
        rebuild,
        false,
        Runtime.getRuntime().availableProcessors(),
        DEFAULT_COMMIT_EVERY,
        IndexProgress.NONE);
  }
}
