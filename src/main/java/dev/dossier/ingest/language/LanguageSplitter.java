package dev.dossier.ingest.language;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a document body into original and translation by script, deciding over paragraph blocks,
 * not lines.
 *
 * <p>Archive exports put one original section first and its translation after it. So the split is a
 * single change point: the block index {@code k} that minimises the letters on the wrong side, i.e.
 * letters of the translation's script before {@code k} plus letters of the original's script from
 * {@code k} on. Short OCR garbage in another script ("nowban gue garde.", "رِلَ") cannot move the
 * boundary, because moving it past them would put whole paragraphs on the wrong side; a
 * translator's note sits inside the translation for the same reason. This is the least-cost single
 * change-point segmentation (cf. binary segmentation in change-point detection), with block letter
 * counts as the signal.
 */
public final class LanguageSplitter {

  private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");

  private LanguageSplitter() {}

  /**
   * Splits {@code body}.
   *
   * @param originalLanguage ISO 639-1 code of the original, or {@code und}
   * @param translationLanguage ISO 639-1 code of the expected translation
   */
  public static SplitText split(String body, String originalLanguage, String translationLanguage) {
    List<String> blocks = blocks(body);
    if (blocks.isEmpty()) {
      return new SplitText("", "");
    }
    int translationScript = Scripts.of(translationLanguage, UScript.LATIN);
    int originalScript = Scripts.of(originalLanguage, UScript.INVALID_CODE);
    if (originalScript == UScript.INVALID_CODE) {
      originalScript = dominantScript(blocks.subList(0, Math.max(1, blocks.size() / 2)));
    }
    if (originalScript == translationScript) {
      // Same script on both sides: script cannot tell them apart, so the body is kept whole as the
      // original.
      return new SplitText(String.join("\n\n", blocks), "");
    }
    int k = changePoint(blocks, originalScript, translationScript);
    return new SplitText(
        String.join("\n\n", blocks.subList(0, k)),
        String.join("\n\n", blocks.subList(k, blocks.size())));
  }

  /**
   * The block index where the translation starts; the largest among equally good ones, so blocks
   * without letters of either script stay with the original.
   */
  private static int changePoint(List<String> blocks, int originalScript, int translationScript) {
    int n = blocks.size();
    long[] original = new long[n];
    long[] translation = new long[n];
    for (int i = 0; i < n; i++) {
      original[i] = Scripts.letters(blocks.get(i), originalScript);
      translation[i] = Scripts.letters(blocks.get(i), translationScript);
    }
    long cost = 0; // k = 0: every original-script letter is on the translation side
    for (long o : original) {
      cost += o;
    }
    long best = cost;
    int bestK = 0;
    for (int k = 1; k <= n; k++) {
      cost += translation[k - 1] - original[k - 1];
      if (cost <= best) {
        best = cost;
        bestK = k;
      }
    }
    return bestK;
  }

  private static List<String> blocks(String body) {
    List<String> blocks = new ArrayList<>();
    for (String block : BLANK_LINES.split(body.strip())) {
      if (!block.isBlank()) {
        blocks.add(block.strip());
      }
    }
    return blocks;
  }

  private static int dominantScript(List<String> blocks) {
    java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
    for (String block : blocks) {
      block
          .codePoints()
          .filter(Character::isLetter)
          .forEach(cp -> counts.merge(UScript.getScript(cp), 1, Integer::sum));
    }
    return counts.entrySet().stream()
        .max(
            java.util.Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey()))
        .map(java.util.Map.Entry::getKey)
        .orElse(UScript.LATIN);
  }
}
