package dev.dossier.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the shards of a collection answer a concordance, merged as one index would answer. */
class ConcordancePartTest {

  private static ConcordanceDocument doc(String id, long day) {
    return new ConcordanceDocument(
        id,
        day,
        "en",
        true,
        List.of(
            new ParallelPair(
                new Snippet("хозрасчет", List.of(new Snippet.Span(0, 9))),
                new Snippet("self-financing", List.of()))));
  }

  private static List<String> ids(ConcordancePart part) {
    return part.documents().stream().map(ConcordanceDocument::id).toList();
  }

  @Test
  void shardsMergeOldestFirstUndatedLastThenById() {
    ConcordancePart one =
        new ConcordancePart("ru", 2, List.of(doc("b", 100), doc("z", Long.MAX_VALUE)));
    ConcordancePart two =
        new ConcordancePart("ru", 3, List.of(doc("a", 100), doc("c", 5), doc("y", Long.MAX_VALUE)));
    ConcordancePart merged = ConcordancePart.merge(List.of(one, two), 10);
    assertEquals(List.of("c", "a", "b", "y", "z"), ids(merged));
    assertEquals("ru", merged.language());
    assertEquals(5, merged.total());
    assertEquals(
        ids(merged), ids(ConcordancePart.merge(List.of(two, one), 10)), "shard order aside");
  }

  @Test
  void aMergeKeepsAsManyDocumentsAsAskedAndCountsThemAll() {
    ConcordancePart one = new ConcordancePart("ru", 40, List.of(doc("b", 100), doc("d", 300)));
    ConcordancePart two = new ConcordancePart("ru", 2, List.of(doc("a", 200), doc("c", 5)));
    ConcordancePart merged = ConcordancePart.merge(List.of(one, two), 3);
    assertEquals(List.of("c", "b", "a"), ids(merged));
    assertEquals(42, merged.total());
  }

  @Test
  void aMergeKeepsTheFirstDocumentsOnly() {
    List<ConcordanceDocument> many = new ArrayList<>();
    for (int i = 0; i < ConcordancePart.MAX_DOCUMENTS; i++) {
      many.add(doc(String.format("d%06d", i), 10));
    }
    ConcordancePart full = new ConcordancePart("ru", many.size(), many);
    ConcordancePart older = new ConcordancePart("ru", 1, List.of(doc("old", 1)));
    ConcordancePart merged =
        ConcordancePart.merge(List.of(full, older), ConcordancePart.MAX_DOCUMENTS + 5);
    assertEquals(ConcordancePart.MAX_DOCUMENTS, merged.documents().size());
    assertEquals("old", merged.documents().get(0).id());
    assertEquals("d099998", merged.documents().get(ConcordancePart.MAX_DOCUMENTS - 1).id());
  }

  @Test
  void aPartAndATallyComeBackFromJsonAsTheyWent() {
    ConcordancePart part = new ConcordancePart("ru", 7, List.of(doc("117072", 0)));
    assertEquals(part, RecordJson.read(RecordJson.write(part), ConcordancePart.class));
    PassageTally tally =
        new PassageTally(2, 17, 3, 40, Map.of("self financ", new int[] {1, 1, 2, 5}));
    PassageTally back = RecordJson.read(RecordJson.write(tally), PassageTally.class);
    assertEquals(2, back.termPairs());
    assertEquals(17, back.termGrams());
    assertEquals(3, back.passages());
    assertEquals(40, back.grams());
    assertArrayEquals(new int[] {1, 1, 2, 5}, back.byKey().get("self financ"));
  }

  @Test
  void talliesOfShardsAddUp() {
    PassageTally one =
        new PassageTally(
            1, 9, 2, 30, Map.of("a", new int[] {1, 1, 1, 2}, "b", new int[] {0, 0, 1, 1}));
    PassageTally two = new PassageTally(2, 11, 5, 70, Map.of("a", new int[] {1, 2, 3, 4}));
    PassageTally sum = PassageTally.NONE.plus(one).plus(two);
    assertEquals(3, sum.termPairs());
    assertEquals(20, sum.termGrams());
    assertEquals(7, sum.passages());
    assertEquals(100, sum.grams());
    assertArrayEquals(new int[] {2, 3, 4, 6}, sum.byKey().get("a"));
    assertArrayEquals(new int[] {0, 0, 1, 1}, sum.byKey().get("b"));
  }
}
