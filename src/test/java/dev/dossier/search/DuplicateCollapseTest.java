package dev.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuplicateCollapseTest {

  /** A ranked hit: its id and score. */
  private record Hit(String id, float score) {}

  /** Duplicates by id, as the index would find them. */
  private record Groups(Map<String, List<String>> same) implements DuplicateCollapse.Lookup<Hit> {
    @Override
    public String id(Hit hit) {
      return hit.id();
    }

    @Override
    public List<String> duplicates(Hit hit) {
      return same.getOrDefault(hit.id(), List.of());
    }

    @Override
    public float score(Hit hit) {
      return hit.score();
    }
  }

  private static final Groups GROUPS =
      new Groups(
          Map.of("b", List.of("d"), "d", List.of("b"), "c", List.of("e"), "e", List.of("c")));

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(Hit::id).toList();
  }

  @Test
  void aDuplicateOfABetterHitIsLeftOutAndNamedByIt() throws Exception {
    DuplicateCollapse<Hit> collapse = new DuplicateCollapse<>(GROUPS, true, true);
    List<Hit> ranked = List.of(new Hit("a", 5), new Hit("b", 4), new Hit("d", 2), new Hit("f", 1));
    assertEquals(List.of("a", "b", "f"), ids(collapse.keep(ranked)));
    assertEquals(List.of("d"), collapse.alsoIn("b"));
    assertEquals(List.of(), collapse.alsoIn("a"));
  }

  @Test
  void tiedCopiesAreRepresentedByTheLeastIdOnceWhateverTheOrder() throws Exception {
    List<Hit> ranked = List.of(new Hit("e", 3), new Hit("a", 3), new Hit("c", 3));
    DuplicateCollapse<Hit> collapse = new DuplicateCollapse<>(GROUPS, true, true);
    assertEquals(List.of("c", "a"), ids(collapse.keep(ranked)));
    assertEquals(List.of("e"), collapse.alsoIn("c"));
    DuplicateCollapse<Hit> byDate = new DuplicateCollapse<>(GROUPS, true, false);
    assertEquals(List.of("e", "a"), ids(byDate.keep(ranked)), "by date the order stands");
  }

  @Test
  void shownDuplicatesAreAllListedEachNamingTheOthers() throws Exception {
    DuplicateCollapse<Hit> collapse = new DuplicateCollapse<>(GROUPS, false, true);
    List<Hit> ranked = List.of(new Hit("d", 4), new Hit("b", 4));
    assertEquals(List.of("d", "b"), ids(collapse.keep(ranked)));
    assertEquals(List.of("b"), collapse.alsoIn("d"));
  }

  @Test
  void aDuplicateIsLeftOutOfTheLaterPagesOfAStreamToo() throws Exception {
    DuplicateCollapse<Hit> collapse = new DuplicateCollapse<>(GROUPS, true, true);
    assertEquals(List.of("b"), ids(collapse.keep(List.of(new Hit("b", 4)))));
    assertEquals(List.of("a"), ids(collapse.keep(List.of(new Hit("d", 2), new Hit("a", 1)))));
  }
}
