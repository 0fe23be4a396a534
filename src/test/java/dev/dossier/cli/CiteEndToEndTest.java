package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import dev.dossier.cli.cite.CitationFormat;
import dev.dossier.testing.Sample;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier cite}, run in-process on an index of the bundled sample. */
class CiteEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TITLE =
      "From the Diary of A. I. Alekseyev, Record of a Conversation with Ernesto Guevara, 25"
          + " December 1963";
  private static final String URL =
      "https://wilson-center-digital-archive.dvincitest.com/document/117072";

  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void indexTheSample() {
    index = dir.resolve("index");
    assertEquals(0, CliRun.run(index, "index", Sample.FILE.toString(), "-q").status());
  }

  private static String cited(String... args) {
    CliRun run = CliRun.run(index, args);
    assertEquals(0, run.status(), run.toString());
    assertEquals("", run.err());
    return run.out();
  }

  /** The sample's own "Citation:" line, as the file gives it. */
  private static String samplesCitationLine() {
    List<String> lines = Sample.text().lines().toList();
    int heading = lines.indexOf("#### Citation:");
    return lines.stream().skip(heading + 1).filter(l -> !l.isBlank()).findFirst().orElseThrow();
  }

  @Test
  void chicagoIsTheDefaultAndPrintsTheArchivesOwnCitation() {
    assertEquals(samplesCitationLine() + "\n", cited("cite", Sample.ID));
    assertEquals(cited("cite", Sample.ID), cited("cite", Sample.ID, "--format", "chicago"));
  }

  @Test
  void bibtexParsesBack() throws Exception {
    String out = cited("cite", Sample.ID, "--format", "bibtex");
    BibTeXEntry entry =
        new BibTeXParser().parse(new StringReader(out)).getEntries().get(new Key(Sample.ID));
    assertEquals("{" + TITLE + "}", entry.getField(BibTeXEntry.KEY_TITLE).toUserString(), out);
    assertEquals("1964", entry.getField(BibTeXEntry.KEY_YEAR).toUserString());
    assertEquals("1964-01-29", entry.getField(new Key("date")).toUserString());
    assertEquals(URL, entry.getField(BibTeXEntry.KEY_URL).toUserString());
    assertEquals(
        "Wilson Center Digital Archive", entry.getField(new Key("organization")).toUserString());
  }

  @Test
  void risParsesBack() throws Exception {
    String out = cited("cite", Sample.ID, "--format", "ris");
    List<RISReference> records =
        List.copyOf(new RISParser().parse(new StringReader(out)).getReferences());
    assertEquals(1, records.size(), out);
    RISReference record = records.get(0);
    assertEquals(Sample.ID, record.getId());
    assertEquals(TITLE, record.getTitle());
    assertEquals("1964", record.getYear());
    assertEquals("1964/01/29/", record.getDate());
    assertEquals(URL, record.getURL());
    assertEquals(samplesCitationLine(), record.getNotes()[0]);
  }

  @Test
  void cslJsonIsOneArray() throws Exception {
    JsonNode array = JSON.readTree(cited("cite", Sample.ID, "--format", "csl-json"));
    assertEquals(1, array.size(), array.toString());
    JsonNode item = array.get(0);
    assertEquals(Sample.ID, item.get("id").asText());
    assertEquals("manuscript", item.get("type").asText());
    assertEquals(TITLE, item.get("title").asText());
    assertEquals("[[1964,1,29]]", item.get("issued").get("date-parts").toString());
    assertEquals("Wilson Center Digital Archive", item.get("archive").asText());
    assertEquals(
        "TsKhSD, f. 5, op. 49, d. 760, II. 27-29, r. 9127", item.get("archive_location").asText());
    assertEquals(URL, item.get("URL").asText());
    assertEquals("ru", item.get("language").asText());
  }

  @Test
  void aUrlFindsTheDocumentByItsLastSegmentAndADocumentIsCitedOnce() throws Exception {
    JsonNode array = JSON.readTree(cited("cite", URL + "/", Sample.ID, "--format", "csl-json"));
    assertEquals(1, array.size(), array.toString());
    assertEquals(Sample.ID, array.get(0).get("id").asText());
  }

  @Test
  void anUnknownIdIsOneLineAndExitOneAndTheOthersAreStillCited() {
    CliRun run = CliRun.run(index, "cite", "999", Sample.ID, "--format", "ris");
    assertEquals(1, run.status(), run.toString());
    assertEquals(
        List.of("dossier: no document with id '999' in " + index), run.err().lines().toList());
    assertTrue(run.out().startsWith("TY  - MANSCPT\nID  - 117072\n"), run.out());
  }

  @Test
  void onlyUnknownIdsPrintNothingButCslJsonsEmptyArray() throws Exception {
    CliRun run = CliRun.run(index, "cite", "999");
    assertEquals(1, run.status(), run.toString());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    CliRun json = CliRun.run(index, "cite", "999", "--format", "csl-json");
    assertEquals(1, json.status(), json.toString());
    assertEquals(0, JSON.readTree(json.out()).size(), json.out());
  }

  @Test
  void aBadFormatIsAUsageErrorThatListsTheFormats() {
    CliRun run = CliRun.run(index, "cite", Sample.ID, "--format", "word");
    assertEquals(2, run.status(), run.toString());
    assertEquals("", run.out());
    assertEquals(
        List.of(
            "dossier: Invalid value for option '--format': expected one of chicago, bibtex, ris,"
                + " csl-json but was 'word'",
            "Try 'dossier cite --help' for more information."),
        run.err().lines().toList());
  }

  @Test
  void helpListsEveryFormat() {
    String help = CliRun.run(null, "cite", "--help").out();
    for (CitationFormat format : CitationFormat.values()) {
      assertTrue(help.contains("\n" + " ".repeat(26) + format.formatName() + " "), help);
    }
  }

  @Test
  void aUrlIsAlsoLookedUpByItsLastPathSegment() {
    CliRun byId = CliRun.run(index, "cite", "117072", "--format", "ris");
    for (String url : List.of(URL, URL + "/?x=1#top")) {
      CliRun byUrl = CliRun.run(index, "cite", url, "--format", "ris");
      assertEquals(0, byUrl.status(), byUrl.toString());
      assertEquals(byId.out(), byUrl.out());
    }
    assertEquals(1, CliRun.run(index, "cite", "https://example.org/").status());
  }
}
