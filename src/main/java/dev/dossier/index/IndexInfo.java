package dev.dossier.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Facts about an index on disk that need no search. */
public final class IndexInfo {

  private IndexInfo() {}

  /**
   * Fails when the commit data of an existing index names another index format, so that documents
   * of two layouts never mix; empty commit data (a new index) passes.
   */
  public static void requireCurrentFormat(
      Path indexDir, Iterable<java.util.Map.Entry<String, String>> commitData) {
    java.util.Map<String, String> data = new java.util.HashMap<>();
    if (commitData != null) {
      commitData.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    if (data.isEmpty()) {
      return;
    }
    String format = data.get(Indexer.FORMAT_KEY);
    if (!Indexer.FORMAT.equals(format)) {
      throw new IndexFormatException(
          "the index at "
              + indexDir
              + " was built by another version of Dossier (format "
              + (format == null ? "1" : format)
              + ", this one writes "
              + Indexer.FORMAT
              + "); rebuild it: dossier index --rebuild PATH...");
    }
  }

  /** When the index was last committed, whatever its format; empty when there is no index. */
  public static Optional<Instant> lastCommitTime(Path indexDir) throws IOException {
    return lastCommitData(indexDir).map(IndexInfo::committedAt);
  }

  /**
   * When the index was last committed; empty when there is no index at {@code indexDir} or it is of
   * another format.
   */
  public static Optional<Instant> lastCommit(Path indexDir) throws IOException {
    return lastCommitData(indexDir)
        .filter(data -> Indexer.FORMAT.equals(data.get(Indexer.FORMAT_KEY)))
        .map(IndexInfo::committedAt);
  }

  private static Instant committedAt(java.util.Map<String, String> data) {
    String at = data.get(Indexer.COMMITTED_AT);
    return at == null ? Instant.EPOCH : Instant.parse(at);
  }

  /** The user data of the index's last commit; empty when there is no index. */
  private static Optional<java.util.Map<String, String>> lastCommitData(Path indexDir)
      throws IOException {
    if (!indexDir.toFile().isDirectory()) {
      return Optional.empty();
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(dir)) {
        return Optional.empty();
      }
      java.util.List<IndexCommit> commits = DirectoryReader.listCommits(dir);
      return Optional.of(commits.get(commits.size() - 1).getUserData());
    }
  }
}
