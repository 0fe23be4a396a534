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

  /** When the index was last committed; empty when there is no index at {@code indexDir}. */
  public static Optional<Instant> lastCommit(Path indexDir) throws IOException {
    if (!indexDir.toFile().isDirectory()) {
      return Optional.empty();
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(dir)) {
        return Optional.empty();
      }
      java.util.List<IndexCommit> commits = DirectoryReader.listCommits(dir);
      IndexCommit commit = commits.get(commits.size() - 1);
      String at = commit.getUserData().get(Indexer.COMMITTED_AT);
      return Optional.of(at == null ? Instant.EPOCH : Instant.parse(at));
    }
  }
}
