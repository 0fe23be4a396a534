package dev.dossier.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads one archive file format into {@link ArchiveDocument}s.
 *
 * <p>To add a format: implement this interface (one class per format, producing the same record), register it
 * in {@link ArchiveReaders}, then add a fixture under {@code src/test/resources} and a test for it.
 */
public interface ArchiveReader {

  /** Whether this reader handles the file, judged by its name and its first characters. */
  boolean accepts(Path file, String text);

  /** The documents in the file; a file that is not a document of this format is rejected with the reason. */
  List<ArchiveDocument> read(Path file, String text) throws RejectedFileException;
}
