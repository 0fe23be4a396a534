package dev.dossier.analysis;

import java.io.Reader;

/**
 * Turns a full stop between two letters into a space ("Э.Гевара", "ГКЭС.Сказал", "В.И.Ленина"),
 * which OCR and typists leave without the space, so the tokenizer sees two words. One character for
 * one: offsets are unchanged. Does what a patternReplace char filter with {@code
 * (?<=\p{L})\.(?=\p{L})} did, without a regular expression over every text of every field.
 */
public final class WordDotsCharFilter extends OneToOneCharFilter {

  /** Wraps {@code in}. */
  public WordDotsCharFilter(Reader in) {
    super(in);
  }

  @Override
  String transform(String text) {
    return split(text);
  }

  /** The text with every full stop between two letters made a space. */
  static String split(String text) {
    int dot = text.indexOf('.');
    if (dot < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = dot; i < chars.length - 1; i++) {
      if (chars[i] == '.'
          && i > 0
          && Character.isLetter(chars[i - 1])
          && Character.isLetter(chars[i + 1])) {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }
}
