package dev.dossier.align;

import com.ibm.icu.lang.UScript;
import dev.dossier.config.Glossary;
import dev.dossier.ingest.language.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Aligns a document's original and translation into parallel passages (paragraphs).
 *
 * <p>First, noise is set aside as passages without counterpart: paragraphs of the original with
 * fewer than half their letters in the original's script (OCR garbage from stamps and handwriting:
 * "nowban gue garde.", "Ky89", page numbers) and bracketed editorial paragraphs of the translation
 * ("[Translator's note: …]"). The rest is aligned by {@link GaleChurch} with anchors, which also
 * joins a paragraph an OCR page break split in two (2-1) and the lines of a header (3-1). Noise
 * paragraphs are put back in their place.
 */
public final class Aligner {

  private final Anchors anchors;

  /**
   * An aligner using {@code glossary} terms as anchors; {@code stemmer} stems the glossary's own
   * terms, once.
   */
  public Aligner(Glossary glossary, Stemmer stemmer) {
    this.anchors = new Anchors(glossary, stemmer);
  }

  /** The alignment of two analysed texts; empty when either is empty. */
  public Alignment align(AnalysedText original, AnalysedText translation) {
    List<Block> o = Block.of(original.text());
    List<Block> t = Block.of(translation.text());
    List<PassagePair> pairs = new ArrayList<>();
    for (Bead bead : beads(original, o, translation, t)) {
      pairs.add(pair(bead, o, t));
    }
    return new Alignment(pairs);
  }

  /**
   * The beads of an alignment, as paragraph indices, for evaluation against a hand-made gold
   * alignment.
   */
  public List<Bead> beads(AnalysedText original, AnalysedText translation) {
    return beads(original, Block.of(original.text()), translation, Block.of(translation.text()));
  }

  private List<Bead> beads(
      AnalysedText original, List<Block> o, AnalysedText translation, List<Block> t) {
    if (o.isEmpty() || t.isEmpty()) {
      List<Bead> alone = new ArrayList<>();
      o.forEach(b -> alone.add(new Bead(List.of(b.index()), List.of())));
      t.forEach(b -> alone.add(new Bead(List.of(), List.of(b.index()))));
      return alone;
    }
    int originalScript = Scripts.of(original.language(), UScript.INVALID_CODE);
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
            lengths(oText),
            lengths(tText),
            anchorsOf(original, oText),
            anchorsOf(translation, tText));
    return withNoise(core, oText, tText, o.size(), t.size());
  }

  /**
   * Maps beads over the text paragraphs back to all paragraphs: a bead takes the noise lying
   * between its own paragraphs (a passage is one stretch of text), and the other noise paragraphs
   * become beads of their own, in order.
   */
  private static List<Bead> withNoise(
      List<Bead> core, List<Block> oText, List<Block> tText, int oCount, int tCount) {
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
    int oe =
        bead.original().isEmpty()
            ? 0
            : o.get(bead.original().get(bead.original().size() - 1)).end();
    int ts = bead.translation().isEmpty() ? 0 : t.get(bead.translation().get(0)).start();
    int te =
        bead.translation().isEmpty()
            ? 0
            : t.get(bead.translation().get(bead.translation().size() - 1)).end();
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

  private List<List<Set<String>>> anchorsOf(AnalysedText text, List<Block> blocks) {
    List<List<Set<String>>> all = new ArrayList<>();
    for (Block b : blocks) {
      all.add(anchors.of(text, b));
    }
    return all;
  }
}
