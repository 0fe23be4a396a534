package dev.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

  @Test
  void aPlainRequestHasTheDefaults() {
    SearchRequest r = SearchRequest.of("Guevara");
    assertEquals("Guevara", r.query());
    assertEquals(10, r.limit());
    assertEquals(0, r.offset());
    assertEquals(SortOrder.RELEVANCE, r.sort());
    assertEquals(3, r.fragments());
    assertFalse(r.exact() || r.explain() || r.parallel() || r.countAll() || r.similar());
    assertEquals(List.of(), r.facets());
    assertEquals(r, SearchRequest.builder("Guevara").build());
  }

  @Test
  void theBuilderSetsEachOptionByName() {
    SearchRequest r =
        SearchRequest.builder("Castro")
            .limit(5)
            .offset(20)
            .sort(SortOrder.DATE)
            .fragments(1)
            .exact(true)
            .explain(true)
            .parallel(true)
            .countAll(true)
            .facets(List.of("collection"))
            .similar(true)
            .build();
    assertEquals(
        new SearchRequest(
            "Castro",
            5,
            20,
            SortOrder.DATE,
            1,
            true,
            true,
            true,
            true,
            List.of("collection"),
            true,
            false),
        r);
    assertEquals(r, r.toBuilder().build());
    SearchRequest narrower = r.toBuilder().explain(false).build();
    assertFalse(narrower.explain());
    assertTrue(narrower.parallel());
  }

  @Test
  void theBoundsAreCheckedWhenBuilt() {
    assertThrows(
        IllegalArgumentException.class, () -> SearchRequest.builder("x").limit(-1).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> SearchRequest.builder("x").offset(SearchRequest.MAX_WINDOW).limit(1).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> SearchRequest.builder("x").fragments(SearchRequest.MAX_FRAGMENTS + 1).build());
    // the page is checked as a whole, not option by option
    assertEquals(9_995, SearchRequest.builder("x").offset(9_995).limit(5).build().offset());
  }
}
