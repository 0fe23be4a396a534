package dev.dossier.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Replaces Latin letters that look like Cyrillic ones (a, c, e, o, p, x, y, A, B, C, E, H, K, M, O, P, T, X) inside
 * words that are otherwise Cyrillic, as OCR produces them ("Гeвара" with a Latin e). A word made only of such
 * letters and digits ("Ky89") is taken as Cyrillic too. The mapping is one character for one, so offsets are
 * unchanged and highlights land on the raw text. The look-alike pairs are those of Unicode's confusables data
 * (UTS #39) between the Latin and Cyrillic scripts.
 */
public final class CyrillicConfusablesCharFilter extends BaseCharFilter {

  private static final String LATIN = "aceopxyABCEHKMOPTX";
  private static final String CYRILLIC = "асеорхуАВСЕНКМОРТХ";

  private String text;
  private int position;

  /** Wraps {@code in}. */
  public CyrillicConfusablesCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (text == null) {
      text = normalize(readAll(input));
    }
    if (position >= text.length()) {
      return -1;
    }
    int n = Math.min(length, text.length() - position);
    text.getChars(position, position + n, buffer, offset);
    position += n;
    return n;
  }

  static String readAll(Reader reader) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] chunk = new char[8192];
    for (int n; (n = reader.read(chunk)) != -1; ) {
      sb.append(chunk, 0, n);
    }
    return sb.toString();
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
