package dev.dossier.search;

import com.ibm.icu.util.ULocale;
import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * ICU's sentence boundaries behind the JDK's {@link BreakIterator} type that the UnifiedHighlighter takes. ICU's
 * iterator works on the String itself; the JDK's goes through a CharacterIterator a character at a time and took
 * most of the time of a name query with many matches.
 */
final class IcuSentenceBreakIterator extends BreakIterator {

  private final com.ibm.icu.text.BreakIterator icu = com.ibm.icu.text.BreakIterator.getSentenceInstance(ULocale.ROOT);
  private String text = "";

  @Override
  public int first() {
    return icu.first();
  }

  @Override
  public int last() {
    return icu.last();
  }

  @Override
  public int next(int n) {
    return icu.next(n);
  }

  @Override
  public int next() {
    return icu.next();
  }

  @Override
  public int previous() {
    return icu.previous();
  }

  @Override
  public int following(int offset) {
    return icu.following(offset);
  }

  @Override
  public int preceding(int offset) {
    return icu.preceding(offset);
  }

  @Override
  public int current() {
    return icu.current();
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  @Override
  public void setText(String newText) {
    text = newText;
    icu.setText(unwrapLines(newText));
  }

  /**
   * The text with single line breaks made spaces, one character for one: ICU ends a sentence at every line break,
   * and OCR text breaks lines inside sentences; a blank line still ends a paragraph.
   */
  static String unwrapLines(String text) {
    // visits the line breaks only (String.indexOf is an intrinsic): a short process runs this loop interpreted, over
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
