package dev.dossier.search;

import java.util.HashMap;
import java.util.Map;

/**
 * What the aligned target passages of an index hold, for a concordance's candidate translations:
 * counted on the embedded index, or on each shard of a collection and added up.
 *
 * @param passages passages counted
 * @param grams their words and bigrams, counted each time they occur
 * @param byKey per key asked for: {passages holding it, occurrences}
 */
public record PassageTally(int passages, long grams, Map<String, int[]> byKey) {

  /** Nothing counted. */
  public static final PassageTally NONE = new PassageTally(0, 0, Map.of());

  /** This tally and {@code other}'s, of passages counted apart, added up. */
  public PassageTally plus(PassageTally other) {
    Map<String, int[]> sum = new HashMap<>();
    for (Map<String, int[]> part : java.util.List.of(byKey, other.byKey)) {
      part.forEach(
          (key, n) -> {
            int[] s = sum.computeIfAbsent(key, k -> new int[2]);
            s[0] += n[0];
            s[1] += n[1];
          });
    }
    return new PassageTally(passages + other.passages, grams + other.grams, sum);
  }
}
