package dev.dossier.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GaleChurchTest {

  private static List<List<Set<String>>> noAnchors(int paragraphs) {
    return Collections.nCopies(paragraphs, List.of());
  }

  /**
   * A document far longer than the band's cap (the full table of the earlier code would need 4,000
   * x 4,001 cells, about 200 MB): aligned in memory and time that grow with its length, and right:
   * every paragraph with its own, and the one paragraph the translation split in two as a 1-2 bead.
   */
  @Test
  void aLongDocumentAlignsParagraphByParagraphWithinTheBand() {
    int n = 4_000;
    Random random = new Random(7);
    int[] original = new int[n];
    for (int i = 0; i < n; i++) {
      original[i] = 50 + random.nextInt(450);
    }
    int split = 2_500;
    int[] translation = new int[n + 1];
    for (int i = 0, j = 0; i < n; i++) {
      int length = (int) Math.round(original[i] * 1.1);
      if (i == split) {
        translation[j++] = length / 2;
        translation[j++] = length - length / 2;
      } else {
        translation[j++] = length;
      }
    }
    List<Bead> beads = GaleChurch.align(original, translation, noAnchors(n), noAnchors(n + 1));
    List<Bead> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int j = i <= split ? i : i + 1;
      expected.add(
          i == split ? new Bead(List.of(i), List.of(j, j + 1)) : new Bead(List.of(i), List.of(j)));
    }
    assertEquals(expected, beads);
  }

  private static List<List<Set<String>>> randomAnchors(Random random, int paragraphs) {
    List<List<Set<String>>> all = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      List<Set<String>> items = new ArrayList<>();
      for (int k = random.nextInt(12); k > 0; k--) {
        Set<String> keys = new java.util.HashSet<>();
        for (int key = 1 + random.nextInt(3); key > 0; key--) {
          keys.add("k" + random.nextInt(40));
        }
        items.add(keys);
      }
      all.add(items);
    }
    return all;
  }

  /** The pair masks count what the direct test of each item counts, for every run the DP asks. */
  @Test
  void sharedItemsByPairMasksCountAsTheDirectTest() {
    Random random = new Random(3);
    int n = 60;
    int m = 75;
    java.util.Map<String, Integer> dictionary = new java.util.HashMap<>();
    GaleChurch.Ranges o = new GaleChurch.Ranges(randomAnchors(random, n), dictionary);
    GaleChurch.Ranges t = new GaleChurch.Ranges(randomAnchors(random, m), dictionary);
    GaleChurch.SharedItems there = new GaleChurch.SharedItems(o, t, n, m, 8);
    GaleChurch.SharedItems back = new GaleChurch.SharedItems(t, o, m, n, 8);
    int compared = 0;
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        for (int di = 1; di <= Math.min(3, i); di++) {
          for (int dj = 1; dj <= Math.min(3, j); dj++) {
            assertEquals(o.sharedWith(i, di, t, j, dj), there.count(i, di, j, dj));
            assertEquals(t.sharedWith(j, dj, o, i, di), back.count(j, dj, i, di));
            compared++;
          }
        }
      }
    }
    assertEquals((3 * n - 3) * (3 * m - 3), compared, "every run, in and out of the band");
  }
}
