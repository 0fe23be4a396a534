package dev.dossier.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each name-like word of a text by its {@link NameKey} terms, at the word's position and
 * offsets: {@code t:<translit>} and one {@code p:<code>:<translit>} per phonetic code. Other words
 * are dropped, so keys are computed, and indexed, only for names. Must run before lowercasing.
 *
 * <p>A word is name-like when it is capitalised (Гевара, АЛЕКСЕЕВА, Guevara) and the same text does
 * not also have it in lowercase: "The" or "Это" at the start of a sentence is an ordinary word the
 * text writes in lowercase elsewhere; a name is capitalised wherever it stands. This is the
 * document-centred treatment of capitalised words of A. Mikheev, "Periods, Capitalized Words, etc."
 * (Computational Linguistics 28(3), 2002), and it saves the costly phonetic encoding of most
 * sentence-initial words. So the filter reads the whole text before it emits.
 *
 * <p>The phonetic term carries the translit key after it so that a query can find, from a phonetic
 * code, the translit keys of the words that have it (the seeds of OCR-fuzzy matching), with a
 * prefix enumeration of terms.
 */
public final class NameKeyFilter extends TokenFilter {

  /** Prefix of translit-key terms. */
  public static final String TRANSLIT = "t:";

  /** Prefix of phonetic-code terms. */
  public static final String PHONETIC = "p:";

  private final NameKeyCache keys;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);

  /**
   * The capitalised words of the text, in order, with the position increment since the previous
   * one.
   */
  private final List<Candidate> candidates = new ArrayList<>();

  private final Deque<String> pending = new ArrayDeque<>();
  private boolean read;
  private int next;
  private State current;

  private record Candidate(String word, State state, int increment) {}

  /** Wraps {@code input}; the keys of its names come from {@code keys}. */
  public NameKeyFilter(TokenStream input, NameKeyCache keys) {
    super(input);
    this.keys = keys;
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
    if (!read) {
      dropOrdinary(readAll());
    }
    int skipped = 0;
    while (next < candidates.size()) {
      Candidate candidate = candidates.get(next++);
      NameKey key = candidate.state() == null ? null : keys.of(candidate.word());
      if (key != null && !key.translit().isEmpty()) {
        restoreState(candidate.state());
        for (String code : key.phonetic()) {
          pending.add(phoneticTerm(code, key.translit()));
        }
        position.setPositionIncrement(candidate.increment() + skipped);
        term.setEmpty().append(TRANSLIT).append(key.translit());
        current = captureState();
        return true;
      }
      skipped += candidate.increment();
    }
    return false;
  }

  /**
   * Reads the whole input: the capitalised words with their states, and the set of lowercase words.
   */
  private Set<String> readAll() throws IOException {
    read = true;
    Set<String> lowercase = new HashSet<>();
    int skipped = 0;
    while (input.incrementToken()) {
      skipped += position.getPositionIncrement();
      int first = Character.codePointAt(term, 0);
      if (term.length() > 1 && Character.isUpperCase(first) && !hasDigit(term)) {
        candidates.add(new Candidate(term.toString(), captureState(), skipped));
        skipped = 0;
      } else if (Character.isLowerCase(first)) {
        lowercase.add(term.toString());
      }
    }
    return lowercase;
  }

  /** Whether a token has a digit: HAG49, Ky89 are OCR debris or references, not names. */
  private static boolean hasDigit(CharSequence term) {
    for (int i = 0; i < term.length(); i++) {
      if (Character.isDigit(term.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Marks (state null) the capitalised words the text also writes in lowercase: ordinary words. */
  private void dropOrdinary(Set<String> lowercase) {
    if (lowercase.isEmpty()) {
      return;
    }
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (lowercase.contains(c.word().toLowerCase(Locale.ROOT))) {
        candidates.set(i, new Candidate(c.word(), null, c.increment()));
      }
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    candidates.clear();
    pending.clear();
    read = false;
    next = 0;
    current = null;
  }
}
