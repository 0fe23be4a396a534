package dev.dossier.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;

/**
 * What the folder given as an index holds, decided in one place for every command: nothing usable
 * (no folder, an empty one, or one an indexing run left before its first commit: "no index at ...",
 * the same words for all), a Lucene index Dossier did not write (refused, never searched as empty
 * nor written into), or Dossier's index.
 */
public final class IndexFolder {

  /** Field names a refusal lists, at most. */
  private static final int FIELDS_NAMED = 8;

  private IndexFolder() {}

  /**
   * Fails unless {@code dir} holds a committed index that Dossier wrote; with {@code
   * currentFormat}, also unless it is in the layout this version reads.
   */
  public static void requireIndex(Path dir, boolean currentFormat)
      throws NoIndexException, IOException {
    if (!Files.isDirectory(dir)) {
      throw noIndex(dir);
    }
    try (Directory directory = FSDirectory.open(dir, NoLockFactory.INSTANCE)) {
      if (!DirectoryReader.indexExists(directory)) {
        throw noIndex(dir);
      }
      Map<String, String> data;
      try {
        data = SegmentInfos.readLatestCommit(directory).getUserData();
      } catch (IOException e) {
        return; // an index whose last commit cannot be read is damaged: the command says so (check)
        // or fails on it
      }
      if (!isDossiers(data)) {
        throw foreign(dir, directory);
      }
      if (currentFormat) {
        IndexInfo.requireCurrentFormat(dir, data.entrySet());
      }
    }
  }

  /**
   * Fails when {@code dir} holds a Lucene index that Dossier did not write: indexing must not mix
   * its documents into it, nor a rebuild delete it.
   */
  static void requireNotForeign(Path dir, Directory directory) throws IOException {
    if (Files.isDirectory(dir)
        && DirectoryReader.indexExists(directory)
        && !isDossiers(SegmentInfos.readLatestCommit(directory).getUserData())) {
      throw foreign(dir, directory);
    }
  }

  /**
   * Fails when the commit {@code reader} reads is not Dossier's, or not in the layout this version
   * reads.
   */
  public static void requireCurrent(Path dir, DirectoryReader reader) throws IOException {
    Map<String, String> data = reader.getIndexCommit().getUserData();
    if (!isDossiers(data)) {
      throw foreign(dir, reader);
    }
    IndexInfo.requireCurrentFormat(dir, data.entrySet());
  }

  /** Every commit Dossier makes records when it was made (and, since layout 2, the layout). */
  private static boolean isDossiers(Map<String, String> commitData) {
    return commitData.containsKey(Indexer.COMMITTED_AT)
        || commitData.containsKey(Indexer.FORMAT_KEY);
  }

  /** The one "no index" message, for a folder that is missing, empty, or holds no commit. */
  public static NoIndexException noIndex(Path dir) {
    String create = "create one with: dossier index PATH...";
    if (Files.isDirectory(dir) && holdsFiles(dir)) {
      return new NoIndexException(
          "no index at "
              + dir
              + " (the folder holds no committed index, as an indexing run stopped before its first"
              + " commit leaves it; "
              + create
              + ")");
    }
    return new NoIndexException("no index at " + dir + " (" + create + ")");
  }

  private static boolean holdsFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.findAny().isPresent();
    } catch (IOException e) {
      return false;
    }
  }

  private static IndexFormatException foreign(Path dir, Directory directory) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      return foreign(dir, reader);
    }
  }

  private static IndexFormatException foreign(Path dir, DirectoryReader reader) {
    TreeSet<String> fields = new TreeSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      for (FieldInfo info : leaf.reader().getFieldInfos()) {
        fields.add(info.name);
      }
    }
    List<String> named = fields.stream().limit(FIELDS_NAMED).toList();
    String listed =
        fields.isEmpty()
            ? "no fields"
            : "fields " + String.join(", ", named) + (fields.size() > named.size() ? ", ..." : "");
    return new IndexFormatException(
        dir
            + " holds a Lucene index that Dossier did not write ("
            + reader.numDocs()
            + " documents; "
            + listed
            + "); Dossier neither searches nor writes into it: give another --index folder");
  }
}
