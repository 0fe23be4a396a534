package dev.dossier.align;

import java.util.ArrayList;
import java.util.List;

/** A paragraph of a text (separated by blank lines), with its character range. */
record Block(int index, int start, int end, String text) {

  /**
   * The paragraphs of {@code text} (separated by a line holding only white space), in order. A
   * plain scan: a regular expression with an alternation inside a repetition recursed once per
   * character and overflowed the stack on paragraphs of a few thousand characters.
   */
  static List<Block> of(String text) {
    List<Block> blocks = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      int end = i;
      while (i < n) {
        int lineEnd = text.indexOf('\n', i);
        if (lineEnd < 0) {
          lineEnd = n;
        }
        if (text.substring(i, lineEnd).isBlank() && i > start) {
          break; // a blank line ends the paragraph
        }
        end = lineEnd;
        i = lineEnd + 1;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      blocks.add(new Block(blocks.size(), start, end, text.substring(start, end)));
    }
    return blocks;
  }

  /**
   * Letters and digits: the length Gale–Church compares, blind to spacing and punctuation habits.
   */
  int length() {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
