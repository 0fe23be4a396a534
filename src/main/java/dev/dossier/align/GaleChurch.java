package dev.dossier.align;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Length-based alignment of paragraphs after W. A. Gale and K. W. Church, "A Program for Aligning
 * Sentences in Bilingual Corpora" (Computational Linguistics 19(1), 1993): dynamic programming over
 * beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, and 3-1/1-3 for the headers OCR splits into lines), each
 * costing -log P(category) - log P(length difference), the difference normalised as {@code (l2 - l1
 * c) / sqrt(l s2)}. Strengthened, as in anchor-based aligners since (e.g. Moore 2002; Varga et
 * al.'s Hunalign 2005), by a bonus for each anchor the two sides share: numbers, names, glossary
 * terms.
 */
final class GaleChurch {

  /** Variance of the length ratio per character, Gale and Church's estimate. */
  private static final double S2 = 6.8;

  /** Cost taken off a bead for each anchor its two sides share. */
  private static final double ANCHOR_BONUS = 2.0;

  /**
   * Cost added to a bead for each anchor of one side the other lacks: a stamp of numbers is not a
   * signature.
   */
  private static final double UNSHARED_PENALTY = 0.7;

  private static final int MAX_UNSHARED = 20;
  private static final int MAX_ANCHORS = 6;

  /**
   * Half-width of the band of cells searched around the diagonal: at least this many paragraphs ...
   */
  private static final int BAND_MIN = 8;

  /** ... or this fraction of the longer text. */
  private static final double BAND_FRACTION = 0.15;

  /**
   * Bead categories: original paragraphs, translation paragraphs, prior probability (Gale and
   * Church's table).
   */
  private static final int[][] CATEGORIES = {
    {1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}
  };

  private static final double[] PRIORS = {0.89, 0.0099, 0.0099, 0.089, 0.089, 0.011, 0.005, 0.005};

  private GaleChurch() {}

  /**
   * Aligns two sequences of paragraphs given their lengths and anchors; returns beads of positions
   * in these sequences, in order.
   */
  static List<Bead> align(
      int[] originalLengths,
      int[] translationLengths,
      List<List<Set<String>>> originalAnchors,
      List<List<Set<String>>> translationAnchors) {
    int n = originalLengths.length;
    int m = translationLengths.length;
    double c = ratio(originalLengths, translationLengths);
    Map<String, Integer> dictionary = new HashMap<>();
    Ranges oRanges = new Ranges(originalAnchors, dictionary);
    Ranges tRanges = new Ranges(translationAnchors, dictionary);
    double[][] cost = new double[n + 1][m + 1];
    int[][] back = new int[n + 1][m + 1];
    for (double[] row : cost) {
      java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    cost[0][0] = 0;
    // only cells near the diagonal: a translation keeps the order of its original (a band, as in
    // Hunalign)
    int band = Math.max(BAND_MIN, (int) Math.ceil(BAND_FRACTION * Math.max(n, m)));
    for (int i = 0; i <= n; i++) {
      int centre = n == 0 ? 0 : (int) Math.round((double) i * m / n);
      for (int j = Math.max(0, centre - band); j <= Math.min(m, centre + band); j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        for (int k = 0; k < CATEGORIES.length; k++) {
          int di = CATEGORIES[k][0];
          int dj = CATEGORIES[k][1];
          if (i < di || j < dj || cost[i - di][j - dj] == Double.POSITIVE_INFINITY) {
            continue;
          }
          int l1 = sum(originalLengths, i - di, i);
          int l2 = sum(translationLengths, j - dj, j);
          double bead = -Math.log(PRIORS[k]) + lengthCost(l1, l2, c);
          if (di > 0 && dj > 0) {
            int shared = oRanges.sharedWith(i, di, tRanges.keys(j, dj));
            int sharedBack = tRanges.sharedWith(j, dj, oRanges.keys(i, di));
            int unshared = oRanges.items(i, di) - shared + tRanges.items(j, dj) - sharedBack;
            bead -= ANCHOR_BONUS * Math.min(shared, MAX_ANCHORS);
            bead += UNSHARED_PENALTY * Math.min(unshared, MAX_UNSHARED);
          }
          double total = cost[i - di][j - dj] + bead;
          if (total < cost[i][j]) {
            cost[i][j] = total;
            back[i][j] = k;
          }
        }
      }
    }
    List<Bead> beads = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      int k = back[i][j];
      List<Integer> o = new ArrayList<>();
      List<Integer> t = new ArrayList<>();
      for (int x = i - CATEGORIES[k][0]; x < i; x++) {
        o.add(x);
      }
      for (int y = j - CATEGORIES[k][1]; y < j; y++) {
        t.add(y);
      }
      beads.add(new Bead(o, t));
      i -= CATEGORIES[k][0];
      j -= CATEGORIES[k][1];
    }
    Collections.reverse(beads);
    return beads;
  }

  /** -log of the probability of a length difference at least this large: 2 (1 - Φ(|δ|)). */
  private static double lengthCost(int l1, int l2, double c) {
    double mean = (l1 + l2 / c) / 2;
    if (mean == 0) {
      return 0;
    }
    double delta = (l2 - l1 * c) / Math.sqrt(mean * S2);
    double p = 2 * (1 - normalCdf(Math.abs(delta)));
    return -Math.log(Math.max(p, 1e-300));
  }

  /**
   * The standard normal distribution function (Abramowitz and Stegun 26.2.17, error below 7.5e-8).
   */
  static double normalCdf(double x) {
    double t = 1 / (1 + 0.2316419 * x);
    double poly =
        t
            * (0.319381530
                + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
    return 1 - Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
  }

  private static double ratio(int[] original, int[] translation) {
    long o = 0;
    long t = 0;
    for (int l : original) {
      o += l;
    }
    for (int l : translation) {
      t += l;
    }
    return o == 0 || t == 0 ? 1 : (double) t / o;
  }

  private static int sum(int[] lengths, int from, int to) {
    int s = 0;
    for (int x = from; x < to; x++) {
      s += lengths[x];
    }
    return s;
  }

  /**
   * The anchors of each paragraph over one dictionary of keys: the keys of a paragraph as a bit
   * set, each item as the ids of its few keys, so that the dynamic programme, which asks at every
   * cell how many items of one run of paragraphs have a key among another run's, does it with a few
   * bit tests per item.
   */
  private static final class Ranges {
    /** Per paragraph, its items, each as the ids of its keys (one to a few). */
    private final List<int[][]> items = new ArrayList<>();

    private final List<BitSet> keys = new ArrayList<>();

    Ranges(List<List<Set<String>>> anchors, Map<String, Integer> dictionary) {
      for (List<Set<String>> paragraph : anchors) {
        int[][] ids = new int[paragraph.size()][];
        BitSet all = new BitSet();
        int n = 0;
        for (Set<String> item : paragraph) {
          int[] itemIds = new int[item.size()];
          int k = 0;
          for (String key : item) {
            int id = dictionary.computeIfAbsent(key, unused -> dictionary.size());
            itemIds[k++] = id;
            all.set(id);
          }
          ids[n++] = itemIds;
        }
        items.add(ids);
        keys.add(all);
      }
    }

    /** The keys of paragraphs {@code end - length .. end - 1}. */
    BitSet keys(int end, int length) {
      if (length == 1) {
        return keys.get(end - 1);
      }
      BitSet union = new BitSet();
      for (int x = end - length; x < end; x++) {
        union.or(keys.get(x));
      }
      return union;
    }

    /** How many anchor items those paragraphs have. */
    int items(int end, int length) {
      int n = 0;
      for (int x = end - length; x < end; x++) {
        n += items.get(x).length;
      }
      return n;
    }

    /** How many of their items have a key among {@code other}. */
    int sharedWith(int end, int length, BitSet other) {
      int shared = 0;
      for (int x = end - length; x < end; x++) {
        for (int[] item : items.get(x)) {
          for (int id : item) {
            if (other.get(id)) {
              shared++;
              break;
            }
          }
        }
      }
      return shared;
    }
  }
}
