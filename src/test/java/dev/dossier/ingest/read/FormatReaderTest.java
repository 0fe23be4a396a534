package dev.dossier.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dossier.ingest.ArchiveReaders;
import dev.dossier.ingest.files.RejectedFileException;
import dev.dossier.model.ArchiveDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What every archive format's test does: read a fixture through the registry, as the indexer does,
 * or see it rejected.
 */
abstract class FormatReaderTest {

  /** The fixtures of the archive formats. */
  static final Path FORMATS = Path.of("src/test/resources/formats");

  /** The documents of {@code file}, chosen and read as the indexer would. */
  static ReadResult read(Path file) throws RejectedFileException {
    return ArchiveReaders.of(List.of()).read(file);
  }

  /** The one document of {@code file}. */
  static ArchiveDocument readOne(Path file) throws RejectedFileException {
    List<ArchiveDocument> documents = read(file).documents();
    assertEquals(1, documents.size(), file.toString());
    return documents.get(0);
  }

  /** Why {@code file} is rejected. */
  static String rejection(Path file) {
    return assertThrows(RejectedFileException.class, () -> read(file), file.toString())
        .getMessage();
  }

  /** Writes {@code text} as UTF-8 to {@code dir/name}. */
  static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
