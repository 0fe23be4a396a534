package dev.dossier.search;

import dev.dossier.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a {@link Concordance} together from what an index gives, the same whether it is the embedded
 * index or the shards of a collection: the first documents holding the term ({@link
 * ConcordanceShard#part}, merged across shards), whose pairs are shown and whose counterpart
 * passages in the target language propose the candidate translations (their stems and stem bigrams,
 * stop words excluded; a bigram never spans one); then the counts of the candidates in all the
 * term's pairs and in all aligned passages of the index ({@link ConcordanceShard#tally}, added up
 * across shards), ranked by {@link TranslationRanking}.
 *
 * <p>Candidates are counted in rounds, the most frequent in the pairs read first, until no
 * candidate left can reach the list: each round's best are compared with the best score a candidate
 * not yet counted can have ({@link TranslationRanking.Candidates#bound}), the threshold algorithm
 * of Fagin, Lotem and Naor ("Optimal aggregation algorithms for middleware", PODS 2001). When every
 * pair was read the list is the one counting every candidate gives.
 */
final class ConcordanceBuilder {

  /**
   * Documents read at least, when fewer pairs are shown: the counterparts of their first {@link
   * #SAMPLE_PAIRS} pairs propose the candidate translations.
   */
  static final int SAMPLE_DOCUMENTS = 100;

  /**
   * Counterparts that propose the candidate translations, unless every pair is shown: a translation
   * that stands in a tenth of a term's pairs is all but certain to be among them.
   */
  static final int SAMPLE_PAIRS = 200;

  /**
   * Candidates counted in a round: after each, the candidates left whose best possible score is
   * below the list's last are not counted.
   */
  private static final int ROUND = 64;

  /**
   * Candidates counted at most unless every pair is shown: when the best scores are all low (a term
   * with no steady translation), no bound rules the rest out, and counting every candidate of a
   * frequent term at archive scale takes tens of seconds. The concordance then says so ({@link
   * Concordance#allCounted}).
   */
  static final int MAX_COUNTED = 320;

  /**
   * Counts candidate translations in the aligned pairs of an index (or of each shard, added up).
   */
  interface Tallier {
    /**
     * The pairs whose side in {@code source} (a declared language) holds the term of {@code
     * termWords} ({@link ConcordanceShard#termWords}) and whose other side is in {@code target} (a
     * document's language code), with {@code keys} counted in them and in all target passages.
     */
    PassageTally count(String source, String target, List<String> termWords, List<String> keys)
        throws IOException;
  }

  private ConcordanceBuilder() {}

  /** The documents a concordance that shows {@code pairs} pairs reads. */
  static int documentsToRead(int pairs) {
    return pairs == Concordance.ALL_PAIRS
        ? ConcordancePart.MAX_DOCUMENTS
        : Math.max(pairs, SAMPLE_DOCUMENTS);
  }

  /**
   * The concordance of {@code term} from the documents of {@code part}, the first {@code pairs}
   * pairs shown, with at most {@code candidates} candidate translations counted by {@code tallier}.
   */
  static Concordance assemble(
      IndexSchema schema,
      String term,
      ConcordancePart part,
      int pairs,
      int candidates,
      Tallier tallier)
      throws IOException {
    List<Concordance.Line> lines = new ArrayList<>();
    String targetLanguage = null;
    List<String> counterparts = new ArrayList<>();
    int pairsRead = 0;
    for (ConcordanceDocument doc : part.documents()) {
      for (ParallelPair pair : doc.pairs()) {
        pairsRead++;
        if (lines.size() < pairs) {
          lines.add(new Concordance.Line(doc.id(), pair.original(), pair.translation()));
        }
        String counterpart = (doc.termInOriginal() ? pair.translation() : pair.original()).text();
        // the first document's other language is the target; documents translated into another are
        // left out
        if (!counterpart.isEmpty() && !doc.otherLanguage().isEmpty()) {
          targetLanguage = targetLanguage == null ? doc.otherLanguage() : targetLanguage;
          if (doc.otherLanguage().equals(targetLanguage)
              && (pairs == Concordance.ALL_PAIRS || counterparts.size() < SAMPLE_PAIRS)) {
            counterparts.add(counterpart);
          }
        }
      }
    }
    boolean allRead = part.documents().size() == part.total();
    boolean complete = allRead && lines.size() == pairsRead;
    boolean everyCounterpart =
        allRead && (pairs == Concordance.ALL_PAIRS || pairsRead <= SAMPLE_PAIRS);
    List<String> termWords = new ConcordanceShard(schema).termWords(term, part.language());
    if (targetLanguage == null || candidates == 0 || termWords.isEmpty()) {
      return new Concordance(
          term, part.language(), part.total(), complete, lines, 0, List.of(), true);
    }
    TranslationRanking.Candidates found =
        new TranslationRanking(schema).candidates(targetLanguage, counterparts, everyCounterpart);
    List<String> keys = found.keys();
    int most = pairs == Concordance.ALL_PAIRS ? keys.size() : MAX_COUNTED;
    Map<String, int[]> counted = new HashMap<>();
    PassageTally tally = PassageTally.NONE;
    TranslationRanking.Ranking ranking = null;
    boolean allCounted = true;
    for (int from = 0; from < keys.size(); from += ROUND) {
      if (from >= most) {
        allCounted = false;
        break;
      }
      List<String> batch = keys.subList(from, Math.min(keys.size(), from + ROUND));
      PassageTally t = tallier.count(part.language(), targetLanguage, termWords, batch);
      counted.putAll(t.byKey());
      tally = new PassageTally(t.termPairs(), t.termGrams(), t.passages(), t.grams(), counted);
      ranking = found.rank(tally, candidates);
      int next = from + batch.size();
      if (next < keys.size()
          && ranking.lowest() >= 0
          && ranking.lowest() > found.bound(keys.get(next), tally.termPairs())) {
        break;
      }
    }
    return new Concordance(
        term,
        part.language(),
        part.total(),
        complete,
        lines,
        tally.termPairs(),
        ranking == null ? List.of() : found.describe(ranking),
        allCounted);
  }
}
