package dev.dossier.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.MetadataField;
import dev.dossier.model.PartialDate;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontMatterReaderTest extends FormatReaderTest {

  @TempDir Path dir;

  @Test
  void readsJekyllFrontMatterAsTheDfatDocumentsHaveIt() throws Exception {
    ArchiveDocument doc = readOne(FORMATS.resolve("dfat-style.md"));
    assertEquals("dfat-style", doc.id(), "no id key: the file's base name");
    assertEquals("Evatt to Chifley", doc.title());
    assertEquals(PartialDate.ofDay(1946, 7, 1), doc.date().orElseThrow());
    assertEquals(
        List.of("[AA:A0000, SPTS/1/5]"),
        doc.metadata(MetadataField.ARCHIVE),
        "a list of mappings: each one's reference");
    assertEquals(List.of("Volume 10: 1946, July-December"), doc.metadata(MetadataField.SERIES));
    assertEquals(List.of("Pacific bases", "Manus"), doc.metadata(MetadataField.SUBJECT));
    assertEquals(List.of("Evatt", "Chifley"), doc.metadata(MetadataField.PERSON));
    assertEquals(
        List.of("Top Secret"), doc.metadata(MetadataField.CLASSIFICATION), "keys in any case");
    assertTrue(doc.original().startsWith("Cablegram 887 WASHINGTON, 1 July 1946"), doc.original());
    assertTrue(doc.original().endsWith("reciprocal use of theirs."), doc.original());
    assertFalse(doc.original().contains("naa_series"), "the front matter is not text");
    assertFalse(doc.hasTranslation());
  }

  @Test
  void dividesABodyOfRussianThenEnglishByTheLanguagesItNames() throws Exception {
    ArchiveDocument doc = readOne(FORMATS.resolve("bilingual.md"));
    assertEquals("memcon-1963-12-25", doc.id());
    assertEquals("1963-12", doc.date().orElseThrow().toString(), "a month stays a month");
    assertEquals("ru", doc.originalLanguage());
    assertEquals("en", doc.translationLanguage());
    assertEquals(
        "Встретился сегодня с Э. Гевара по его просьбе.\n\n"
            + "Гевара отрицательно отозвался о хозрасчете.",
        doc.original());
    assertEquals(
        "I met today with E. Guevara at his request.\n\n"
            + "Guevara spoke negatively of self-financing.",
        doc.translation());
  }

  @Test
  void identifiesTheLanguageTheFrontMatterDoesNotName() throws Exception {
    ArchiveDocument doc =
        readOne(
            write(
                dir,
                "ru.md",
                "---\ntitle: Запись беседы\n---\n\nВстретился сегодня с Э. Гевара.\n"));
    assertEquals("ru", doc.originalLanguage());
    assertEquals("Запись беседы", doc.title());
  }

  @Test
  void aNamedLanguageIsTheTextsLanguage() throws Exception {
    ArchiveDocument doc =
        readOne(write(dir, "de.md", "---\nlang: German\n---\nDer Botschafter kam heute.\n"));
    assertEquals("de", doc.originalLanguage());
    assertEquals("Der Botschafter kam heute.", doc.original());
  }

  @Test
  void aTextInAnotherLanguageThanTheOriginalIsItsTranslation() throws Exception {
    String text = "---\noriginal_language: German\nlanguage: en\n---\nThe ambassador came today.\n";
    ArchiveDocument doc = readOne(write(dir, "translated.md", text));
    assertEquals("de", doc.originalLanguage());
    assertEquals("", doc.original());
    assertEquals("en", doc.translationLanguage());
    assertEquals("The ambassador came today.", doc.translation());
  }

  @Test
  void aRussianDocumentWithAnEnglishStampIsNotSplit() throws Exception {
    String russian =
        "Встретился сегодня с Э. Гевара по его просьбе. Он говорил о хозрасчете и о сахаре.";
    String text =
        "---\ntitle: T\n---\n" + russian + "\n\n" + russian + "\n\n[Stamp]: Declassified\n";
    ArchiveDocument doc = readOne(write(dir, "stamped.md", text));
    assertFalse(doc.hasTranslation(), doc.translation());
    assertTrue(doc.original().endsWith("[Stamp]: Declassified"));
  }

  @Test
  void valuesAreTheTextAsWritten() throws Exception {
    String text =
        "---\nid: 0042\nlanguage: no\ndate: 1961-01-03T22:30:00-05:00\n---\nEn rapport.\n";
    ArchiveDocument doc = readOne(write(dir, "typed.md", text));
    assertEquals("0042", doc.id(), "not the number 42");
    assertEquals("no", doc.originalLanguage(), "Norwegian, not the boolean false");
    assertEquals(
        "1961-01-03",
        doc.date().orElseThrow().toString(),
        "the local day, not the next day in UTC");
  }

  @Test
  void aMarkdownHeadingInTheBodyDoesNotMakeItAWilsonExport() throws Exception {
    ArchiveDocument doc =
        readOne(write(dir, "jekyll.md", "---\ntitle: A Page\n---\n# Heading\n\nThe text.\n"));
    assertEquals("A Page", doc.title());
    assertEquals("# Heading\n\nThe text.", doc.original());
  }

  @Test
  void aRuleAboveProseIsNotFrontMatter() throws Exception {
    ArchiveDocument doc =
        readOne(write(dir, "rule.txt", "---\nJust a note between rules.\n---\nMore text.\n"));
    assertTrue(doc.original().contains("Just a note between rules."), "read as plain text, whole");
  }

  @Test
  void rejectsBrokenFrontMatterWithItsLine() throws Exception {
    assertEquals(
        "front matter is not valid YAML (line 2, column 17: expected ',' or ']', but got <stream"
            + " end>)",
        rejection(write(dir, "broken.md", "---\ntitle: [unclosed\n---\nText.\n")));
    assertEquals(
        "no document text after the front matter",
        rejection(write(dir, "empty.md", "---\ntitle: T\n---\n\n")));
  }
}
