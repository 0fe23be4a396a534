package dev.dossier.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.MetadataField;
import dev.dossier.testing.Sample;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest extends FormatReaderTest {

  @TempDir Path dir;

  @Test
  void readsThePageAndItsMetaTags() throws Exception {
    ArchiveDocument doc = readOne(FORMATS.resolve("cable.html"));
    assertEquals("cable", doc.id());
    assertEquals("Telegram from the Embassy in Havana, 2 January 1959", doc.title());
    assertEquals(
        "1959-01-02",
        doc.date().orElseThrow().toString(),
        "22:30 in Havana is the 2nd, though the 3rd in UTC");
    assertEquals("The embassy reports the flight of Batista.", doc.summary());
    assertEquals("https://example.org/documents/havana-1959-01-02", doc.url());
    assertEquals(List.of("Cuba", "revolution", "Batista"), doc.metadata(MetadataField.SUBJECT));
    assertEquals(List.of("Earl E. T. Smith"), doc.metadata(MetadataField.PERSON));
    assertEquals("en", doc.originalLanguage());
  }

  @Test
  void keepsParagraphsAndLinesAndDropsStylesAndScripts() throws Exception {
    String text = readOne(FORMATS.resolve("cable.html")).original();
    assertTrue(text.startsWith("Telegram 1598\n\nBatista and his family left Camp Columbia"), text);
    assertTrue(text.contains("by noon;\nthe police stayed in barracks."), text);
    assertTrue(
        text.endsWith("Telephone lines to Santiago are cut.\n\nThe airport is closed."), text);
    assertFalse(text.contains("font-weight"));
    assertFalse(text.contains("tracking"));
    assertFalse(
        text.contains("Telegram from the Embassy"), "the head's title is metadata, not text");
  }

  @Test
  void theTextsLanguageOverridesTheDeclaredOne() throws Exception {
    Path file =
        write(
            dir,
            "ru.html",
            "<html lang=\"en\"><body><p>Встретился сегодня с Э. Гевара.</p></body></html>");
    assertEquals("ru", readOne(file).originalLanguage());
  }

  @Test
  void aPageSavedAsTextIsReadAsHtml() throws Exception {
    Path file =
        write(
            dir,
            "saved.txt",
            "\n"
                + "<!DOCTYPE html>\n"
                + "<html><head><title>Saved</title></head><body><p>Body.</p></body></html>\n");
    ArchiveDocument doc = readOne(file);
    assertEquals("Saved", doc.title());
    assertEquals("Body.", doc.original());
  }

  @Test
  void theFirstHeadingIsTheTitleWhenThereIsNoTitleElement() throws Exception {
    ArchiveDocument doc =
        readOne(write(dir, "h1.htm", "<body><h1>Minutes</h1><p>Text.</p></body>"));
    assertEquals("Minutes", doc.title());
  }

  @Test
  void aPageWithoutTextIsRejected() throws Exception {
    assertEquals(
        "no text in the HTML body",
        rejection(
            write(dir, "empty.html", "<html><head><title>T</title></head><body> </body></html>")));
  }

  /**
   * The Wilson Center's transcript HTML: Russian though it says {@code xml:lang="en"}, with an
   * inline {@code <style>}.
   */
  @Test
  void readsTheWilsonCenterTranscriptHtml() throws Exception {
    Path raw = Sample.CORPUS_SLICES.resolve("wilson-da-samples/da_transcript_33548_ru.raw.json");
    String html = new ObjectMapper().readTree(raw.toFile()).get("html").asText();
    ArchiveDocument doc = readOne(write(dir, "da_transcript_33548_ru.html", html));
    assertEquals("ru", doc.originalLanguage());
    assertTrue(doc.original().contains("Мао Цзэдун"));
    assertTrue(
        doc.original()
            .startsWith("По указанию министра иностранных дел СССР тов. Вышинского 1 января"),
        doc.original());
    assertFalse(doc.original().contains(".cs366E2583"), "the style block's CSS is not text");
    assertFalse(doc.original().contains("text-indent"));
    assertTrue(doc.original().split("\n\n").length > 10, "paragraph breaks kept");
  }
}
