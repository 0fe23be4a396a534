package dev.dossier.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.ArchiveDocument;
import dev.dossier.testing.Pdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReaderTest extends FormatReaderTest {

  @TempDir Path dir;

  @Test
  void readsTheTextLayerOfEveryPage() throws Exception {
    Path file =
        Pdfs.text(
            dir.resolve("memo.pdf"),
            "Memorandum on Zanzibar",
            "MEMORANDUM FOR THE RECORD\n"
                + "Subject: the Zanzibar revolution\n"
                + "The island's government fell overnight.",
            "Page two.\nThe Sultan has left the harbour.");
    ArchiveDocument doc = readOne(file);
    assertEquals("memo", doc.id());
    assertEquals("Memorandum on Zanzibar", doc.title(), "the information dictionary's title");
    assertTrue(doc.date().isEmpty(), "the PDF's creation date is the file's, not the document's");
    assertTrue(
        doc.original().startsWith("MEMORANDUM FOR THE RECORD\nSubject: the Zanzibar revolution"),
        doc.original());
    assertTrue(
        doc.original().contains("fell overnight.\n\nPage two."),
        "a page ends a paragraph: " + doc.original());
    assertTrue(doc.original().endsWith("The Sultan has left the harbour."), doc.original());
  }

  @Test
  void theFirstShortLineIsTheTitleWhenTheInformationHasNone() throws Exception {
    ArchiveDocument doc =
        readOne(
            Pdfs.text(dir.resolve("untitled.pdf"), "", "Telegram 1598\nThe airport is closed."));
    assertEquals("Telegram 1598", doc.title());
  }

  @Test
  void aPdfIsKnownByItsSignatureWhateverItsName() throws Exception {
    Path pdf = Pdfs.text(dir.resolve("x.pdf"), "", "Misnamed but a PDF.");
    Path misnamed = Files.copy(pdf, dir.resolve("scan.txt"));
    assertEquals("Misnamed but a PDF.", readOne(misnamed).original());
  }

  @Test
  void aScanWithoutATextLayerIsRejected() throws Exception {
    assertEquals(
        "no text layer (a scanned image; run OCR first, e.g. ocrmypdf)",
        rejection(Pdfs.imageOnly(dir.resolve("scan.pdf"))));
  }

  @Test
  void anEncryptedPdfIsRejected() throws Exception {
    assertEquals(
        "encrypted PDF (it needs a password to open)",
        rejection(Pdfs.encrypted(dir.resolve("locked.pdf"), "user-secret", "Hidden text.")));
  }

  @Test
  void aBrokenPdfIsRejectedWithOneLine() throws Exception {
    String garbage =
        rejection(
            Files.write(dir.resolve("garbage.pdf"), new byte[] {1, 2, 3, 'n', 'o', 't', 0, 9}));
    assertTrue(garbage.startsWith("not a readable PDF ("), garbage);
    String truncated =
        rejection(Files.writeString(dir.resolve("truncated.pdf"), "%PDF-1.4\n1 0 obj\n<<"));
    assertTrue(truncated.startsWith("not a readable PDF ("), truncated);
    assertTrue(!garbage.contains("\n") && !truncated.contains("\n"));
  }
}
