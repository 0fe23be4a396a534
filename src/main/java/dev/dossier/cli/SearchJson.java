package dev.dossier.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.dossier.search.SearchHit;
import dev.dossier.search.SearchResults;
import dev.dossier.search.Snippet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code search --json} object, modelled on Elasticsearch's response. */
@JsonPropertyOrder({"took_ms", "total", "hits"})
record SearchJson(@JsonProperty("took_ms") long tookMs, long total, List<Hit> hits) {

  /** One hit; {@code highlight} maps a language code to its snippets, matches in {@code <em>}. */
  record Hit(String id, float score, String title, String date, Map<String, List<String>> highlight) {}

  static SearchJson of(SearchResults results) {
    return new SearchJson(results.tookMillis(), results.total(), results.hits().stream().map(SearchJson::hit).toList());
  }

  private static Hit hit(SearchHit hit) {
    Map<String, List<String>> highlight = new LinkedHashMap<>();
    hit.highlights().forEach((language, snippets) -> highlight.put(language, marked(snippets)));
    return new Hit(hit.id(), hit.score(), hit.title(), hit.date(), highlight);
  }

  private static List<String> marked(List<Snippet> snippets) {
    return snippets.stream().map(Markup.EM::apply).toList();
  }
}
