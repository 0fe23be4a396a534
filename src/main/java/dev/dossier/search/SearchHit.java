package dev.dossier.search;

import java.util.List;
import java.util.Map;

/**
 * One matching document.
 *
 * @param date the date at its precision (EDTF: "1958", "1960~"), empty when undated
 * @param collection the first collection the document belongs to, empty when none
 * @param series the first volume or series within the collection, empty when none
 * @param url the document's page at its archive, empty when none
 * @param highlights snippets by text language (ISO 639-1 code), the original's language first
 * @param matches with --explain, each distinct highlighted word and the level it matched at; else
 *     empty
 * @param parallel with --parallel, the matching passages with their aligned counterparts; else
 *     empty
 * @param alsoIn the ids of the other documents with the same text (duplicates), best first; empty
 *     when there are none
 */
public record SearchHit(
    String id,
    float score,
    String title,
    String date,
    String collection,
    String series,
    String url,
    Map<String, List<Snippet>> highlights,
    List<MatchedWord> matches,
    List<ParallelPair> parallel,
    List<String> alsoIn) {
  public SearchHit {
    matches = List.copyOf(matches);
    parallel = List.copyOf(parallel);
    alsoIn = alsoIn == null ? List.of() : List.copyOf(alsoIn);
  }

  /** This hit with another score: a Solr shard's hit, scored by the response that lists it. */
  public SearchHit withScore(float newScore) {
    return new SearchHit(
        id, newScore, title, date, collection, series, url, highlights, matches, parallel, alsoIn);
  }

  /** This hit, listing {@code ids} as its duplicates. */
  public SearchHit withAlsoIn(List<String> ids) {
    return new SearchHit(
        id, score, title, date, collection, series, url, highlights, matches, parallel, ids);
  }

  /** The best level among the matched words; empty without --explain. */
  public java.util.Optional<MatchLevel> level() {
    return matches.stream().map(MatchedWord::level).min(java.util.Comparator.naturalOrder());
  }
}
