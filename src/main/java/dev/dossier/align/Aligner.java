package dev.dossier.align;

import com.ibm.icu.lang.UScript;
import dev.dossier.config.Glossary;
import dev.dossier.ingest.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Aligns a document's original and translation into parallel passages (paragraphs).
 *
 * <p>First, noise is set aside as passages without counterpart: paragraphs of the original with fewer than half
 * their letters in the original's script (OCR garbage from stamps and handwriting: "nowban gue garde.", "Ky89",
 * page numbers) and bracketed editorial paragraphs of the translation ("[Translator's note: …]"). The rest is
 * aligned by {@link GaleChurch} with anchors, which also joins a paragraph an OCR page break split in two (2-1)
 * and the lines of a header (3-1). Noise paragraphs are put back in their place.
 */
public final class Aligner {

  private final Anchors anchors;

  /** An aligner using {@code glossary} terms as anchors, found with {@code stemmer}. */
  public Aligner(Glossary glossary, Stemmer stemmer) {
    this.anchors = new Anchors(glossary, stemmer);
  }

  /** The alignment of two texts; empty when either is empty. */
  public Alignment align(String original, String originalLanguage, String translation, String translationLanguage) {
    List<Block> o = Block.of(original);
    List<Block> t = Block.of(translation);
    List<PassagePair> pairs = new ArrayList<>();
    for (Bead bead : beads(o, originalLanguage, t, translationLanguage)) {
      pairs.add(pair(bead, o, t));
    }
    return new Alignment(pairs);
  }

  /** The beads of an alignment, as paragraph indices, for evaluation against a hand-made gold alignment. */
  public List<Bead> beads(String original, String originalLanguage, String translation, String translationLanguage) {
    return beads(Block.of(original), originalLanguage, Block.of(translation), translationLanguage);
  }

  private List<Bead> beads(List<Block> o, String originalLanguage, List<Block> t, String translationLanguage) {
    if (o.isEmpty() || t.isEmpty()) {
      List<Bead> alone = new ArrayList<>();
      o.forEach(b -> alone.add(new Bead(List.of(b.index()), List.of())));
      t.forEach(b -> alone.add(new Bead(List.of(), List.of(b.index()))));
      return alone;
    }
    int originalScript = Scripts.of(originalLanguage, UScript.INVALID_CODE);
    List<Block> oText = new ArrayList<>();
    for (Block b : o) {
      if (!isOriginalNoise(b, originalScript)) {
        oText.add(b);
      }
    }
    List<Block> tText = new ArrayList<>();
    for (Block b : t) {
      if (!isEditorial(b)) {
        tText.add(b);
      }
    }
    List<Bead> core =
        GaleChurch.align(
            lengths(oText), lengths(tText), anchorsOf(oText, originalLanguage), anchorsOf(tText, translationLanguage));
    return withNoise(core, oText, tText, o.size(), t.size());
  }

  /**
   * Maps beads over the text paragraphs back to all paragraphs: a bead takes the noise lying between its own
   * paragraphs (a passage is one stretch of text), and the other noise paragraphs become beads of their own, in
   * order.
   */
  private static List<Bead> withNoise(List<Bead> core, List<Block> oText, List<Block> tText, int oCount, int tCount) {
    List<Bead> result = new ArrayList<>();
    int nextO = 0;
    int nextT = 0;
    for (Bead bead : core) {
      List<Integer> os = span(bead.original().stream().map(k -> oText.get(k).index()).toList());
      List<Integer> ts = span(bead.translation().stream().map(k -> tText.get(k).index()).toList());
      for (; !os.isEmpty() && nextO < os.get(0); nextO++) {
        result.add(new Bead(List.of(nextO), List.of()));
      }
      for (; !ts.isEmpty() && nextT < ts.get(0); nextT++) {
        result.add(new Bead(List.of(), List.of(nextT)));
      }
      result.add(new Bead(os, ts));
      nextO = os.isEmpty() ? nextO : os.get(os.size() - 1) + 1;
      nextT = ts.isEmpty() ? nextT : ts.get(ts.size() - 1) + 1;
    }
    for (; nextO < oCount; nextO++) {
      result.add(new Bead(List.of(nextO), List.of()));
    }
    for (; nextT < tCount; nextT++) {
      result.add(new Bead(List.of(), List.of(nextT)));
    }
    return result;
  }

  /** Every index from the first to the last of {@code indices}. */
  private static List<Integer> span(List<Integer> indices) {
    if (indices.size() < 2) {
      return indices;
    }
    List<Integer> all = new ArrayList<>();
    for (int x = indices.get(0); x <= indices.get(indices.size() - 1); x++) {
      all.add(x);
    }
    return all;
  }

  private static PassagePair pair(Bead bead, List<Block> o, List<Block> t) {
    int os = bead.original().isEmpty() ? 0 : o.get(bead.original().get(0)).start();
    int oe = bead.original().isEmpty() ? 0 : o.get(bead.original().get(bead.original().size() - 1)).end();
    int ts = bead.translation().isEmpty() ? 0 : t.get(bead.translation().get(0)).start();
    int te = bead.translation().isEmpty() ? 0 : t.get(bead.translation().get(bead.translation().size() - 1)).end();
    return new PassagePair(os, oe, ts, te);
  }

  private static boolean isOriginalNoise(Block block, int script) {
    long letters = Scripts.letters(block.text());
    if (script == UScript.INVALID_CODE) {
      return letters == 0;
    }
    return letters == 0 || Scripts.letters(block.text(), script) * 2 < letters;
  }

  private static boolean isEditorial(Block block) {
    String text = block.text().strip();
    return text.startsWith("[") && text.endsWith("]");
  }

  private static int[] lengths(List<Block> blocks) {
    return blocks.stream().mapToInt(Block::length).toArray();
  }

  private List<List<Set<String>>> anchorsOf(List<Block> blocks, String language) {
    List<List<Set<String>>> all = new ArrayList<>();
    for (Block b : blocks) {
      all.add(anchors.of(b.text(), language));
    }
    return all;
  }
}
