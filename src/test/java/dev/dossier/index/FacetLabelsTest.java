package dev.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FacetLabelsTest {

  @Test
  void spellingsThatDifferInCaseOrPunctuationFoldTogether() {
    assertEquals(
        FacetLabels.fold("PAPER - TEXTUAL DOCUMENT"), FacetLabels.fold("Paper, textual document"));
    assertEquals("статья", FacetLabels.fold("Статья."));
  }

  @Test
  void mergedCountsSumUnderTheMostFrequentSpellingMostFirst() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("PAPER, TEXTUAL DOCUMENT", 251);
    counts.put("NOTES", 33);
    counts.put("PAPER - TEXTUAL DOCUMENT", 954);
    counts.put("Notes", 40);
    counts.put("REPORT", 16);
    Map<String, Integer> merged = FacetLabels.merge(counts);
    assertEquals(
        List.of("PAPER - TEXTUAL DOCUMENT", "Notes", "REPORT"), List.copyOf(merged.keySet()));
    assertEquals(List.of(1205, 73, 16), List.copyOf(merged.values()));
    assertEquals(Map.of("PAPER - TEXTUAL DOCUMENT", 1205), FacetLabels.top(merged, 1));
  }
}
