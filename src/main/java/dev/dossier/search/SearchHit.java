package dev.dossier.search;

import java.util.List;
import java.util.Map;

/**
 * One matching document.
 *
 * @param date the date at its precision (EDTF: "1958", "1960~"), empty when undated
 * @param collection the first collection the document belongs to, empty when none
 * @param highlights snippets by text language (ISO 639-1 code), the original's language first
 * @param matches with --explain, each distinct highlighted word and the level it matched at; else
 *     empty
 * @param parallel with --parallel, the matching passages with their aligned counterparts; else
 *     empty
 */
public record SearchHit(
    String id,
    float score,
    String title,
    String date,
    String collection,
    Map<String, List<Snippet>> highlights,
    List<MatchedWord> matches,
    List<ParallelPair> parallel) {
  public SearchHit {
    matches = List.copyOf(matches);
    parallel = List.copyOf(parallel);
  }

  /** This hit with another score: a Solr shard's hit, scored by the response that lists it. */
  public SearchHit withScore(float newScore) {
    return new SearchHit(id, newScore, title, date, collection, highlights, matches, parallel);
  }

  /** The best level among the matched words; empty without --explain. */
  public java.util.Optional<MatchLevel> level() {
    return matches.stream().map(MatchedWord::level).min(java.util.Comparator.naturalOrder());
  }
}
