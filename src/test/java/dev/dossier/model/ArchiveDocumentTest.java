package dev.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArchiveDocumentTest {

  private static ArchiveDocument full() {
    return ArchiveDocument.builder("117072")
        .title("Conversation with Guevara")
        .date(PartialDate.parse("1964-01-29"))
        .citation("AVPRF")
        .url("https://example.org/117072")
        .summary("On self-financing")
        .credits("Translated by X")
        .original("ru", "Текст")
        .translation("en", "Text")
        .metadata(Map.of(MetadataField.SUBJECT, List.of("Cuba")))
        .source("/corpus/117072.txt")
        .build();
  }

  @Test
  void aBuiltDocumentHasEachFieldItWasGivenByName() {
    ArchiveDocument d = full();
    assertEquals("117072", d.id());
    assertEquals("Conversation with Guevara", d.title());
    assertEquals("1964-01-29", d.date().orElseThrow().toString());
    assertEquals("AVPRF", d.citation());
    assertEquals("https://example.org/117072", d.url());
    assertEquals("On self-financing", d.summary());
    assertEquals("Translated by X", d.credits());
    assertEquals("ru", d.originalLanguage());
    assertEquals("Текст", d.original());
    assertEquals("en", d.translationLanguage());
    assertEquals("Text", d.translation());
    assertEquals(List.of("Cuba"), d.metadata(MetadataField.SUBJECT));
    assertEquals("/corpus/117072.txt", d.source());
  }

  @Test
  void whatABuilderIsNotGivenIsEmptyAsTheRecordMakesIt() {
    ArchiveDocument d = ArchiveDocument.builder("a").build();
    assertEquals(
        new ArchiveDocument(
            "a",
            null,
            Optional.empty(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null),
        d);
    assertEquals("und", d.originalLanguage());
    assertEquals("", d.translationLanguage());
    assertTrue(d.metadata().isEmpty());
  }

  @Test
  void toBuilderCopiesEveryField() {
    ArchiveDocument d = full();
    ArchiveDocument copy = d.toBuilder().build();
    assertEquals(d, copy);
    assertNotSame(d, copy);
  }

  @Test
  void withMethodsChangeOneFieldAndLeaveTheOriginalAsItWas() {
    ArchiveDocument d = full();
    ArchiveDocument moved = d.withSource("/elsewhere.txt");
    assertEquals("/elsewhere.txt", moved.source());
    assertEquals("/corpus/117072.txt", d.source());
    assertEquals(d.toBuilder().source("/elsewhere.txt").build(), moved);

    ArchiveDocument collected = d.withMetadata(MetadataField.COLLECTION, List.of("Wilson"));
    assertEquals(List.of("Wilson"), collected.metadata(MetadataField.COLLECTION));
    assertEquals(List.of("Cuba"), collected.metadata(MetadataField.SUBJECT));
    assertTrue(d.metadata(MetadataField.COLLECTION).isEmpty());
    assertTrue(
        collected
            .withMetadata(MetadataField.COLLECTION, List.of())
            .metadata(MetadataField.COLLECTION)
            .isEmpty());
  }
}
