package dev.dossier.index;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Facet values that are the same thing in another case or punctuation ("PAPER - TEXTUAL DOCUMENT",
 * "PAPER, TEXTUAL DOCUMENT") count together, under their most frequent spelling. The stored value
 * stays as the archive wrote it; a document keeps one spelling of each value in its doc values
 * ({@link DocumentMapper}), so merged counts are counts of documents.
 */
public final class FacetLabels {

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private FacetLabels() {}

  /** What spellings of one value share: NFKC, lowercase, runs of other characters as one space. */
  public static String fold(String label) {
    String s = Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NOT_WORD.matcher(s).replaceAll(" ").strip();
  }

  /**
   * Counts by spelling merged by {@link #fold}: each group under its most frequent spelling (ties
   * to the first in label order), most documents first, then by label.
   */
  public static Map<String, Integer> merge(Map<String, Integer> bySpelling) {
    Map<String, Integer> total = new HashMap<>();
    Map<String, String> spelling = new HashMap<>();
    Map<String, Integer> spellingCount = new HashMap<>();
    List<String> labels = bySpelling.keySet().stream().sorted().toList();
    for (String label : labels) {
      int count = bySpelling.get(label);
      String key = fold(label);
      total.merge(key, count, Integer::sum);
      if (count > spellingCount.getOrDefault(key, 0)) {
        spelling.put(key, label);
        spellingCount.put(key, count);
      }
    }
    Map<String, Integer> merged = new LinkedHashMap<>();
    total.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(e -> spelling.get(e.getKey())))
        .forEach(e -> merged.put(spelling.get(e.getKey()), e.getValue()));
    return merged;
  }

  /** The first {@code limit} entries of {@code merged}. */
  public static Map<String, Integer> top(Map<String, Integer> merged, int limit) {
    Map<String, Integer> top = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : merged.entrySet()) {
      if (top.size() == limit) {
        break;
      }
      top.put(e.getKey(), e.getValue());
    }
    return top;
  }
}
