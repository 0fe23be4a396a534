package dev.dossier.ingest;

import dev.dossier.config.SourceMapping;
import dev.dossier.config.SourceMappingLoader;
import dev.dossier.ingest.files.RejectedFileException;
import dev.dossier.ingest.files.SourceFile;
import dev.dossier.ingest.files.TextFiles;
import dev.dossier.ingest.mapping.MappedRecordReader;
import dev.dossier.ingest.read.ArchiveReader;
import dev.dossier.ingest.read.FrontMatterReader;
import dev.dossier.ingest.read.HtmlReader;
import dev.dossier.ingest.read.PdfReader;
import dev.dossier.ingest.read.PlainTextReader;
import dev.dossier.ingest.read.ReadResult;
import dev.dossier.ingest.read.TeiReader;
import dev.dossier.ingest.read.WilsonExportReader;
import dev.dossier.model.ArchiveDocument;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses the reader for a file and reads it: the entry point of ingest. A file's extension says
 * whether Dossier reads it at all; then each reader, in order, is asked whether the file is its
 * format: PDF first (by its signature, so a binary file is never decoded as text), then the formats
 * an extension names (JSON, JSON Lines and CSV through source mappings; TEI XML; HTML), then the
 * text formats by their structure (YAML front matter, the Wilson Center export), and plain text
 * last.
 */
public final class ArchiveReaders {

  /** The extensions of the files Dossier reads; other files are reported as unsupported. */
  static final List<String> EXTENSIONS =
      List.of(
          ".txt",
          ".md",
          ".markdown",
          ".json",
          ".jsonl",
          ".ndjson",
          ".csv",
          ".html",
          ".htm",
          ".xml",
          ".pdf");

  private final List<ArchiveReader> readers;

  private ArchiveReaders(List<SourceMapping> mappings) {
    this.readers =
        List.of(
            new PdfReader(),
            new MappedRecordReader(mappings),
            new TeiReader(),
            new HtmlReader(),
            new FrontMatterReader(), // before the Wilson export's: a Markdown heading in the body
            // is no Wilson export
            new WilsonExportReader(),
            new PlainTextReader());
  }

  /** The readers, with the source mappings of the configuration folder {@code configDirectory}. */
  public static ArchiveReaders forConfig(Path configDirectory) {
    return new ArchiveReaders(SourceMappingLoader.load(configDirectory));
  }

  /** The readers with the given source mappings. */
  public static ArchiveReaders of(List<SourceMapping> mappings) {
    return new ArchiveReaders(mappings);
  }

  /** Whether the file's name marks it as one Dossier reads. */
  public static boolean isSupported(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  /**
   * Whether the file holds records read through a source mapping (JSON, JSON Lines, CSV), whose
   * texts may come from other files: such files are read first.
   */
  public static boolean isRecordFile(Path file) {
    return MappedRecordReader.handles(file.getFileName().toString().toLowerCase(Locale.ROOT));
  }

  /** Reads the documents in one file, or rejects it with the reason. */
  public ReadResult read(Path file) throws RejectedFileException {
    requireSupported(file);
    return read(file, TextFiles.readBytes(file));
  }

  /**
   * Reads the documents in one file whose bytes were read already (to hash them), or rejects it.
   */
  public ReadResult read(Path file, byte[] bytes) throws RejectedFileException {
    requireSupported(file);
    SourceFile source = new SourceFile(file, bytes);
    for (ArchiveReader reader : readers) {
      if (reader.accepts(source)) {
        return completed(reader.read(source));
      }
    }
    throw new RejectedFileException("not an archive document of a known format");
  }

  /** The reader's documents completed ({@link DocumentCompletion}), their companions re-keyed. */
  private static ReadResult completed(ReadResult read) {
    List<ArchiveDocument> documents =
        read.documents().stream().map(DocumentCompletion::complete).toList();
    Map<String, List<Path>> companions = new HashMap<>();
    read.companions().forEach((id, files) -> companions.put(ShortIds.of(id), files));
    return new ReadResult(documents, read.rejected(), read.collection(), companions);
  }

  private static void requireSupported(Path file) throws RejectedFileException {
    if (!isSupported(file)) {
      throw new RejectedFileException(
          "unsupported file type (Dossier reads " + String.join(", ", EXTENSIONS) + ")");
    }
  }
}
