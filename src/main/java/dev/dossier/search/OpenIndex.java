package dev.dossier.search;

import dev.dossier.index.IndexFolder;
import dev.dossier.index.IndexIntegrity;
import dev.dossier.index.NoIndexException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** An open directory and reader of a current-format index, as of its last commit. */
record OpenIndex(Path path, Directory directory, DirectoryReader reader) {

  /**
   * Opens the index at {@code indexDir}; refuses a folder with no index, or one of another format.
   */
  static OpenIndex open(Path indexDir) throws IOException, NoIndexException {
    if (!Files.isDirectory(indexDir)) {
      throw IndexFolder.noIndex(indexDir);
    }
    Directory directory = FSDirectory.open(indexDir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw IndexFolder.noIndex(indexDir);
      }
      DirectoryReader reader = IndexIntegrity.open(indexDir, directory);
      try {
        IndexFolder.requireCurrent(indexDir, reader);
      } catch (IOException | RuntimeException e) {
        reader.close();
        throw e;
      }
      return new OpenIndex(indexDir, directory, reader);
    } catch (IOException | NoIndexException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }
}
