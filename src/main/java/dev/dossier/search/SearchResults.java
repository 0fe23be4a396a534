package dev.dossier.search;

import java.util.List;

/**
 * The answer to one {@link SearchRequest}.
 *
 * @param tookMillis time spent searching and highlighting
 * @param total how many documents match in all, or at least (see {@code totalIsLowerBound})
 * @param totalIsLowerBound whether more documents than {@code total} may match: counting stops at 1,000 (the rest is not scored)
 * @param hits the requested page of hits
 */
public record SearchResults(long tookMillis, long total, boolean totalIsLowerBound, List<SearchHit> hits) {
  public SearchResults {
    hits = List.copyOf(hits);
  }
}
