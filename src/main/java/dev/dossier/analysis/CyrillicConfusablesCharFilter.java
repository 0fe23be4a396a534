package dev.dossier.analysis;

import java.io.Reader;

/**
 * Replaces Latin letters that look like Cyrillic ones (a, c, e, o, p, x, y, A, B, C, E, H, K, M, O,
 * P, T, X) inside words that are otherwise Cyrillic, as OCR produces them ("Гeвара" with a Latin
 * e). A word made only of such letters and digits ("Ky89") is taken as Cyrillic too. The mapping is
 * one character for one, so offsets are unchanged and highlights land on the raw text. The
 * look-alike pairs are those of Unicode's confusables data (UTS #39) between the Latin and Cyrillic
 * scripts.
 */
public final class CyrillicConfusablesCharFilter extends OneToOneCharFilter {

  private static final String LATIN = "aceopxyABCEHKMOPTX";
  private static final String CYRILLIC = "асеорхуАВСЕНКМОРТХ";

  /** Wraps {@code in}. */
  public CyrillicConfusablesCharFilter(Reader in) {
    super(in);
  }

  @Override
  String transform(String text) {
    return normalize(text);
  }

  /** The text with look-alike Latin letters of Cyrillic words replaced. */
  static String normalize(String text) {
    char[] chars = text.toCharArray();
    int i = 0;
    while (i < chars.length) {
      if (!Character.isLetterOrDigit(chars[i])) {
        i++;
        continue;
      }
      int end = i;
      boolean cyrillic = false;
      boolean digit = false;
      boolean otherLatin = false;
      boolean lookAlike = false;
      while (end < chars.length && Character.isLetterOrDigit(chars[end])) {
        char c = chars[end];
        if (c >= '\u0400' && c <= '\u052F') { // Cyrillic and Cyrillic Supplement blocks
          cyrillic = true;
        } else if (Character.isDigit(c)) {
          digit = true;
        } else if (LATIN.indexOf(c) >= 0) {
          lookAlike = true;
        } else {
          otherLatin = true;
        }
        end++;
      }
      if (lookAlike && !otherLatin && (cyrillic || digit)) {
        for (int k = i; k < end; k++) {
          int at = LATIN.indexOf(chars[k]);
          if (at >= 0) {
            chars[k] = CYRILLIC.charAt(at);
          }
        }
      }
      i = end;
    }
    return new String(chars);
  }
}
