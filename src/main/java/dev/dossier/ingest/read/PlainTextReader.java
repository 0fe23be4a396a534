package dev.dossier.ingest.read;

import dev.dossier.ingest.files.RejectedFileException;
import dev.dossier.ingest.files.SourceFile;
import dev.dossier.ingest.language.TextLanguages;
import dev.dossier.model.ArchiveDocument;
import java.util.List;
import java.util.Optional;

/**
 * Reads a text file that is no other format (an OCR dump, a transcription, notes) as one document:
 * the whole file is the text, in the language identified; the first line is the title when it is
 * short enough to be one. Asked last, after every reader that recognises a structure.
 */
public final class PlainTextReader implements ArchiveReader {

  /** A first line longer than this is the start of the text, not a title. */
  private static final int MAX_TITLE = 200;

  @Override
  public boolean accepts(SourceFile file) {
    String name = file.lowerCaseName();
    return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown");
  }

  @Override
  public ReadResult read(SourceFile file) throws RejectedFileException {
    String text = file.text().strip();
    if (text.isEmpty()) {
      throw new RejectedFileException("no text (the file holds only white space)");
    }
    String firstLine = text.lines().findFirst().orElse("").strip();
    TextLanguages texts = TextLanguages.of(text, Optional.empty(), Optional.empty());
    return ReadResult.of(
        List.of(
            ArchiveDocument.builder(file.baseName())
                .title(firstLine.length() <= MAX_TITLE ? firstLine : "")
                .original(texts.originalLanguage(), texts.original())
                .translation(texts.translationLanguage(), texts.translation())
                .source(file.path().toString())
                .build()));
  }
}
