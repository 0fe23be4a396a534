package dev.dossier.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.ingest.ArchiveReaders;
import dev.dossier.ingest.files.RejectedFileException;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.MetadataField;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WilsonExportReaderTest {

  private static ArchiveDocument read(Path file) throws RejectedFileException {
    List<ArchiveDocument> docs = ArchiveReaders.of(List.of()).read(file).documents();
    assertEquals(1, docs.size());
    return docs.get(0);
  }

  @Test
  void anOriginalWhoseLanguageTheExportDoesNotNameIsIdentified(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path file = dir.resolve("no-language.md");
    java.nio.file.Files.writeString(
        file,
        """
        # **March 3, 1962**

        # Telegrama de la Embajada de Cuba

        #### Summary:

        Un telegrama.

        #### Contents:

        - Original Scan

        El embajador se reunió hoy con el ministro de relaciones exteriores para discutir la situación en el Caribe         y las consecuencias del bloqueo económico para la población cubana.
        """);
    ArchiveDocument doc = ArchiveReaders.of(List.of()).read(file).documents().get(0);
    assertEquals("es", doc.originalLanguage(), doc.toString());
  }

  @Test
  void theCitationGivesTheCollectionAndTheArchiveReference() throws Exception {
    ArchiveDocument doc =
        ArchiveReaders.of(List.of()).read(dev.dossier.testing.Sample.FILE).documents().get(0);
    assertEquals(List.of("Wilson Center Digital Archive"), doc.metadata(MetadataField.COLLECTION));
    assertEquals(
        List.of("TsKhSD, f. 5, op. 49, d. 760, II. 27-29, r. 9127"),
        doc.metadata(MetadataField.ARCHIVE));
  }

  @Test
  void readsTheSampleMetadata() throws Exception {
    ArchiveDocument doc = read(Sample.FILE);
    assertEquals("117072", doc.id());
    assertEquals(
        "From the Diary of A. I. Alekseyev, Record of a Conversation with Ernesto Guevara, 25"
            + " December 1963",
        doc.title());
    assertEquals("1964-01-29", doc.date().orElseThrow().toString());
    assertEquals("https://wilson-center-digital-archive.dvincitest.com/document/117072", doc.url());
    assertTrue(doc.citation().startsWith("\"From the Diary of A. I. Alekseyev"), doc.citation());
    assertTrue(doc.citation().contains("TsKhSD, f. 5, op. 49, d. 760"));
    assertTrue(doc.summary().startsWith("Guevara informs the Soviets"), doc.summary());
    assertEquals(
        "This document was made possible with support from Leon Levy Foundation", doc.credits());
    assertEquals("ru", doc.originalLanguage());
    assertEquals("en", doc.translationLanguage());
  }

  @Test
  void splitsTheSampleWithGarbageInTheOriginalAndTheTranslatorsNoteInTheTranslation()
      throws Exception {
    ArchiveDocument doc = read(Sample.FILE);
    assertTrue(doc.original().startsWith("N9 N6\n\nИз дневника АЛЕКСЕЕВА А.И."), doc.original());
    assertTrue(doc.original().contains("nowban gue garde."));
    assertTrue(doc.original().contains("Me kore ofto (Arlamour)."));
    assertTrue(doc.original().contains("رِلَ"));
    assertTrue(doc.original().endsWith("[Stamp]: Declassified"), doc.original());
    assertTrue(
        doc.translation().startsWith("from the diary of A. I. Alekseyev Secret Copy No 2"),
        doc.translation());
    assertTrue(doc.translation().contains("[Translator's note: The last half"));
    assertTrue(doc.translation().endsWith("A. Alekseyev"));
    assertFalse(doc.translation().contains("Гевара"));
    assertFalse(doc.original().contains("Guevara"));
    // the metadata is not part of either text
    assertFalse(doc.original().contains("Original Scan"));
    assertFalse(doc.original().contains("Leon Levy"));
  }

  @Test
  void readsADocumentWithNoTranslation(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ru-only.txt");
    Files.writeString(file, Sample.russianOnly());
    ArchiveDocument doc = read(file);
    assertEquals("ru-only", doc.id(), "no URL: the id is the file name");
    assertFalse(doc.hasTranslation());
    assertEquals("", doc.translationLanguage());
    assertTrue(doc.original().contains("Гевара"));
    assertTrue(doc.original().contains("nowban gue garde."), "garbage stays in the original");
  }

  @Test
  void readsAnEnglishOriginalAsTheOriginal(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cable.md");
    Files.writeString(
        file,
        """
        # **June 1955**

        # Cable from the Embassy in Havana

        ## **Original Language:**

        English

        ### **Contents:**

        Transcript - English

        The ambassador met Castro today.

        He asked about sugar quotas.
        """);
    ArchiveDocument doc = read(file);
    assertEquals("en", doc.originalLanguage());
    assertEquals("1955-06", doc.date().orElseThrow().toString());
    assertEquals(
        "The ambassador met Castro today.\n\nHe asked about sugar quotas.", doc.original());
    assertFalse(doc.hasTranslation());
  }

  @Test
  void readsADocumentWithMissingMetadata(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bare.txt");
    Files.writeString(
        file,
        "# A note without a date\n\n"
            + "Встретился сегодня с Э.Гевара.\n\n"
            + "I met today with E. Guevara.\n");
    ArchiveDocument doc = read(file);
    assertEquals("A note without a date", doc.title());
    assertTrue(doc.date().isEmpty());
    assertEquals(
        "ru", doc.originalLanguage(), "no Original Language line: identified from the text");
    assertEquals("Встретился сегодня с Э.Гевара.", doc.original());
    assertEquals("I met today with E. Guevara.", doc.translation());
  }

  @Test
  void rejectsFilesThatAreNotArchiveDocuments(@TempDir Path dir) throws Exception {
    assertRejected(dir, "empty.txt", new byte[0], "empty file");
    assertRejected(
        dir,
        "binary.txt",
        new byte[] {'P', 'K', 3, 4, 0, 0, 1},
        "binary file (contains NUL bytes)");
    assertRejected(
        dir,
        "latin1-noise.txt",
        new byte[] {
          '#', ' ', 'T', '\n', (byte) 0x81, (byte) 0x8d, (byte) 0x8f, (byte) 0x90, (byte) 0x9d
        },
        "unknown text encoding");
    // Prose without headings was rejected here as "not an archive document of a known format"; it
    // is a plain-text
    // document now (an OCR dump is one), see PlainTextReaderTest. A PDF is read too
    // (PdfReaderTest).
    assertRejected(dir, "scan.docx", "PK".getBytes(), "unsupported file type");
    assertRejected(
        dir,
        "heading-only.txt",
        "# Title\n\n## Summary:\n\nNothing else.\n".getBytes(),
        "no document text");
  }

  @Test
  void stripsAByteOrderMark(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bom.txt");
    Files.writeString(file, "\uFEFF" + Sample.text());
    assertEquals("1964-01-29", read(file).date().orElseThrow().toString());
  }

  private static void assertRejected(Path dir, String name, byte[] content, String reason)
      throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, content);
    RejectedFileException e =
        assertThrows(RejectedFileException.class, () -> ArchiveReaders.of(List.of()).read(file));
    assertTrue(e.getMessage().startsWith(reason), name + ": " + e.getMessage());
  }
}
