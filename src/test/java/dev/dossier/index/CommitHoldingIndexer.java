package dev.dossier.index;

import dev.dossier.config.IndexConfigLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;

/**
 * The indexing child process of {@code CrashSafetyTest}: indexes a folder as {@code dossier index
 * --threads 2 --commit-every N} does, through a directory that prints {@code committed segments_N}
 * on stdout once the first commit is on disk, and holds the next commit (its segments file written
 * and synced, not yet renamed into place) until stdin closes. The test reads that line rather than
 * polling for the commit; and whenever it kills the process, the process is in the middle of its
 * batch: the writer open, a commit pending and documents written since the last one.
 *
 * <p>Arguments: the configuration folder, the index folder, the folder to index, documents between
 * commits.
 */
final class CommitHoldingIndexer {

  private CommitHoldingIndexer() {}

  public static void main(String[] args) throws IOException {
    IndexSchema schema = IndexSchema.of(IndexConfigLoader.load(Path.of(args[0])));
    IndexRequest request =
        new IndexRequest(
            Path.of(args[1]),
            List.of(Path.of(args[2])),
            false,
            false,
            2,
            Integer.parseInt(args[3]),
            IndexProgress.NONE);
    new Indexer(schema, dir -> new Signalling(FSDirectory.open(dir))).index(request);
    throw new AssertionError("the run ended, though its second commit was held");
  }

  /** Says when the first commit is in place; holds the second. */
  private static final class Signalling extends FilterDirectory {
    private final AtomicInteger commits = new AtomicInteger();

    Signalling(Directory in) {
      super(in);
    }

    @Override
    public void rename(String source, String dest) throws IOException {
      boolean commit = dest.startsWith(IndexFileNames.SEGMENTS);
      if (commit && commits.incrementAndGet() > 1) {
        holdUntilStdinCloses();
      }
      super.rename(source, dest);
      if (commit) {
        System.out.println("committed " + dest);
        System.out.flush();
      }
    }

    /**
     * Waits for the test to kill this process, or to end without killing it (its end closes our
     * stdin).
     */
    private static void holdUntilStdinCloses() throws IOException {
      while (System.in.read() != -1) {
        // the test writes nothing
      }
      Runtime.getRuntime().halt(3);
    }
  }
}
