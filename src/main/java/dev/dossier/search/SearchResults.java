package dev.dossier.search;

import java.util.List;

/**
 * The answer to one {@link SearchRequest}.
 *
 * @param tookMillis time spent searching and highlighting
 * @param total how many documents match in all
 * @param hits the requested page of hits
 */
public record SearchResults(long tookMillis, long total, List<SearchHit> hits) {
  public SearchResults {
    hits = List.copyOf(hits);
  }
}
