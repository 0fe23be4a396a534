package dev.dossier.index;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.model.MetadataField;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code dossier stats --solr URL}: what a Dossier collection on SolrCloud holds, counted as {@link
 * IndexInspector#stats} counts the embedded index, by one request of field facets over the same doc
 * values (original language, the day of the date, collection, type). Solr's own files are Solr's
 * business: their size and last commit are not reported.
 */
public final class SolrInspector {

  private SolrInspector() {}

  /** The statistics of the collection at {@code url}. */
  public static IndexStats stats(String url) throws IOException, NoCollectionException {
    SolrHttp solr = SolrHttp.of(url);
    StringBuilder query = new StringBuilder();
    SolrHttp.param(query, "q", "*:*");
    SolrHttp.param(query, "defType", "lucene");
    SolrHttp.param(query, "rows", "0");
    SolrHttp.param(query, "wt", "json");
    SolrHttp.param(query, "facet", "true");
    SolrHttp.param(query, "facet.limit", "-1");
    SolrHttp.param(query, "facet.mincount", "1");
    SolrHttp.param(query, "facet.missing", "true");
    SolrHttp.param(query, "facet.field", Fields.ORIGINAL_LANGUAGE);
    SolrHttp.param(query, "facet.field", Fields.DATE_SORT);
    for (MetadataField field : IndexInspector.FACETS) {
      SolrHttp.param(query, "facet.field", Fields.metadata(field));
    }
    JsonNode answer;
    try {
      answer = solr.get("/select", query.toString());
    } catch (SolrHttp.BadRequest e) {
      throw solr.refusal("is no Dossier collection", e);
    }
    JsonNode fields = answer.path("facet_counts").path("facet_fields");
    Map<String, Integer> languages = counts(fields.path(Fields.ORIGINAL_LANGUAGE), "und");
    Map<Integer, Integer> decades = new HashMap<>();
    Map<String, Integer> days = counts(fields.path(Fields.DATE_SORT), null);
    int undated = days.getOrDefault(null, 0);
    days.forEach(
        (day, n) -> {
          if (day != null) {
            int year = LocalDate.ofEpochDay(Long.parseLong(day)).getYear();
            decades.merge(Math.floorDiv(year, 10) * 10, n, Integer::sum);
          }
        });
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    for (MetadataField field : IndexInspector.FACETS) {
      Map<String, Integer> counts = counts(fields.path(Fields.metadata(field)), null);
      counts.remove(null); // a document without the field is not counted under it
      facets.put(field.fieldName(), counts);
    }
    return IndexStats.of(
        answer.path("response").path("numFound").asInt(),
        languages,
        decades,
        undated,
        facets,
        -1,
        Optional.empty(),
        Optional.empty()); // duplicates are counted on the embedded index
  }

  /**
   * Solr's facet list {@code [value, count, value, count, ..., null, missing]} as a map; the count
   * of the documents without the field under {@code missing}.
   */
  private static Map<String, Integer> counts(JsonNode list, String missing) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + 1 < list.size(); i += 2) {
      String value = list.get(i).isNull() ? missing : list.get(i).asText();
      int n = list.get(i + 1).asInt();
      if (n > 0) {
        counts.merge(value, n, Integer::sum);
      }
    }
    return counts;
  }
}
