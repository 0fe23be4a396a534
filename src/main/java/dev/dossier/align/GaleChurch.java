package dev.dossier.align;

import java.util.ArrayList;
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

  /** ... or this fraction of the longer text ... */
  private static final double BAND_FRACTION = 0.15;

  /**
   * ... but at most this many: a translation does not drift hundreds of paragraphs from its
   * original's order, and a band of a fraction of the text made a long document's alignment
   * quadratic (a 120 MB document has tens of thousands of paragraphs a side: a full table of them
   * took minutes and gigabytes). Documents of fewer than about 1,300 paragraphs are not affected.
   */
  private static final int BAND_MAX = 200;

  /**
   * Paragraphs a side up to which anchors count. Counting a bead's shared anchors at every cell
   * costs the square of its anchors; over a long document's band that is out of reach (a 120 MB
   * document, about 35,000 paragraphs a side, had not aligned after ten minutes), so a longer one
   * is aligned by lengths alone, as Gale and Church's own program did.
   */
  static final int MAX_ANCHORED = 2_000;

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
    // only cells near the diagonal: a translation keeps the order of its original (a band, as in
    // Hunalign), stored row by row, so that time and memory grow with the paragraphs times the band
    int band =
        Math.min(BAND_MAX, Math.max(BAND_MIN, (int) Math.ceil(BAND_FRACTION * Math.max(n, m))));
    Band cells = new Band(n, m, band);
    boolean anchored = Math.max(n, m) <= MAX_ANCHORED;
    SharedItems shared = null;
    SharedItems sharedBack = null;
    if (anchored && oRanges.maxItems() < 64 && tRanges.maxItems() < 64) {
      shared = new SharedItems(oRanges, tRanges, n, m, band);
      sharedBack = new SharedItems(tRanges, oRanges, m, n, band);
    }
    for (int i = 0; i <= n; i++) {
      cells.startRow(i);
      if (i == 0) {
        cells.setCost(0, 0, 0);
      }
      for (int j = cells.from(i); j <= cells.to(i); j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        for (int k = 0; k < CATEGORIES.length; k++) {
          int di = CATEGORIES[k][0];
          int dj = CATEGORIES[k][1];
          if (i < di || j < dj) {
            continue;
          }
          double before = cells.cost(i - di, j - dj);
          if (before == Double.POSITIVE_INFINITY) {
            continue;
          }
          int l1 = sum(originalLengths, i - di, i);
          int l2 = sum(translationLengths, j - dj, j);
          double bead = -Math.log(PRIORS[k]) + lengthCost(l1, l2, c);
          if (anchored && di > 0 && dj > 0) {
            int there =
                shared != null
                    ? shared.count(i, di, j, dj)
                    : oRanges.sharedWith(i, di, tRanges, j, dj);
            int back =
                sharedBack != null
                    ? sharedBack.count(j, dj, i, di)
                    : tRanges.sharedWith(j, dj, oRanges, i, di);
            int unshared = oRanges.items(i, di) - there + tRanges.items(j, dj) - back;
            bead -= ANCHOR_BONUS * Math.min(there, MAX_ANCHORS);
            bead += UNSHARED_PENALTY * Math.min(unshared, MAX_UNSHARED);
          }
          double total = before + bead;
          if (total < cells.cost(i, j)) {
            cells.setCost(i, j, total);
            cells.setBack(i, j, k);
          }
        }
      }
    }
    List<Bead> beads = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      int k = cells.back(i, j);
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
   * The dynamic programme's cells near the diagonal: for row i (original paragraphs), the columns
   * within {@code band} of {@code i * m / n}: the back pointers (the bead category) of every row,
   * {@code (n + 1) x (2 band + 1)} bytes, and the costs of the last four rows only, all a bead can
   * reach back to (the classic saving of a dynamic programme whose path is traced by its back
   * pointers); a cell outside the band costs infinity.
   */
  private static final class Band {
    /** Rows of costs kept: a bead spans at most three original paragraphs. */
    private static final int ROWS = 4;

    private final int n;
    private final int m;
    private final int band;
    private final int width;
    private final double[][] costs;
    private final byte[] backs;

    Band(int n, int m, int band) {
      this.n = n;
      this.m = m;
      this.band = band;
      this.width = 2 * band + 1;
      this.costs = new double[ROWS][width];
      this.backs = new byte[Math.multiplyExact(n + 1, width)];
    }

    private int centre(int i) {
      return n == 0 ? 0 : (int) Math.round((double) i * m / n);
    }

    /** Starts row {@code i}: its costs take the place of row {@code i - 4}'s, all infinite. */
    void startRow(int i) {
      java.util.Arrays.fill(costs[i % ROWS], Double.POSITIVE_INFINITY);
    }

    /** The first column of row {@code i} in the band. */
    int from(int i) {
      return Math.max(0, centre(i) - band);
    }

    /** The last column of row {@code i} in the band. */
    int to(int i) {
      return Math.min(m, centre(i) + band);
    }

    private int offset(int i, int j) {
      int offset = j - (centre(i) - band);
      return offset < 0 || offset >= width || j > m ? -1 : offset;
    }

    /** The cost of cell (i, j), for i at most three rows before the row being computed. */
    double cost(int i, int j) {
      int o = offset(i, j);
      return o < 0 ? Double.POSITIVE_INFINITY : costs[i % ROWS][o];
    }

    void setCost(int i, int j, double cost) {
      costs[i % ROWS][offset(i, j)] = cost;
    }

    int back(int i, int j) {
      return backs[i * width + offset(i, j)];
    }

    void setBack(int i, int j, int category) {
      backs[i * width + offset(i, j)] = (byte) category;
    }
  }

  /**
   * How many items of one side's paragraphs have a key among a run of the other side's, from the
   * items each paragraph shares with each single paragraph of the other side: a bit mask per pair,
   * computed once and kept for the pairs near the diagonal. The programme asks about the same pair
   * of paragraphs for every bead that holds both (up to nine beads a cell, over neighbouring
   * cells), so this counts each pair's anchors once instead of at every ask; the count is the same
   * (the union of a run is the OR of its masks).
   */
  static final class SharedItems {
    private static final long UNKNOWN = -1L; // no mask of fewer than 64 items has every bit
    private static final int SLACK = 8;

    private final Ranges from;
    private final Ranges to;
    private final int n;
    private final int m;
    private final int window;
    private final int reach;
    private final long[] masks;

    SharedItems(Ranges from, Ranges to, int n, int m, int band) {
      this.from = from;
      this.to = to;
      this.n = n;
      this.m = m;
      this.reach = band + SLACK;
      this.window = 2 * reach + 1;
      this.masks = new long[Math.multiplyExact(Math.max(n, 1), window)];
      java.util.Arrays.fill(masks, UNKNOWN);
    }

    private long mask(int x, int y) {
      int centre = n == 0 ? 0 : (int) Math.round((double) x * m / n);
      int offset = y - centre + reach;
      if (offset < 0 || offset >= window) {
        return from.sharedMask(x, to, y);
      }
      int slot = x * window + offset;
      long mask = masks[slot];
      if (mask == UNKNOWN) {
        mask = from.sharedMask(x, to, y);
        masks[slot] = mask;
      }
      return mask;
    }

    /**
     * How many items of paragraphs {@code end - length .. end - 1} have a key among the other
     * side's paragraphs {@code otherEnd - otherLength .. otherEnd - 1}.
     */
    int count(int end, int length, int otherEnd, int otherLength) {
      int shared = 0;
      for (int x = end - length; x < end; x++) {
        long union = 0;
        for (int y = otherEnd - otherLength; y < otherEnd; y++) {
          union |= mask(x, y);
        }
        shared += Long.bitCount(union);
      }
      return shared;
    }
  }

  /**
   * The anchors of each paragraph over one dictionary of keys: the keys of a paragraph as a bit
   * set, each item as the ids of its few keys, so that the dynamic programme, which asks at every
   * cell how many items of one run of paragraphs have a key among another run's, does it with a few
   * bit tests per item.
   */
  static final class Ranges {
    /** Per paragraph, its items, each as the ids of its keys (one to a few). */
    private final List<int[][]> items = new ArrayList<>();

    /**
     * Per paragraph, the ids of its keys, sorted (a bit set each grew with the dictionary: a long
     * document's paragraphs took kilobytes each).
     */
    private final List<int[]> keys = new ArrayList<>();

    Ranges(List<List<Set<String>>> anchors, Map<String, Integer> dictionary) {
      for (List<Set<String>> paragraph : anchors) {
        int[][] ids = new int[paragraph.size()][];
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
        int n = 0;
        for (Set<String> item : paragraph) {
          int[] itemIds = new int[item.size()];
          int k = 0;
          for (String key : item) {
            int id = dictionary.computeIfAbsent(key, unused -> dictionary.size());
            itemIds[k++] = id;
            all.add(id);
          }
          ids[n++] = itemIds;
        }
        items.add(ids);
        keys.add(all.stream().mapToInt(Integer::intValue).toArray());
      }
    }

    /** Whether one of paragraphs {@code end - length .. end - 1} has key {@code id}. */
    private boolean has(int end, int length, int id) {
      for (int x = end - length; x < end; x++) {
        if (java.util.Arrays.binarySearch(keys.get(x), id) >= 0) {
          return true;
        }
      }
      return false;
    }

    /** The most items a paragraph has. */
    int maxItems() {
      int most = 0;
      for (int[][] paragraph : items) {
        most = Math.max(most, paragraph.length);
      }
      return most;
    }

    /**
     * The items of paragraph {@code x} that have a key in paragraph {@code y} of {@code other}, as
     * bits (item k is bit k; a paragraph has fewer than 64).
     */
    long sharedMask(int x, Ranges other, int y) {
      long mask = 0;
      int[][] paragraph = items.get(x);
      for (int k = 0; k < paragraph.length; k++) {
        for (int id : paragraph[k]) {
          if (other.has(y + 1, 1, id)) {
            mask |= 1L << k;
            break;
          }
        }
      }
      return mask;
    }

    /** How many anchor items those paragraphs have. */
    int items(int end, int length) {
      int n = 0;
      for (int x = end - length; x < end; x++) {
        n += items.get(x).length;
      }
      return n;
    }

    /**
     * How many items of paragraphs {@code end - length .. end - 1} have a key among {@code other}'s
     * paragraphs {@code otherEnd - otherLength .. otherEnd - 1} (each paragraph's keys tested in
     * turn: a union of two or three paragraphs' bit sets, made at every cell, was most of a long
     * document's alignment).
     */
    int sharedWith(int end, int length, Ranges other, int otherEnd, int otherLength) {
      int shared = 0;
      for (int x = end - length; x < end; x++) {
        for (int[] item : items.get(x)) {
          for (int id : item) {
            if (other.has(otherEnd, otherLength, id)) {
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
