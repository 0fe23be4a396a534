package dev.dossier.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the aligned passages of an index hold for a concordance, counted from its postings ({@link
 * PairCounter}) on the embedded index, or on each shard of a collection and added up: the pairs of
 * its term, and for each candidate translation asked for, how often it stands in their counterparts
 * and in all the aligned passages of the target language.
 *
 * @param termPairs the term's pairs whose counterpart is in the target language
 * @param termGrams the words and bigrams of those counterparts, each time they occur
 * @param passages the aligned passages in the target language whose counterparts are in the term's,
 *     the term's counterparts among them
 * @param grams their words and bigrams, each time they occur
 * @param byKey per key asked for: {the term's counterparts holding it, its occurrences there, the
 *     passages holding it, its occurrences there}
 */
public record PassageTally(
    int termPairs, long termGrams, int passages, long grams, Map<String, int[]> byKey) {

  /** Nothing counted. */
  public static final PassageTally NONE = new PassageTally(0, 0, 0, 0, Map.of());

  /** This tally and {@code other}'s, of passages counted apart, added up. */
  public PassageTally plus(PassageTally other) {
    Map<String, int[]> sum = new HashMap<>();
    for (Map<String, int[]> part : List.of(byKey, other.byKey)) {
      part.forEach(
          (key, n) -> {
            int[] s = sum.computeIfAbsent(key, k -> new int[4]);
            for (int i = 0; i < s.length; i++) {
              s[i] += n[i];
            }
          });
    }
    return new PassageTally(
        termPairs + other.termPairs,
        termGrams + other.termGrams,
        passages + other.passages,
        grams + other.grams,
        sum);
  }
}
