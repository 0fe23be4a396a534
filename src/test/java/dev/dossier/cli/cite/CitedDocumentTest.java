package dev.dossier.cli.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.MetadataField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the formats take from a document: collections, devised titles, notes. */
class CitedDocumentTest {

  private static CitedDocument collected(List<String> collection, List<String> series) {
    return CitedDocument.of(
        ArchiveDocument.builder("x")
            .title("T")
            .metadata(Map.of(MetadataField.COLLECTION, collection, MetadataField.SERIES, series))
            .build());
  }

  @Test
  void aCollectionAndItsPartReadAsACitationNamesThem() {
    CitedDocument dafp =
        collected(
            List.of("Documents on Australian Foreign Policy", "Volume 10: 1946, July-December"),
            List.of());
    assertEquals(
        "Documents on Australian Foreign Policy, Volume 10: 1946, July-December",
        dafp.collectionAndSeries());
  }

  @Test
  void aCollectionThatALaterValueBeginsWithIsNotRepeated() {
    CitedDocument stalin =
        collected(List.of("Сталин. Сочинения", "Сталин. Сочинения, том 4"), List.of());
    assertEquals("Сталин. Сочинения, том 4", stalin.collection());
  }

  @Test
  void aSeriesIsNamedAfterItsCollectionOnce() {
    assertEquals(
        "Documents on Australian Foreign Policy, Volume 12: 1947",
        collected(List.of("Documents on Australian Foreign Policy"), List.of("Volume 12: 1947"))
            .collectionAndSeries());
    assertEquals(
        "Сталин. Сочинения, том 4",
        collected(List.of("Сталин. Сочинения, том 4"), List.of("том 4")).collectionAndSeries());
    assertEquals(
        "Volume 12: 1947", collected(List.of(), List.of("Volume 12: 1947")).collectionAndSeries());
    assertEquals(
        "Сталин. Сочинения, том 9",
        collected(List.of("Сталин. Сочинения"), List.of("Сталин. Сочинения, том 9"))
            .collectionAndSeries(),
        "the series as the Stalin mapping names it, with its collection");
  }

  @Test
  void anUntitledDocumentIsNamedByItsIdOrItsUrlsLastSegment() {
    CitedDocument byUrl =
        CitedDocument.of(
            ArchiveDocument.builder(
                    "https://digitalarchive.wilsoncenter.org/document/kohl-rafsanjani/")
                .build());
    assertEquals("[Document kohl-rafsanjani]", byUrl.citedTitle());
    assertTrue(byUrl.untitled());
    assertEquals(Optional.empty(), byUrl.date());
  }

  @Test
  void aDerivedTitleIsBracketedOnceAsAWhole() {
    assertEquals("[Memo]", CitedDocument.bracketed("[Memo]"));
    assertEquals("[Memo]", CitedDocument.bracketed("Memo"));
    assertEquals("[[Secret] memo [draft]]", CitedDocument.bracketed("[Secret] memo [draft]"));
  }
}
