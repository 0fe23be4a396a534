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
        new ConcordancePart("ru", List.of(doc("b", 100), doc("z", Long.MAX_VALUE)));
    ConcordancePart two =
        new ConcordancePart("ru", List.of(doc("a", 100), doc("c", 5), doc("y", Long.MAX_VALUE)));
    ConcordancePart merged = ConcordancePart.merge(List.of(one, two));
    assertEquals(List.of("c", "a", "b", "y", "z"), ids(merged));
    assertEquals("ru", merged.language());
    assertEquals(ids(merged), ids(ConcordancePart.merge(List.of(two, one))), "shard order aside");
  }

  @Test
  void aMergeKeepsTheFirstDocumentsOnly() {
    List<ConcordanceDocument> many = new ArrayList<>();
    for (int i = 0; i < ConcordancePart.MAX_DOCUMENTS; i++) {
      many.add(doc(String.format("d%06d", i), 10));
    }
    ConcordancePart full = new ConcordancePart("ru", many);
    ConcordancePart older = new ConcordancePart("ru", List.of(doc("old", 1)));
    ConcordancePart merged = ConcordancePart.merge(List.of(full, older));
    assertEquals(ConcordancePart.MAX_DOCUMENTS, merged.documents().size());
    assertEquals("old", merged.documents().get(0).id());
    assertEquals("d099998", merged.documents().get(ConcordancePart.MAX_DOCUMENTS - 1).id());
  }

  @Test
  void aPartAndATallyComeBackFromJsonAsTheyWent() {
    ConcordancePart part = new ConcordancePart("ru", List.of(doc("117072", 0)));
    assertEquals(part, RecordJson.read(RecordJson.write(part), ConcordancePart.class));
    PassageTally tally = new PassageTally(3, 40, Map.of("self financ", new int[] {2, 5}));
    PassageTally back = RecordJson.read(RecordJson.write(tally), PassageTally.class);
    assertEquals(3, back.passages());
    assertEquals(40, back.grams());
    assertArrayEquals(new int[] {2, 5}, back.byKey().get("self financ"));
  }

  @Test
  void talliesOfShardsAddUp() {
    PassageTally one =
        new PassageTally(2, 30, Map.of("a", new int[] {1, 2}, "b", new int[] {1, 1}));
    PassageTally two = new PassageTally(5, 70, Map.of("a", new int[] {3, 4}));
    PassageTally sum = PassageTally.NONE.plus(one).plus(two);
    assertEquals(7, sum.passages());
    assertEquals(100, sum.grams());
    assertArrayEquals(new int[] {4, 6}, sum.byKey().get("a"));
    assertArrayEquals(new int[] {1, 1}, sum.byKey().get("b"));
  }
}
