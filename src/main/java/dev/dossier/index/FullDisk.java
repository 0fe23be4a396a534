package dev.dossier.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A run that filled the disk: recognised wherever the exception surfaced (a flush, a merge thread,
 * the writer closed by it), then cleaned up so that the files it was writing do not keep the disk
 * full, and reported in one line that says what the index still holds. Lucene's own commit protocol
 * guarantees the last commit is intact: a commit point is written last and only after every file it
 * names is synced.
 */
final class FullDisk {

  private FullDisk() {}

  /**
   * Whether {@code failure}, its causes or the exceptions suppressed with it say the disk (or
   * quota) is full.
   */
  static boolean caused(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> todo = new ArrayDeque<>();
    todo.push(failure);
    while (!todo.isEmpty()) {
      Throwable t = todo.pop();
      if (!seen.add(t)) {
        continue;
      }
      if (t instanceof IOException && isNoSpace(t.getMessage())) {
        return true;
      }
      if (t.getCause() != null) {
        todo.push(t.getCause());
      }
      for (Throwable suppressed : t.getSuppressed()) {
        todo.push(suppressed);
      }
    }
    return false;
  }

  /** ENOSPC and EDQUOT, as the JDK words them. */
  private static boolean isNoSpace(String message) {
    if (message == null) {
      return false;
    }
    String m = message.toLowerCase(Locale.ROOT);
    return m.contains("no space left on device") || m.contains("disk quota exceeded");
  }

  /**
   * Removes what the failed run wrote and was not committed, and returns the error that says so.
   * With a commit, Lucene's own file deleter does the removing (an index writer opened on the last
   * commit deletes every index file it does not reference); without one, every index file in the
   * folder is the run's.
   */
  static DiskFullException afterFailure(Path indexDir, Throwable failure) {
    String start = "no space left on device while writing " + indexDir;
    if (!Files.isDirectory(indexDir)) {
      return new DiskFullException(start + "; nothing had been committed", failure);
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      if (DirectoryReader.indexExists(dir)) {
        new IndexWriter(
                dir,
                new IndexWriterConfig()
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                    .setCommitOnClose(false))
            .rollback();
        int documents;
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          documents = reader.numDocs();
        }
        return new DiskFullException(
            String.format(
                Locale.ROOT,
                "%s; the last commit, %,d document%s, is intact (the run's unfinished files were"
                    + " removed)",
                start,
                documents,
                documents == 1 ? "" : "s"),
            failure);
      }
      deleteIndexFiles(dir);
      return new DiskFullException(
          start + "; nothing had been committed (the run's files were removed)", failure);
    } catch (IOException | RuntimeException cleanup) {
      failure.addSuppressed(cleanup);
      return new DiskFullException(
          start
              + "; the last commit is intact, but the run's unfinished files could not be removed ("
              + cleanup.getMessage()
              + "): free some space and run the same command again",
          failure);
    }
  }

  private static void deleteIndexFiles(Directory dir) throws IOException {
    Matcher codecFile = IndexFileNames.CODEC_FILE_PATTERN.matcher("");
    for (String name : dir.listAll()) {
      if (!name.equals(IndexWriter.WRITE_LOCK_NAME)
          && (codecFile.reset(name).matches()
              || name.startsWith(IndexFileNames.PENDING_SEGMENTS))) {
        dir.deleteFile(name);
      }
    }
  }
}
