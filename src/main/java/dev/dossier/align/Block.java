package dev.dossier.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A paragraph of a text (separated by blank lines), with its character range. */
record Block(int index, int start, int end, String text) {

  private static final Pattern PARAGRAPH = Pattern.compile("\\S(?:.|\\n(?![ \\t\\x0B\\f\\r]*\\n))*");

  /** The paragraphs of {@code text}, in order. */
  static List<Block> of(String text) {
    List<Block> blocks = new ArrayList<>();
    Matcher m = PARAGRAPH.matcher(text);
    while (m.find()) {
      int end = m.end();
      while (end > m.start() && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      blocks.add(new Block(blocks.size(), m.start(), end, text.substring(m.start(), end)));
    }
    return blocks;
  }

  /** Letters and digits: the length Gale–Church compares, blind to spacing and punctuation habits. */
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
