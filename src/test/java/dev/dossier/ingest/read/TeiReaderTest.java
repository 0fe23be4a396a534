package dev.dossier.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.ingest.files.RejectedFileException;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.MetadataField;
import dev.dossier.model.PartialDate;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeiReaderTest extends FormatReaderTest {

  private static final String VOLUME =
      "Foreign Relations of the United States, 1961–1963, Volume XCIX, Test Fixture, Soviet Union";

  @TempDir Path dir;

  private static List<ArchiveDocument> volume() throws RejectedFileException {
    return read(FORMATS.resolve("frus-sample.xml")).documents();
  }

  @Test
  void readsOneDocumentPerDocumentDiv() throws Exception {
    assertEquals(
        List.of("frus1961-63v99/d1", "frus1961-63v99/d2", "frus1961-63v99/d3"),
        volume().stream().map(ArchiveDocument::id).toList(),
        "the preface is front matter, not a document");
  }

  @Test
  void readsTheHeadDatelineAndSourceNote() throws Exception {
    ArchiveDocument d1 = volume().get(0);
    assertEquals("1. Memorandum of Conversation", d1.title(), "the head without its note");
    assertEquals(PartialDate.ofDay(1961, 1, 2), d1.date().orElseThrow());
    assertEquals(
        List.of("Washington"),
        d1.metadata(MetadataField.PLACE),
        "the document's dateline, not its attachment's");
    assertEquals(
        List.of("Foreign Relations of the United States"), d1.metadata(MetadataField.COLLECTION));
    assertEquals(List.of(VOLUME), d1.metadata(MetadataField.SERIES));
    assertEquals(
        List.of(
            "Department of State, Central Files, 611.61/1–261. Secret; Limdis. Drafted by Clarke."),
        d1.metadata(MetadataField.ARCHIVE));
    assertEquals(List.of("Secret"), d1.metadata(MetadataField.CLASSIFICATION));
    assertEquals("https://history.state.gov/historicaldocuments/frus1961-63v99/d1", d1.url());
    assertEquals(VOLUME + ", Document 1", d1.citation());
  }

  @Test
  void keepsParagraphsListsAndAttachmentsAndPutsFootnotesLast() throws Exception {
    String text = volume().get(0).original();
    assertTrue(
        text.startsWith(
            "Washington, January 2, 1961.\n\n"
                + "PARTICIPANTS\n\n"
                + "Mikhail Menshikov, Soviet Ambassador\n"
                + "Arthur B. Clarke\n\n"),
        text);
    assertTrue(
        text.contains("spoke of the wheat purchases his government hoped"),
        "a phrase across a footnote mark stays whole");
    assertTrue(
        text.contains(
            "He listed three points:\n\n"
                + "1. Moscow wants a quiet spring.\n"
                + "2. Moscow will not raise Berlin first.\n"
                + "3."),
        text);
    assertTrue(
        text.contains(
            "\n\nTab A\n\nMoscow, December 30, 1960.\n\nText of the note on the icebreaker visit."),
        text);
    assertTrue(
        text.endsWith(
            "\n\n"
                + "[2] Documentation on the wheat talks is in [Clarke's] files, Department of"
                + " State, Central Files, 411.6141."),
        text);
    assertFalse(text.contains("Source:"), "the source note is the archive reference, not text");
    assertFalse(text.contains("Memorandum of Conversation"), "the head is the title, not text");
  }

  @Test
  void aDateTimeRangeIsReadAtItsPrecision() throws Exception {
    ArchiveDocument d2 = volume().get(1);
    assertEquals(
        "2. Telegram From the Embassy in the Soviet Union to the Department of State", d2.title());
    assertEquals(
        "1961-01-03",
        d2.date().orElseThrow().toString(),
        "frus:doc-dateTime-min 1961-01-03T10:00:00-05:00");
    assertEquals(List.of("Moscow"), d2.metadata(MetadataField.PLACE));
    assertEquals(List.of("Confidential"), d2.metadata(MetadataField.CLASSIFICATION));
    assertEquals(List.of("Thompson"), d2.metadata(MetadataField.PERSON), "the signature");
    assertTrue(
        d2.original().endsWith("published in full.\n\nWheat 1960 1961\n\nThompson"), d2.original());

    ArchiveDocument d3 = volume().get(2);
    assertEquals("3. Editorial Note", d3.title());
    assertEquals(
        "1961-02",
        d3.date().orElseThrow().toString(),
        "a month's first to last second is the month");
    assertTrue(d3.original().contains("the icebreaker Lenin, whose visit"), d3.original());
  }

  @Test
  void aVolumeWithoutAFrusIdIsNamedByItsFileAndLinksNowhere() throws Exception {
    String tei =
        """
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Letters</title></titleStmt>
        </fileDesc></teiHeader><text><body>
        <div type="document" n="7" xml:lang="de"><head>Ein Brief</head><p>Lieber Freund, heute schreibe ich.</p></div>
        </body></text></TEI>
        """;
    ArchiveDocument doc = readOne(write(dir, "letters.xml", tei));
    assertEquals("letters/d7", doc.id());
    assertEquals("", doc.url());
    assertEquals("de", doc.originalLanguage(), "xml:lang says the language");
    assertEquals(List.of("Letters"), doc.metadata(MetadataField.COLLECTION));
  }

  @Test
  void rejectsWhatIsNotATeiVolume() throws Exception {
    assertEquals(
        "not TEI XML (root element rss in no namespace)",
        rejection(write(dir, "feed.xml", "<rss version=\"2.0\"/>")));
    assertEquals(
        "not well-formed XML (line 2, column 3: The element type \"p\" must be terminated by the"
            + " matching end-tag \"</p>\".)",
        rejection(
            write(
                dir,
                "broken.xml",
                "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><p>open\n</text></TEI>")));
    String noDocuments =
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>Prose.</p></body></text></TEI>";
    assertTrue(
        rejection(write(dir, "prose.xml", noDocuments))
            .startsWith("no <div type=\"document\"> in the TEI file"));
  }

  @Test
  void refusesDoctypesSoNoEntityReadsALocalFile() throws Exception {
    Path secret = write(dir, "secret.txt", "the secret");
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><div"
            + " type=\"document\"><p>&x;</p></div></body></text></TEI>";
    String reason = rejection(write(dir, "xxe.xml", xxe));
    assertTrue(reason.startsWith("not well-formed XML (line 2, column "), reason);
    assertTrue(reason.contains("DOCTYPE"), reason);
    assertFalse(reason.contains("the secret"));
  }
}
