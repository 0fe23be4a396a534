package dev.dossier.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.ArchiveDocument;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest extends FormatReaderTest {

  @TempDir Path dir;

  @Test
  void readsAnOcrDumpAsOneDocument() throws Exception {
    ArchiveDocument doc = readOne(FORMATS.resolve("ocr-dump.txt"));
    assertEquals("ocr-dump", doc.id());
    assertEquals("CENTRAL INTELLIGENCE AGENCY", doc.title());
    assertTrue(doc.date().isEmpty());
    assertTrue(
        doc.original().startsWith("CENTRAL INTELLIGENCE AGENCY\nINFORMATION REPORT"),
        doc.original());
    assertTrue(
        doc.original().contains("The  Zapata  plan"), "the text as it is, OCR spacing and all");
    assertTrue(doc.metadata().isEmpty());
  }

  @Test
  void aLongFirstLineIsTextAndTheTitleDerivedFromItIsMarkedSo() throws Exception {
    ArchiveDocument doc = readOne(write(dir, "long.txt", "word ".repeat(50) + "\nsecond line\n"));
    assertTrue(doc.title().startsWith("word word") && doc.title().endsWith("…"), doc.title());
    assertTrue(doc.title().length() <= 150, doc.title());
    assertEquals(java.util.Set.of(dev.dossier.model.Derived.TITLE), doc.derived());
    assertTrue(doc.original().startsWith("word word"));
  }

  @Test
  void identifiesTheLanguage() throws Exception {
    ArchiveDocument doc = readOne(write(dir, "ru.txt", "Встретился сегодня с Э. Гевара.\n"));
    assertEquals("ru", doc.originalLanguage());
  }

  @Test
  void aBlankFileIsRejected() throws Exception {
    assertEquals(
        "no text (the file holds only white space)",
        rejection(write(dir, "blank.txt", " \n\n\t\n")));
  }
}
