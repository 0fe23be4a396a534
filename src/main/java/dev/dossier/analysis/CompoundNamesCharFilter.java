package dev.dossier.analysis;

import java.io.Reader;

/**
 * Gives the later parts of a hyphenated name the capital of its first part: Цзо-лин, Кай-ши,
 * Yat-sen, Ким Ир-сен are written with their later syllables in lowercase, as Chinese and Korean
 * given names are, and would not be taken for names (only capitalised words are). A part is taken
 * to belong to the name when it is short (at most {@link #MAX_PART} letters, a syllable), so that
 * Soviet-made or Франко-германский keep their ordinary second word. One character for one: offsets
 * are unchanged, and the fields that lowercase see no difference.
 */
public final class CompoundNamesCharFilter extends OneToOneCharFilter {

  /**
   * The longest later part taken as a syllable of the name (Palladius чжуань, Wade-Giles hsiang).
   */
  static final int MAX_PART = 6;

  /** Wraps {@code in}. */
  public CompoundNamesCharFilter(Reader in) {
    super(in);
  }

  @Override
  String transform(String text) {
    return capitalise(text);
  }

  /** The text with the short lowercase later parts of capitalised hyphenated words capitalised. */
  public static String capitalise(String text) {
    int hyphen = nextHyphen(text, 0);
    if (hyphen < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int h = hyphen; h >= 0; h = nextHyphen(text, h + 1)) {
      if (h == 0 || h + 1 >= chars.length || !Character.isLetter(chars[h - 1])) {
        continue;
      }
      int start = h - 1; // the start of the part before the hyphen
      while (start > 0 && Character.isLetter(chars[start - 1])) {
        start--;
      }
      boolean named = Character.isUpperCase(chars[start]); // a later part capitalised before
      int end = h + 1;
      while (end < chars.length && Character.isLetter(chars[end])) {
        end++;
      }
      int length = end - (h + 1);
      if (named
          && length >= 1
          && length <= MAX_PART
          && Character.isLowerCase(chars[h + 1])
          && isLowercase(chars, h + 1, end)) {
        char upper = Character.toUpperCase(chars[h + 1]);
        if (Character.isUpperCase(upper)) {
          chars[h + 1] = upper;
        }
      }
    }
    return new String(chars);
  }

  private static boolean isLowercase(char[] chars, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isLowerCase(chars[i])) {
        return false;
      }
    }
    return true;
  }

  private static int nextHyphen(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (isHyphen(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }
}
