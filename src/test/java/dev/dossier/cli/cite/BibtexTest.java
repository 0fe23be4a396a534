package dev.dossier.cli.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.PartialDate;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;
import org.junit.jupiter.api.Test;

/**
 * {@code --format bibtex}: entries that jbibtex's parser reads back to the document's values, with
 * LaTeX's special characters escaped.
 */
class BibtexTest {

  private static BibTeXDatabase parse(String bibtex) throws Exception {
    return new BibTeXParser().parse(new StringReader(bibtex));
  }

  private static BibTeXEntry only(ArchiveDocument doc) throws Exception {
    String bibtex = CitationFormat.BIBTEX.render(List.of(doc));
    Map<Key, BibTeXEntry> entries = parse(bibtex).getEntries();
    assertEquals(1, entries.size(), bibtex);
    return entries.values().iterator().next();
  }

  /** A field as a reader sees it: its LaTeX printed as Unicode, the case-protecting braces gone. */
  private static String text(BibTeXEntry entry, String field) throws Exception {
    Value value = entry.getField(new Key(field));
    return value == null
        ? null
        : new LaTeXPrinter().print(new LaTeXParser().parse(value.toUserString()));
  }

  @Test
  void everyFixtureParsesBackWithItsTitleYearAndUrl() throws Exception {
    String bibtex = CitationFormat.BIBTEX.render(Fixtures.ALL);
    Map<Key, BibTeXEntry> entries = parse(bibtex).getEntries();
    List<String> keys = new ArrayList<>();
    entries.keySet().forEach(k -> keys.add(k.getValue()));
    assertEquals(
        List.of(
            "117072",
            "dafp-12-31-cablegram-to-canberra",
            "stalin-2-1",
            "scan-0042",
            "box-7-item-3"),
        keys,
        "in the order given");
    for (ArchiveDocument doc : Fixtures.ALL) {
      BibTeXEntry entry = entries.get(new Key(keys.get(Fixtures.ALL.indexOf(doc))));
      assertEquals(BibTeXEntry.TYPE_MISC, entry.getType());
      assertEquals(CitedDocument.of(doc).citedTitle(), text(entry, "title"), bibtex);
      assertEquals(
          doc.date().map(d -> String.valueOf(d.year())).orElse(null), text(entry, "year"), bibtex);
      assertEquals(doc.url().isEmpty() ? null : doc.url(), text(entry, "url"), bibtex);
    }
    assertTrue(bibtex.contains("}\n\n@misc{"), "a blank line apart: " + bibtex);
    assertFalse(bibtex.contains("null"), bibtex);
    assertFalse(bibtex.contains("{}\n") || bibtex.contains("{},"), "no empty fields: " + bibtex);
  }

  @Test
  void aDafpCableHasItsCollectionVolumeFileAndMonth() throws Exception {
    BibTeXEntry entry = only(Fixtures.DAFP);
    assertEquals("Documents on Australian Foreign Policy", text(entry, "organization"));
    assertEquals("Volume 12: 1947", text(entry, "series"));
    assertEquals("NAA: A1838, 3107/38/20", text(entry, "number"));
    assertEquals("Cablegram", text(entry, "type"));
    assertEquals("1947-03-12", text(entry, "date"));
    assertEquals("March", text(entry, "month"), "the month macro mar");
    assertEquals("english", text(entry, "language"));
    assertEquals(
        "Documents on Australian Foreign Policy, Volume 12: 1947, document 31",
        text(entry, "note"));
    assertNull(entry.getField(BibTeXEntry.KEY_AUTHOR), "no author is known");
  }

  @Test
  void theTitleIsBracedTwiceSoNoStyleChangesItsCase() {
    String bibtex = CitationFormat.BIBTEX.render(List.of(Fixtures.DAFP));
    assertTrue(bibtex.contains("title = {{Cablegram from Evatt to Chifley}}"), bibtex);
  }

  @Test
  void aRussianWorkIsWrittenInUtf8() throws Exception {
    BibTeXEntry entry = only(Fixtures.STALIN);
    assertEquals("Марксизм и национальный вопрос", text(entry, "title"));
    assertEquals("Сталин. Сочинения", text(entry, "organization"));
    assertEquals("Том 2", text(entry, "series"));
    assertEquals("russian", text(entry, "language"));
    assertNull(entry.getField(BibTeXEntry.KEY_MONTH), "a year only");
  }

  @Test
  void latexSpecialCharactersAreEscapedAndReadBack() throws Exception {
    String title = "Evatt & Chifley: 50% of {draft} costs, #1 at $5 (a_b, c^d, ~e, \\f}";
    ArchiveDocument doc =
        ArchiveDocument.builder("x")
            .title(title)
            .url("https://example.org/a_b?q=50%25#top")
            .metadata(Map.of(dev.dossier.model.MetadataField.ARCHIVE, List.of("f. 5 & op. 49")))
            .build();
    String bibtex = CitationFormat.BIBTEX.render(List.of(doc));
    assertTrue(bibtex.contains("Evatt \\& Chifley: 50\\% of \\textbraceleft{}draft"), bibtex);
    BibTeXEntry entry = only(doc);
    assertEquals(title, text(entry, "title"));
    assertEquals("f. 5 & op. 49", text(entry, "number"));
    assertEquals(
        "https://example.org/a_b?q=50%25#top",
        entry.getField(BibTeXEntry.KEY_URL).toUserString(), "a URL is verbatim");
    assertEquals(
        bibtex.chars().filter(c -> c == '{').count(),
        bibtex.chars().filter(c -> c == '}').count(),
        "braces balanced as BibTeX counts them: " + bibtex);
  }

  @Test
  void derivedValuesAreBracketedAndNoted() throws Exception {
    BibTeXEntry entry = only(Fixtures.BARE);
    assertEquals("[Record of conversation with the Soviet ambassador]", text(entry, "title"));
    assertEquals("1963", text(entry, "year"));
    assertTrue(text(entry, "note").contains("Title derived by Dossier"), text(entry, "note"));
    assertTrue(text(entry, "note").contains("Date derived by Dossier"), text(entry, "note"));
    assertNull(entry.getField(new Key("language")), "the language is not known");
  }

  @Test
  void aDecadeIsAnEdtfDateWithoutAYear() throws Exception {
    ArchiveDocument doc =
        ArchiveDocument.builder("d")
            .title("T")
            .date(Optional.of(PartialDate.ofDecade(1960)))
            .build();
    BibTeXEntry entry = only(doc);
    assertEquals("196X", text(entry, "date"));
    assertNull(entry.getField(BibTeXEntry.KEY_YEAR));
  }

  @Test
  void keysAreAsciiAndUnique() {
    Set<String> taken = new HashSet<>();
    assertEquals("a-b", Bibtex.uniqueKey("a b", taken));
    assertEquals("a-b-2", Bibtex.uniqueKey("a/b", taken));
    assertEquals("a-b-3", Bibtex.uniqueKey("a-b", taken));
    assertEquals("stalin-1", Bibtex.uniqueKey("сталин-1", taken));
    assertEquals("document", Bibtex.uniqueKey("{}", taken));
    assertEquals(
        "https:-wilson-center-digital-archive.dvincitest.com-document-117072",
        Bibtex.uniqueKey(
            "https://wilson-center-digital-archive.dvincitest.com/document/117072", taken));
  }
}
