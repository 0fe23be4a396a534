package dev.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchHitJsonTest {

  @Test
  void aHitComesBackAsItWentWithItsLanguagesInOrder() {
    Map<String, List<Snippet>> highlights = new LinkedHashMap<>();
    highlights.put(
        "ru", List.of(new Snippet("Вчера Гевара выступил", List.of(new Snippet.Span(6, 12)))));
    highlights.put("en", List.of(new Snippet("Guevara spoke", List.of(new Snippet.Span(0, 7)))));
    SearchHit hit =
        new SearchHit(
            "117072",
            11.5f,
            "Conversation",
            "1964-12-10",
            "Wilson Center",
            "Cuba",
            "https://digitalarchive.wilsoncenter.org/document/117072",
            highlights,
            List.of(new MatchedWord("ru", "Гевара", MatchLevel.TRANSLITERATED, "Guevara")),
            List.of(
                new ParallelPair(
                    new Snippet("Гевара", List.of()), new Snippet("Guevara", List.of()))),
            List.of("117072-copy"));
    String json = SearchHitJson.write(hit);
    SearchHit back = SearchHitJson.read(json);
    assertEquals(hit, back);
    assertEquals(List.of("ru", "en"), List.copyOf(back.highlights().keySet()), "original first");
    assertTrue(json.contains("\"TRANSLITERATED\""), json);
  }

  @Test
  void somethingElseIsRefused() {
    assertThrows(UncheckedIOException.class, () -> SearchHitJson.read("[1, 2]"));
  }
}
