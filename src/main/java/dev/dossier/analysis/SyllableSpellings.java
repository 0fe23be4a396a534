package dev.dossier.analysis;

import dev.dossier.config.SyllableTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names Russian writes syllable by syllable ({@link SyllableTable}): a word that is a run of one
 * language's syllables, written in the other script syllable by syllable. Chinese Kuomintang is
 * Гоминдан (kuo-min-tang, Wade-Giles for guo-min-dang, is го-мин-дан), Japanese Suzuki is Судзуки;
 * the letter rules, which read a word as English would, give neither.
 *
 * <p>Spellings are both enumerated (for a query word, with their costs) and checked (the cheapest
 * way a pair of words is one run of syllables: a shortest path over (position in the Latin word,
 * position in the Cyrillic one), as {@link DerivationSearch} does for the letter rules).
 */
final class SyllableSpellings {

  /** Spellings kept per position while enumerating: the cheapest. */
  private static final int KEPT_PER_POSITION = 256;

  /** One language's syllables, both ways. */
  private record Table(
      Map<String, Map<String, Double>> toCyrillic,
      Map<String, Map<String, Double>> toLatin,
      Map<Character, String> doubles,
      int longestLatin,
      int longestCyrillic) {

    static Table of(SyllableTable.Language language) {
      Map<String, Map<String, Double>> toLatin = new HashMap<>();
      language
          .syllables()
          .forEach(
              (latin, spellings) ->
                  spellings.forEach(
                      (cyr, cost) ->
                          toLatin
                              .computeIfAbsent(cyr, k -> new HashMap<>())
                              .merge(latin, cost, Math::min)));
      return new Table(
          language.syllables(),
          toLatin,
          language.doubles(),
          language.longestLatin(),
          toLatin.keySet().stream().mapToInt(String::length).max().orElse(0));
    }
  }

  private final List<Table> tables = new ArrayList<>();

  SyllableSpellings(SyllableTable table) {
    table.languages().forEach(l -> tables.add(Table.of(l)));
  }

  /** Whether there are any syllable tables. */
  boolean isEmpty() {
    return tables.isEmpty();
  }

  /**
   * The cheapest cost at which one language's syllables write the Latin {@code latin} (letters a-z)
   * as the Cyrillic {@code cyrillic} (lowercase, ё as е, without signs); infinite when none does.
   */
  double cost(String latin, String cyrillic) {
    double best = Double.POSITIVE_INFINITY;
    for (Table t : tables) {
      best = Math.min(best, cost(t, latin, cyrillic));
    }
    return best;
  }

  private static double cost(Table t, String latin, String cyrillic) {
    int n = latin.length();
    int m = cyrillic.length();
    double[][] at = new double[n + 1][m + 1];
    for (double[] row : at) {
      java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    at[0][0] = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        double here = at[i][j];
        if (here == Double.POSITIVE_INFINITY) {
          continue;
        }
        for (int len = 1; len <= t.longestLatin() && i + len <= n; len++) {
          Map<String, Double> spellings = t.toCyrillic().get(latin.substring(i, i + len));
          if (spellings == null) {
            continue;
          }
          for (Map.Entry<String, Double> s : spellings.entrySet()) {
            if (cyrillic.startsWith(s.getKey(), j)) {
              int to = j + s.getKey().length();
              at[i + len][to] = Math.min(at[i + len][to], here + s.getValue());
            }
          }
        }
        String doubled = doubled(t, latin, i);
        if (doubled != null && cyrillic.startsWith(doubled, j)) {
          at[i + 1][j + doubled.length()] = Math.min(at[i + 1][j + doubled.length()], here);
        }
      }
    }
    return at[n][m];
  }

  /**
   * How the consonant at {@code i} is written when it is doubled (the tt of Hattori); else null.
   */
  private static String doubled(Table t, String latin, int i) {
    String written = t.doubles().get(latin.charAt(i));
    if (written == null || i + 1 >= latin.length()) {
      return null;
    }
    char next = latin.charAt(i + 1);
    return next == latin.charAt(i) || (latin.charAt(i) == 't' && next == 'c') ? written : null;
  }

  /**
   * The Cyrillic spellings (without signs) of a Latin word (letters a-z) that is a run of one
   * language's syllables, at most {@code maxCost}, cheapest first, at most {@code limit}.
   */
  Map<String, Double> cyrillic(String latin, double maxCost, int limit) {
    Map<String, Double> all = new HashMap<>();
    for (Table t : tables) {
      enumerate(latin, t.toCyrillic(), t.longestLatin(), t, maxCost)
          .forEach((s, c) -> all.merge(s, c, Math::min));
    }
    return cheapestFirst(all, limit);
  }

  /**
   * The Latin spellings of a Cyrillic word (lowercase, ё as е, without signs) that is a run of one
   * language's syllables, at most {@code maxCost}, cheapest first, at most {@code limit}.
   */
  Map<String, Double> latin(String cyrillic, double maxCost, int limit) {
    Map<String, Double> all = new HashMap<>();
    for (Table t : tables) {
      enumerate(cyrillic, t.toLatin(), t.longestCyrillic(), null, maxCost)
          .forEach((s, c) -> all.merge(s, c, Math::min));
    }
    return cheapestFirst(all, limit);
  }

  /**
   * Every spelling of {@code word} as one run of {@code pieces}, with its cost; for a Latin word,
   * {@code latinTable} adds its doubled consonants (null for a Cyrillic word).
   */
  private static Map<String, Double> enumerate(
      String word,
      Map<String, Map<String, Double>> pieces,
      int longest,
      Table latinTable,
      double maxCost) {
    int n = word.length();
    List<Map<String, Double>> at = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      at.add(new HashMap<>());
    }
    at.get(0).put("", 0.0);
    for (int i = 0; i < n; i++) {
      Map<String, Double> here = at.get(i);
      if (here.isEmpty()) {
        continue;
      }
      if (here.size() > KEPT_PER_POSITION) {
        here = cheapestFirst(here, KEPT_PER_POSITION);
      }
      for (int len = 1; len <= longest && i + len <= n; len++) {
        Map<String, Double> spellings = pieces.get(word.substring(i, i + len));
        if (spellings == null) {
          continue;
        }
        Map<String, Double> next = at.get(i + len);
        here.forEach(
            (prefix, pc) ->
                spellings.forEach(
                    (s, c) -> {
                      if (pc + c <= maxCost + 1e-9) {
                        next.merge(prefix + s, round(pc + c), Math::min);
                      }
                    }));
      }
      String doubled = latinTable == null ? null : doubled(latinTable, word, i);
      if (doubled != null) {
        Map<String, Double> next = at.get(i + 1);
        here.forEach((prefix, pc) -> next.merge(prefix + doubled, pc, Math::min));
      }
    }
    return at.get(n);
  }

  private static Map<String, Double> cheapestFirst(Map<String, Double> spellings, int limit) {
    Map<String, Double> sorted = new LinkedHashMap<>();
    spellings.entrySet().stream()
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
        .limit(limit)
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  private static double round(double cost) {
    return Math.round(cost * 100) / 100.0;
  }
}
