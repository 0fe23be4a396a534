package dev.dossier.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * A char filter that rewrites the whole text one character for one, so offsets need no correction:
 * the text is read once, transformed, and served from memory. Field texts are at most one
 * document's.
 */
abstract class OneToOneCharFilter extends BaseCharFilter {

  private String text;
  private int position;

  OneToOneCharFilter(Reader in) {
    super(in);
  }

  /** The transformed text; must have the same length as {@code text}. */
  abstract String transform(String text);

  @Override
  public final int read(char[] buffer, int offset, int length) throws IOException {
    if (text == null) {
      text = transform(readAll(input));
    }
    if (position >= text.length()) {
      return -1;
    }
    int n = Math.min(length, text.length() - position);
    text.getChars(position, position + n, buffer, offset);
    position += n;
    return n;
  }

  private static String readAll(Reader reader) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] chunk = new char[8192];
    for (int n; (n = reader.read(chunk)) != -1; ) {
      sb.append(chunk, 0, n);
    }
    return sb.toString();
  }
}
