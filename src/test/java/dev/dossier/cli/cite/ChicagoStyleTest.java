package dev.dossier.cli.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.ArchiveDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code --format chicago}: the archive's own line where it is a whole citation, else a Chicago
 * bibliography entry rendered by citeproc-java.
 */
class ChicagoStyleTest {

  private static String chicago(ArchiveDocument doc) {
    String entry = CitationFormat.CHICAGO.render(List.of(doc));
    assertFalse(entry.contains("\n"), "one line: " + entry);
    assertFalse(entry.contains("<"), "plain text, not HTML: " + entry);
    return entry;
  }

  @Test
  void aWilsonRecordIsCitedByTheArchivesOwnLine() {
    assertEquals(Fixtures.WILSON_LINE, chicago(Fixtures.WILSON));
  }

  @Test
  void theUrlFollowsAnArchivesLineThatLacksIt() {
    String line = Fixtures.WILSON_LINE.replace(" " + Fixtures.WILSON_URL, "");
    ArchiveDocument doc = Fixtures.WILSON.toBuilder().citation(line).build();
    assertEquals(line + " " + Fixtures.WILSON_URL, chicago(doc));
  }

  @Test
  void aDafpCableIsRenderedWithItsFileAndVolume() {
    assertEquals(
        "“Cablegram from Evatt to Chifley.” Cablegram, March 12, 1947. NAA: A1838, 3107/38/20."
            + " Documents on Australian Foreign Policy, Volume 12: 1947. "
            + Fixtures.DAFP_URL
            + ".",
        chicago(Fixtures.DAFP));
  }

  @Test
  void aSourceLineThatDoesNotNameTheTitleIsNotTheCitation() {
    ArchiveDocument scraped =
        Fixtures.WILSON.toBuilder()
            .citation("BArch, B 136/59748, 335-336. Contributed by Stephan Kieninger.")
            .build();
    String entry = chicago(scraped);
    assertTrue(entry.startsWith("“" + Fixtures.WILSON_TITLE + ",”"), entry);
    assertTrue(entry.contains("January 29, 1964"), entry);
    assertTrue(entry.contains("TsKhSD, f. 5, op. 49, d. 760"), entry);
    assertTrue(entry.contains("Wilson Center Digital Archive"), entry);
    assertTrue(entry.endsWith(Fixtures.WILSON_URL + "."), entry);
    assertFalse(entry.contains("BArch"), entry);
  }

  @Test
  void aLineThatNamesTheTitleOnlyAfterAVolumeIsNotTheCitation() {
    ArchiveDocument doc =
        Fixtures.DAFP.toBuilder()
            .citation(
                "Documents on Australian Foreign Policy, Volume 12, 31: Cablegram from Evatt to"
                    + " Chifley")
            .build();
    assertEquals(chicago(Fixtures.DAFP), chicago(doc));
  }

  @Test
  void aRussianWorkKeepsItsCyrillicTitleAndCollection() {
    String entry = chicago(Fixtures.STALIN);
    assertTrue(entry.startsWith("“Марксизм и национальный вопрос.”"), entry);
    assertTrue(entry.contains("1913"), entry);
    assertTrue(entry.contains("Сталин. Сочинения, Том 2"), entry);
    assertFalse(entry.contains("http"), entry);
  }

  @Test
  void aDerivedTitleAndDateAreInSquareBrackets() {
    assertEquals(
        "“[Record of conversation with the Soviet ambassador],” [1963].", chicago(Fixtures.BARE));
  }

  @Test
  void aDocumentWithOnlyAnIdIsCitedByItWithNoDate() {
    assertEquals("“[Document box-7/item 3],” n.d.", chicago(Fixtures.ID_ONLY));
  }

  @Test
  void oneEntryPerLineInTheOrderGiven() {
    List<String> lines =
        List.of(
            CitationFormat.CHICAGO
                .render(List.of(Fixtures.STALIN, Fixtures.WILSON, Fixtures.DAFP))
                .split("\n"));
    assertEquals(3, lines.size(), lines.toString());
    assertTrue(lines.get(0).contains("Марксизм"), lines.get(0));
    assertEquals(Fixtures.WILSON_LINE, lines.get(1));
    assertTrue(lines.get(2).contains("Evatt"), lines.get(2));
  }
}
