package dev.dossier.ingest.read;

import dev.dossier.ingest.files.RejectedFileException;
import dev.dossier.ingest.files.SourceFile;
import dev.dossier.model.ArchiveDocument;

/**
 * Reads one archive file format into {@link ArchiveDocument}s.
 *
 * <p>To add a format: implement this interface (one class per format, producing the same record),
 * register it in {@link dev.dossier.ingest.ArchiveReaders} (its extensions and its place in the
 * order readers are asked), then add a fixture under {@code src/test/resources/formats} and a test
 * for it.
 */
public interface ArchiveReader {

  /** Whether this reader handles the file, judged by its name and its first bytes or characters. */
  boolean accepts(SourceFile file) throws RejectedFileException;

  /**
   * The documents in the file; a file that is not a document of this format is rejected whole with
   * the reason, a bad record in a file of many is listed in the result and the others are kept.
   */
  ReadResult read(SourceFile file) throws RejectedFileException;
}
