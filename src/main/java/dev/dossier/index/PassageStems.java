package dev.dossier.index;

import dev.dossier.analysis.RecordedTokens;
import dev.dossier.analysis.StopWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The words of a passage that a concordance counts, by the stemmed analyzer of the passage's
 * language: stems with a letter, stop words left out, each marked when it stands right after the
 * one before (a bigram of the two): the next position of the text field, one character after it, a
 * character that is not punctuation. A stop word or a number breaks the run; so does punctuation or
 * more than one character between two words, so "авторитет, профсоюзные" is not a phrase.
 *
 * <p>Counted for a concordance's term and the passages it reads, and at index time for each aligned
 * passage's count of words and bigrams ({@link PassageMarkers}); the search side counts the same
 * words and bigrams in the postings of the text fields.
 */
public final class PassageStems {

  /** A bigram never spans these. */
  private static final String PUNCTUATION = ".,;:!?()[]\"«»—–";

  private final String text;
  private final List<String> stems = new ArrayList<>();
  private final List<int[]> spans = new ArrayList<>();
  private final List<Boolean> joined = new ArrayList<>();

  private PassageStems(String text) {
    this.text = text;
  }

  /** The counted words of {@code text}, a passage in {@code language}. */
  public static PassageStems of(IndexSchema schema, String language, String text) {
    return of(
        schema.tokens(Fields.text(schema.indexLanguage(language)), text),
        text,
        0,
        text.length(),
        language);
  }

  /**
   * The counted words of the passage from {@code start} to {@code end} of {@code text}, a text in
   * {@code language} whose stemmed analysis is {@code tokens}: the tokens wholly inside the
   * passage.
   */
  public static PassageStems of(
      RecordedTokens tokens, String text, int start, int end, String language) {
    PassageStems words = new PassageStems(text);
    CharArraySet stopWords = StopWords.of(language);
    boolean afterWord = false;
    int previousEnd = start;
    for (int i = tokens.firstAtOrAfter(start); i < tokens.size() && tokens.start(i) < end; i++) {
      if (tokens.end(i) > end) {
        break;
      }
      String stem = tokens.term(i);
      if (stem.chars().noneMatch(Character::isLetter)
          || stopWords.contains(
              text.substring(tokens.start(i), tokens.end(i)).toLowerCase(java.util.Locale.ROOT))) {
        afterWord = false;
        continue;
      }
      boolean adjacent =
          afterWord
              && tokens.increment(i) == 1
              && tokens.start(i) == previousEnd + 1
              && PUNCTUATION.indexOf(text.charAt(previousEnd)) < 0;
      words.stems.add(stem);
      words.spans.add(new int[] {tokens.start(i), tokens.end(i)});
      words.joined.add(adjacent);
      afterWord = true;
      previousEnd = tokens.end(i);
    }
    return words;
  }

  /** How many words are counted. */
  public int size() {
    return stems.size();
  }

  /** The stem of word {@code i}. */
  public String stem(int i) {
    return stems.get(i);
  }

  /** How many words and bigrams are counted. */
  public int gramCount() {
    int count = 0;
    for (int i = 0; i < size(); i++) {
      count += joined(i) ? 2 : 1;
    }
    return count;
  }

  /** Where word {@code i} starts in the text. */
  public int start(int i) {
    return spans.get(i)[0];
  }

  /** Whether word {@code i} makes a bigram with the word before it. */
  public boolean joined(int i) {
    return joined.get(i);
  }

  /** A concordance's key of word {@code i}: its stem. */
  public String unigram(int i) {
    return stems.get(i);
  }

  /**
   * A concordance's key of the bigram ending at word {@code i} (which is {@link #joined}): the two
   * stems.
   */
  public String bigram(int i) {
    return stems.get(i - 1) + " " + stems.get(i);
  }

  /** Word {@code i} as the text writes it. */
  public String surface(int i) {
    return text.substring(spans.get(i)[0], spans.get(i)[1]);
  }

  /** The bigram ending at word {@code i} as the text writes it. */
  public String bigramSurface(int i) {
    return text.substring(spans.get(i - 1)[0], spans.get(i)[1]);
  }

  /**
   * Each stem and bigram with how often it occurs: words first, each bigram after its second word.
   */
  public Map<String, Integer> grams() {
    Map<String, Integer> grams = new HashMap<>();
    for (int i = 0; i < size(); i++) {
      grams.merge(unigram(i), 1, Integer::sum);
      if (joined(i)) {
        grams.merge(bigram(i), 1, Integer::sum);
      }
    }
    return grams;
  }
}
