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
}
