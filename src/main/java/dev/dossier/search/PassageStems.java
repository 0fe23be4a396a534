package dev.dossier.search;

import dev.dossier.analysis.RecordedTokens;
import dev.dossier.analysis.StopWords;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The words of a passage that a concordance counts, by the stemmed analyzer of the passage's
 * language: stems with a letter, stop words left out, each marked when it stands right after the
 * one before (a bigram of the two). A stop word or a number breaks the run; so does punctuation
 * between two words, so "авторитет, профсоюзные" is not a phrase.
 */
final class PassageStems {

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
  static PassageStems of(IndexSchema schema, String language, String text) {
    PassageStems words = new PassageStems(text);
    RecordedTokens tokens = schema.tokens(Fields.text(schema.indexLanguage(language)), text);
    CharArraySet stopWords = StopWords.of(language);
    boolean afterWord = false;
    int previousEnd = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String stem = tokens.term(i);
      String word = text.substring(tokens.start(i), tokens.end(i));
      if (stem.chars().noneMatch(Character::isLetter)
          || stopWords.contains(word.toLowerCase(java.util.Locale.ROOT))) {
        afterWord = false;
        continue;
      }
      boolean adjacent =
          afterWord
              && tokens.increment(i) == 1
              && text.substring(previousEnd, tokens.start(i))
                  .chars()
                  .noneMatch(ch -> PUNCTUATION.indexOf(ch) >= 0);
      words.stems.add(stem);
      words.spans.add(new int[] {tokens.start(i), tokens.end(i)});
      words.joined.add(adjacent);
      afterWord = true;
      previousEnd = tokens.end(i);
    }
    return words;
  }

  /** How many words are counted. */
  int size() {
    return stems.size();
  }

  /** The stem of word {@code i}. */
  String stem(int i) {
    return stems.get(i);
  }

  /** Whether word {@code i} makes a bigram with the word before it. */
  boolean joined(int i) {
    return joined.get(i);
  }

  /** A concordance's key of word {@code i}: its stem. */
  String unigram(int i) {
    return stems.get(i);
  }

  /**
   * A concordance's key of the bigram ending at word {@code i} (which is {@link #joined}): the two
   * stems.
   */
  String bigram(int i) {
    return stems.get(i - 1) + " " + stems.get(i);
  }

  /** Word {@code i} as the text writes it. */
  String surface(int i) {
    return text.substring(spans.get(i)[0], spans.get(i)[1]);
  }

  /** The bigram ending at word {@code i} as the text writes it. */
  String bigramSurface(int i) {
    return text.substring(spans.get(i - 1)[0], spans.get(i)[1]);
  }

  /**
   * Each stem and bigram with how often it occurs: words first, each bigram after its second word.
   */
  Map<String, Integer> grams() {
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
