package dev.dossier.ingest.read;

import dev.dossier.ingest.files.RejectedFileException;
import dev.dossier.ingest.files.SourceFile;
import dev.dossier.ingest.language.Scripts;
import dev.dossier.ingest.language.TextLanguages;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.MetadataField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text layer of a PDF with Apache PDFBox as one document: the text in reading order with
 * paragraphs and pages as blank-line breaks, the title from the document information dictionary
 * (else the first short line), the authors and keywords from it too, the language identified. A PDF
 * with no text layer (a scan not yet through OCR), an encrypted or a broken one is rejected with
 * the reason. PDFs are binary: chosen by the {@code %PDF-} signature or the name, and never decoded
 * as text.
 *
 * <p>No date is taken from the PDF: its {@code CreationDate} is when the file was made (the scan,
 * years or decades after the document), and a wrong date is worse than none, since a date filter
 * would silently include or drop the document. The date of a PDF's document has to come from a
 * mapping or a sidecar.
 */
public final class PdfReader implements ArchiveReader {

  /** A first line longer than this is the start of the text, not a title. */
  private static final int MAX_TITLE = 200;

  /**
   * PDFBox's scratch space for decoded streams: in memory up to 16 MB, then in temporary files, so
   * a 128 MB PDF of large images does not multiply in the heap (the file's own bytes are already
   * held once).
   */
  private static final StreamCacheCreateFunction SCRATCH =
      MemoryUsageSetting.setupMixed(16L * 1024 * 1024).streamCache;

  /**
   * PDFBox and FontBox log through java.util.logging to stderr: font substitutions for rendering
   * ("Using fallback font LiberationSans for Helvetica") on every PDF without embedded fonts, and
   * the faults of a broken file, which also end in the exception that becomes its rejection reason.
   * Either would scroll the indexer's report away. Held here because java.util.logging keeps
   * loggers only weakly.
   */
  private static final List<Logger> QUIET =
      List.of(Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));

  static {
    QUIET.forEach(logger -> logger.setLevel(Level.OFF));
  }

  @Override
  public boolean accepts(SourceFile file) {
    return file.lowerCaseName().endsWith(".pdf") || file.startsWith("%PDF-");
  }

  @Override
  public ReadResult read(SourceFile file) throws RejectedFileException {
    try (PDDocument pdf = Loader.loadPDF(file.bytes(), "", null, null, SCRATCH)) {
      String text = text(pdf);
      if (Scripts.letters(text) == 0) {
        throw new RejectedFileException(
            "no text layer (a scanned image; run OCR first, e.g. ocrmypdf)");
      }
      PDDocumentInformation info = pdf.getDocumentInformation();
      TextLanguages texts = TextLanguages.of(text, Optional.empty(), Optional.empty());
      return ReadResult.of(
          List.of(
              ArchiveDocument.builder(file.baseName())
                  .title(title(info, text))
                  .summary(value(info.getSubject()))
                  .original(texts.originalLanguage(), texts.original())
                  .translation(texts.translationLanguage(), texts.translation())
                  .metadata(metadata(info))
                  .source(file.path().toString())
                  .build()));
    } catch (InvalidPasswordException e) {
      throw new RejectedFileException("encrypted PDF (it needs a password to open)", e);
    } catch (IOException | RuntimeException e) {
      // PDFBox fails on damaged files with runtime exceptions too; either way the file is reported,
      // not indexed
      throw new RejectedFileException("not a readable PDF (" + firstLine(e) + ")", e);
    }
  }

  private static String text(PDDocument pdf) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setLineSeparator("\n");
    stripper.setParagraphEnd(
        "\n"); // with the line's own break, a blank line: the paragraph survives
    stripper.setPageEnd("\n\n");
    return HtmlText.tidy(stripper.getText(pdf));
  }

  private static String title(PDDocumentInformation info, String text) {
    String title = value(info.getTitle());
    if (!title.isEmpty()) {
      return title;
    }
    String firstLine = text.lines().findFirst().orElse("").strip();
    return firstLine.length() <= MAX_TITLE ? firstLine : "";
  }

  private static Map<MetadataField, List<String>> metadata(PDDocumentInformation info) {
    Map<MetadataField, List<String>> metadata = new EnumMap<>(MetadataField.class);
    metadata.put(MetadataField.PERSON, List.of(value(info.getAuthor())));
    List<String> keywords = new ArrayList<>(List.of(value(info.getKeywords()).split("[,;]")));
    metadata.put(MetadataField.SUBJECT, keywords);
    return metadata;
  }

  private static String value(String s) {
    return s == null ? "" : s.strip();
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return message.lines().findFirst().orElse(message).strip();
  }
}
