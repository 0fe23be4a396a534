package dev.dossier.search;

import java.util.List;

/**
 * The answer to one {@link SearchRequest}.
 *
 * @param tookMillis time spent searching and highlighting
 * @param total how many documents match in all, or at least (see {@code totalIsLowerBound})
 * @param totalIsLowerBound whether more documents than {@code total} may match: counting stops at
 *     1,000 (the rest is not scored)
 * @param hits the requested page of hits
 * @param facets for each requested facet field, the matching documents by value, most first (all
 *     matches counted)
 * @param similar how many more documents match only by similarity (not listed unless asked for), at
 *     least that many when {@code similarIsLowerBound}
 * @param similarIsLowerBound whether the similar count stopped at 1,000
 * @param similarListed whether {@code hits} are the similar matches: listed because nothing matches
 *     for certain
 */
public record SearchResults(
    long tookMillis,
    long total,
    boolean totalIsLowerBound,
    List<SearchHit> hits,
    java.util.Map<String, java.util.Map<String, Integer>> facets,
    long similar,
    boolean similarIsLowerBound,
    boolean similarListed) {
  public SearchResults {
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
  }
}
