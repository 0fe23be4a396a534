package dev.dossier.search;

import com.ibm.icu.util.ULocale;
import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * ICU's sentence boundaries behind the JDK's {@link BreakIterator} type that the UnifiedHighlighter
 * takes. ICU's iterator works on the String itself; the JDK's goes through a CharacterIterator a
 * character at a time and took most of the time of a name query with many matches.
 *
 * <p>Boundaries are taken from ICU strictly forward ({@code next()}) and kept, so {@link
 * #following} and {@link #preceding} are binary searches over what was found. Called directly at
 * each match, ICU's own random access re-derives its position with its reverse rules and a forward
 * pass every time; for a name with fifty matches in a text that was most of the highlighting time.
 * The highlighter moves forward through a text, so one pass up to the last match is all the work.
 */
final class IcuSentenceBreakIterator extends BreakIterator {

  private final com.ibm.icu.text.BreakIterator icu =
      com.ibm.icu.text.BreakIterator.getSentenceInstance(ULocale.ROOT);
  private String text = "";

  /** The boundaries found so far, ascending; the first is 0. */
  private int[] bounds = new int[64];

  private int count;

  /** Whether ICU has given the last boundary. */
  private boolean complete;

  /** The index in {@link #bounds} of the current boundary. */
  private int current;

  @Override
  public int first() {
    current = 0;
    return bounds[0];
  }

  @Override
  public int last() {
    while (advance()) {
      // every boundary, up to the end
    }
    current = count - 1;
    return bounds[current];
  }

  @Override
  public int next(int n) {
    int result = current();
    for (int i = 0; i < n && result != DONE; i++) {
      result = next();
    }
    for (int i = 0; i > n && result != DONE; i--) {
      result = previous();
    }
    return result;
  }

  @Override
  public int next() {
    if (current + 1 >= count && !advance()) {
      return DONE;
    }
    return bounds[++current];
  }

  @Override
  public int previous() {
    if (current == 0) {
      return DONE;
    }
    return bounds[--current];
  }

  @Override
  public int following(int offset) {
    while (bounds[count - 1] <= offset && advance()) {
      // up to the first boundary after offset
    }
    int i = firstAbove(offset);
    if (i == count) {
      current = count - 1;
      return DONE;
    }
    current = i;
    return bounds[i];
  }

  @Override
  public int preceding(int offset) {
    while (bounds[count - 1] < offset && advance()) {
      // up to a boundary at or after offset
    }
    int i = firstAbove(offset - 1) - 1; // the last boundary below offset
    if (i < 0) {
      current = 0;
      return DONE;
    }
    current = i;
    return bounds[i];
  }

  @Override
  public int current() {
    return bounds[current];
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  @Override
  public void setText(String newText) {
    text = newText;
    icu.setText(unwrapLines(newText));
    bounds[0] = icu.first();
    count = 1;
    complete = false;
    current = 0;
  }

  /** Takes ICU's next boundary; false at the end. */
  private boolean advance() {
    if (complete) {
      return false;
    }
    int b = icu.next();
    if (b == com.ibm.icu.text.BreakIterator.DONE) {
      complete = true;
      return false;
    }
    if (count == bounds.length) {
      bounds = java.util.Arrays.copyOf(bounds, count * 2);
    }
    bounds[count++] = b;
    return true;
  }

  /**
   * The index of the first boundary found that is above {@code offset}; {@link #count} when none
   * is.
   */
  private int firstAbove(int offset) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (bounds[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The text with single line breaks made spaces, one character for one: ICU ends a sentence at
   * every line break, and OCR text breaks lines inside sentences; a blank line still ends a
   * paragraph.
   */
  static String unwrapLines(String text) {
    // visits the line breaks only (String.indexOf is an intrinsic): a short process runs this loop
    // interpreted, over
    // every text of the page
    char[] chars = null;
    int n = text.length();
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      boolean blankBefore = i > 0 && text.charAt(i - 1) == '\n';
      boolean blankAfter = i + 1 < n && text.charAt(i + 1) == '\n';
      if (!blankBefore && !blankAfter) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = ' ';
      }
    }
    return chars == null ? text : new String(chars);
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder sb = new StringBuilder();
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      sb.append(c);
    }
    setText(sb.toString());
  }
}
