package dev.dossier.search;

import com.ibm.icu.lang.UScript;
import dev.dossier.index.IndexSchema;
import dev.dossier.ingest.language.Scripts;
import java.util.List;

/**
 * "How was this translated?": the aligned passage pairs in which a term occurs (any inflected
 * form), the first ones or all, and the words and phrases of the other language that stand most
 * often in the counterpart passages of all its pairs.
 *
 * @param term the term as asked
 * @param language the language it was found to be in
 * @param documents how many documents hold it
 * @param complete whether {@code pairs} are all the pairs of those documents, not the first ones
 * @param pairs the pairs holding it, the term marked, oldest document first
 * @param counterparts how many of its pairs in the whole index have a counterpart in the language
 *     of the translations (0 when none was counted)
 * @param translations candidate translations, best first
 * @param allCounted whether every candidate that could enter {@code translations} was counted;
 *     false when the counting stopped at {@code ConcordanceBuilder.MAX_COUNTED}, the candidates
 *     most frequent in the pairs read
 */
public record Concordance(
    String term,
    String language,
    int documents,
    boolean complete,
    List<Line> pairs,
    int counterparts,
    List<Candidate> translations,
    boolean allCounted) {

  /** Candidate translations a concordance lists at most. */
  public static final int MAX_CANDIDATES = 1_000;

  /** The pairs a concordance shows unless asked for another number. */
  public static final int DEFAULT_PAIRS = 50;

  /** Asks for every pair. */
  public static final int ALL_PAIRS = Integer.MAX_VALUE;

  /** One pair of one document. */
  public record Line(String id, Snippet original, Snippet translation) {}

  /**
   * A word or phrase of the other language.
   *
   * @param text its most frequent form in the counterpart passages
   * @param score Dice coefficient between "the pair holds the term" and "the counterpart holds
   *     this", over all the aligned pairs of the index
   * @param pairs how many of the term's pairs (in the whole index) hold it in their counterpart
   */
  public record Candidate(String text, double score, int pairs) {}

  /**
   * The declared language a term is written in, by its script: the first whose script holds most of
   * its letters.
   */
  static String languageOf(String term, IndexSchema schema) {
    long letters = Scripts.letters(term);
    for (String language : schema.languages()) {
      int script = Scripts.of(language, UScript.INVALID_CODE);
      if (script != UScript.INVALID_CODE && Scripts.letters(term, script) * 2 > letters) {
        return language;
      }
    }
    return schema.languages().get(0);
  }
}
