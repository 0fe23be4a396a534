package dev.dossier.cli.cite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import de.undercouch.citeproc.ris.RISType;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.PartialDate;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code --format ris}: records that citeproc-java's RIS parser reads back to their values. */
class RisTest {

  private static List<RISReference> parse(String ris) throws Exception {
    return List.copyOf(new RISParser().parse(new StringReader(ris)).getReferences());
  }

  private static RISReference only(ArchiveDocument doc) throws Exception {
    List<RISReference> records = parse(CitationFormat.RIS.render(List.of(doc)));
    assertEquals(1, records.size());
    return records.get(0);
  }

  @Test
  void everyFixtureParsesBackInTheOrderGiven() throws Exception {
    String ris = CitationFormat.RIS.render(Fixtures.ALL);
    List<RISReference> records = parse(ris);
    assertEquals(Fixtures.ALL.size(), records.size(), ris);
    for (int i = 0; i < records.size(); i++) {
      ArchiveDocument doc = Fixtures.ALL.get(i);
      RISReference record = records.get(i);
      assertEquals(RISType.MANSCPT, record.getType());
      assertEquals(doc.id(), record.getId());
      assertEquals(CitedDocument.of(doc).citedTitle(), record.getTitle());
      assertEquals(
          doc.date().map(d -> String.valueOf(d.year())).orElse(null), record.getYear(), ris);
      assertEquals(doc.url().isEmpty() ? null : doc.url(), record.getURL());
    }
    assertTrue(ris.contains("ER  - \n\nTY  - MANSCPT"), "a blank line apart: " + ris);
    assertFalse(ris.contains("null"), ris);
    for (String line : ris.split("\n")) {
      assertTrue(
          line.isEmpty() || line.matches("[A-Z][A-Z0-9]  - .+") || line.equals("ER  - "),
          "a tag and a value: '" + line + "'");
    }
  }

  @Test
  void aDafpCableHasItsCollectionVolumeAndFile() throws Exception {
    RISReference record = only(Fixtures.DAFP);
    assertEquals("1947/03/12/", record.getDate());
    assertEquals("Documents on Australian Foreign Policy", record.getSecondaryTitle());
    assertEquals("Volume 12: 1947", record.getTertiaryTitle());
    assertEquals(
        "Documents on Australian Foreign Policy, Volume 12: 1947", record.getNameOfDatabase());
    assertEquals("NAA: A1838, 3107/38/20", record.getAccessionNumber());
    assertEquals("Cablegram", record.getTypeOfWork());
    assertEquals("en", record.getLanguage());
    assertArrayEquals(
        new String[] {"Documents on Australian Foreign Policy, Volume 12: 1947, document 31"},
        record.getNotes());
    assertNull(record.getAuthors(), "no author is known");
  }

  @Test
  void aWilsonRecordCarriesTheArchivesLineAsANote() throws Exception {
    RISReference record = only(Fixtures.WILSON);
    assertArrayEquals(new String[] {Fixtures.WILSON_LINE}, record.getNotes());
    assertEquals("TsKhSD, f. 5, op. 49, d. 760, II. 27-29, r. 9127", record.getAccessionNumber());
    assertEquals("ru", record.getLanguage());
  }

  @Test
  void aRussianWorkKeepsItsCyrillic() throws Exception {
    RISReference record = only(Fixtures.STALIN);
    assertEquals("Марксизм и национальный вопрос", record.getTitle());
    assertEquals("Сталин. Сочинения", record.getSecondaryTitle());
    assertEquals("Том 2", record.getTertiaryTitle());
    assertEquals("1913///", record.getDate());
    assertNull(record.getURL());
  }

  @Test
  void derivedValuesAreBracketedAndNoted() throws Exception {
    RISReference record = only(Fixtures.BARE);
    assertEquals("[Record of conversation with the Soviet ambassador]", record.getTitle());
    assertEquals(2, record.getNotes().length);
    assertTrue(record.getNotes()[1].startsWith("Date derived by Dossier"), record.getNotes()[1]);
    assertNull(record.getLanguage(), "the language is not known");
  }

  @Test
  void datesKeepTheirPrecision() {
    assertEquals("1964/01/29/", Ris.risDate(PartialDate.ofDay(1964, 1, 29)));
    assertEquals("1955/06//", Ris.risDate(PartialDate.ofMonth(1955, 6)));
    assertEquals("1960///1960s", Ris.risDate(PartialDate.ofDecade(1960)));
    assertEquals("1960///circa", Ris.risDate(PartialDate.ofYear(1960).approximately()));
  }

  @Test
  void aDecadeHasNoYear() throws Exception {
    ArchiveDocument doc =
        ArchiveDocument.builder("d")
            .title("T")
            .date(Optional.of(PartialDate.ofDecade(1960)))
            .build();
    RISReference record = only(doc);
    assertNull(record.getYear());
    assertEquals("1960///1960s", record.getDate());
  }
}
