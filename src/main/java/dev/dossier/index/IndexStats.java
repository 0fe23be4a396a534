package dev.dossier.index;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What an index holds.
 *
 * @param documents live documents
 * @param byLanguage documents by original language (ISO 639-1), most first
 * @param byDecade documents by decade of their date ("1960s"), oldest first, "undated" last
 * @param byMetadata for collection and type: documents by value, most first (at most {@code
 *     IndexInspector.TOP} values)
 * @param sizeBytes the index files' size on disk
 * @param lastCommit when the last commit was made
 * @param duplicates documents with the same text as another; empty when not counted (Solr)
 */
public record IndexStats(
    int documents,
    Map<String, Integer> byLanguage,
    Map<String, Integer> byDecade,
    Map<String, Map<String, Integer>> byMetadata,
    long sizeBytes,
    Optional<Instant> lastCommit,
    Optional<DuplicateTally> duplicates) {

  /**
   * The statistics of counts made over an index: languages and facet values most first (at most
   * {@code IndexInspector.TOP} values of each facet), decades oldest first as "1960s", "undated"
   * last; for the embedded index and a Solr collection alike. A size of -1 is unknown.
   */
  static IndexStats of(
      int documents,
      Map<String, Integer> languages,
      Map<Integer, Integer> decades,
      int undated,
      Map<String, Map<String, Integer>> facets,
      long sizeBytes,
      Optional<Instant> lastCommit,
      Optional<DuplicateTally> duplicates) {
    Map<String, Integer> byDecade = new java.util.LinkedHashMap<>();
    new java.util.TreeMap<>(decades).forEach((decade, n) -> byDecade.put(decade + "s", n));
    if (undated > 0) {
      byDecade.put("undated", undated);
    }
    Map<String, Map<String, Integer>> byMetadata = new java.util.LinkedHashMap<>();
    facets.forEach(
        (name, counts) ->
            byMetadata.put(name, FacetLabels.top(FacetLabels.merge(counts), IndexInspector.TOP)));
    return new IndexStats(
        documents,
        top(languages, Integer.MAX_VALUE),
        byDecade,
        byMetadata,
        sizeBytes,
        lastCommit,
        duplicates);
  }

  /** The {@code limit} largest counts, most first, ties by name. */
  private static Map<String, Integer> top(Map<String, Integer> counts, int limit) {
    Map<String, Integer> top = new java.util.LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }
}
