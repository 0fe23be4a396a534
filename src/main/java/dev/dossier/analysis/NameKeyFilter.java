package dev.dossier.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each capitalised word (a name candidate: Гевара, АЛЕКСЕЕВА, Guevara) by its {@link NameKey} terms, at
 * the word's position and offsets: {@code t:<translit>} and one {@code p:<code>:<translit>} per phonetic code.
 * Other words are dropped, so keys are computed, and indexed, only for name-like words. Must run before
 * lowercasing.
 *
 * <p>The phonetic term carries the translit key after it so that a query can find, from a phonetic code, the
 * translit keys of the words that have it (the seeds of OCR-fuzzy matching), with a prefix enumeration of terms.
 */
public final class NameKeyFilter extends TokenFilter {

  /** Prefix of translit-key terms. */
  public static final String TRANSLIT = "t:";
  /** Prefix of phonetic-code terms. */
  public static final String PHONETIC = "p:";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final Deque<String> pending = new ArrayDeque<>();
  private State current;

  /** Wraps {@code input}. */
  public NameKeyFilter(TokenStream input) {
    super(input);
  }

  /** The term of a phonetic code, followed by the translit key it was computed from. */
  public static String phoneticTerm(String code, String translit) {
    return PHONETIC + code + ":" + translit;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(current);
      term.setEmpty().append(pending.poll());
      position.setPositionIncrement(0);
      return true;
    }
    int skipped = 0;
    while (input.incrementToken()) {
      if (isNameLike(term) ) {
        NameKey key = NameKeys.of(term.toString());
        if (!key.translit().isEmpty()) {
          for (String code : key.phonetic()) {
            pending.add(phoneticTerm(code, key.translit()));
          }
          position.setPositionIncrement(position.getPositionIncrement() + skipped);
          term.setEmpty().append(TRANSLIT).append(key.translit());
          current = captureState();
          return true;
        }
      }
      skipped += position.getPositionIncrement();
    }
    return false;
  }

  private static boolean isNameLike(CharSequence word) {
    return word.length() > 1 && Character.isUpperCase(Character.codePointAt(word, 0));
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    current = null;
  }
}
