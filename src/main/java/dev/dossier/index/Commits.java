package dev.dossier.index;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;

/**
 * The commits of one run's writer: one every {@code every} documents the workers write, so that a
 * crash loses at most that much work, and those the run asks for. Each records the time and the
 * index format, which is how a later run or search knows the folder as a current Dossier index.
 */
final class Commits {

  private final IndexSink sink;
  private final int every;
  private final AtomicLong sinceCommit = new AtomicLong();

  Commits(IndexWriter writer, int every) {
    this(new LuceneSink(writer), every);
  }

  /** Commits of {@code sink}, one every {@code every} documents. */
  Commits(IndexSink sink, int every) {
    this.sink = sink;
    this.every = every;
  }

  /**
   * Counts {@code documents} written, and commits when they bring the count since the last commit
   * to {@code every}. One thread commits; the others go on writing (a commit takes in what they
   * wrote before it started).
   */
  void written(int documents) throws IOException {
    if (sinceCommit.addAndGet(documents) >= every) {
      synchronized (this) {
        if (sinceCommit.get() >= every) {
          sinceCommit.set(0);
          sink.commit();
        }
      }
    }
  }

  /** Commits everything written so far, with the time and the index format. */
  static void commit(IndexWriter writer) throws IOException {
    writer.setLiveCommitData(
        Map.of(Indexer.COMMITTED_AT, Instant.now().toString(), Indexer.FORMAT_KEY, Indexer.FORMAT)
            .entrySet());
    writer.commit();
  }
}
