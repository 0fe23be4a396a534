package dev.dossier.search;

import java.util.Comparator;
import java.util.List;

/**
 * One document's aligned passage pairs that hold a concordance's term, term marked.
 *
 * @param id the document's id
 * @param day the first day its date covers (epoch day), {@link Long#MAX_VALUE} when undated
 * @param otherLanguage the language of its text the term is not in (a document's code), empty when
 *     it has one text only
 * @param termInOriginal whether the term is in its original, not its translation
 * @param pairs its pairs holding the term, in text order
 */
public record ConcordanceDocument(
    String id, long day, String otherLanguage, boolean termInOriginal, List<ParallelPair> pairs) {

  /**
   * A concordance's order, the same on one index and across the shards of a collection: oldest
   * first, undated last, then by id.
   */
  public static final Comparator<ConcordanceDocument> ORDER =
      Comparator.comparingLong(ConcordanceDocument::day).thenComparing(ConcordanceDocument::id);

  public ConcordanceDocument {
    pairs = List.copyOf(pairs);
  }
}
