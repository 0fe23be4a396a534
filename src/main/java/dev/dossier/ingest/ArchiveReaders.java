package dev.dossier.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Chooses the reader for a file and reads it: the entry point of ingest. */
public final class ArchiveReaders {

  private static final List<String> TEXT_EXTENSIONS = List.of(".txt", ".md", ".markdown");
  private static final List<ArchiveReader> READERS = List.of(new WilsonExportReader());

  private ArchiveReaders() {}

  /** Whether the file's name marks it as one Dossier reads; other files are reported as unsupported. */
  public static boolean isSupported(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return TEXT_EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  /** Reads the documents in one file, or rejects it with the reason. */
  public static List<ArchiveDocument> read(Path file) throws RejectedFileException {
    requireSupported(file);
    return read(file, TextFiles.readBytes(file));
  }

  /** Reads the documents in one file whose bytes were read already (to hash them), or rejects it. */
  public static List<ArchiveDocument> read(Path file, byte[] bytes) throws RejectedFileException {
    requireSupported(file);
    String text = TextFiles.decode(bytes);
    for (ArchiveReader reader : READERS) {
      if (reader.accepts(file, text)) {
        return reader.read(file, text);
      }
    }
    throw new RejectedFileException("not an archive document of a known format");
  }

  private static void requireSupported(Path file) throws RejectedFileException {
    if (!isSupported(file)) {
      throw new RejectedFileException(
          "unsupported file type (Dossier reads " + String.join(", ", TEXT_EXTENSIONS) + ")");
    }
  }
}
