package dev.dossier.search;

import dev.dossier.index.FacetLabels;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Every matching document counted by the values of each facet field, with Lucene's {@code
 * StringValueFacetCounts} over the metadata's sorted-set doc values: a second pass over the
 * matches, made only when facets are asked for.
 */
final class FacetCounts {

  /** Facet values listed per field. */
  static final int FACET_VALUES = 10;

  private FacetCounts() {}

  /**
   * The most frequent values of each of {@code fields} among the documents {@code query} matches,
   * by field.
   */
  static Map<String, Map<String, Integer>> of(
      IndexSearcher searcher, Query query, List<String> fields) throws IOException {
    FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    for (String field : fields) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      // all values, then merged: a spelling cut from the top ten may belong to one in it
      FacetResult result =
          new StringValueFacetCounts(
                  new StringDocValuesReaderState(searcher.getIndexReader(), field), matches)
              .getAllChildren(field);
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          counts.put(lv.label, lv.value.intValue());
        }
      }
      facets.put(field, FacetLabels.top(FacetLabels.merge(counts), FACET_VALUES));
    }
    return facets;
  }
}
