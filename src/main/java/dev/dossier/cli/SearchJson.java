package dev.dossier.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.dossier.search.MatchLevel;
import dev.dossier.search.SearchHit;
import dev.dossier.search.SearchRequest;
import dev.dossier.search.SearchResults;
import dev.dossier.search.Snippet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code search --json} object, modelled on Elasticsearch's response. */
@JsonPropertyOrder({
  "took_ms",
  "total",
  "total_relation",
  "similar",
  "similar_relation",
  "similar_listed",
  "hits",
  "facets"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
record SearchJson(
    @JsonProperty("took_ms") long tookMs,
    long total,
    /**
     * "eq" when {@code total} is exact, "gte" when more may match (Elasticsearch's
     * hits.total.relation).
     */
    @JsonProperty("total_relation") String totalRelation,
    /**
     * Documents that match only by similarity (a shared sound code, one OCR edit), not in {@code
     * total} and not in {@code hits} unless --similar; absent when there are none (or with
     * --similar).
     */
    Long similar,
    /** "eq" or "gte", as for {@code total}; absent with {@code similar}. */
    @JsonProperty("similar_relation") String similarRelation,
    /**
     * true when {@code hits} are the similar matches, listed because nothing matches for certain
     * ({@code total} 0).
     */
    @JsonProperty("similar_listed") Boolean similarListed,
    List<Hit> hits,
    /**
     * With --facet: each field's values and how many matching documents have them (all matches
     * counted).
     */
    Map<String, Map<String, Integer>> facets) {

  /** One hit; {@code highlight} maps a language code to its snippets, matches in {@code <em>}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Hit(
      String id,
      float score,
      String title,
      String date,
      String collection,
      String series,
      String url,
      Map<String, List<String>> highlight,
      List<Pair> parallel,
      Explain explain,
      /** The ids of other documents with the same text (duplicates); absent when none. */
      @JsonProperty("also_in") List<String> alsoIn) {}

  /**
   * With --parallel: a matching passage and its aligned counterpart, matches in {@code <em>} on
   * both sides.
   */
  record Pair(String original, String translation) {}

  /** With --explain: the hit's best level and each highlighted word's. */
  record Explain(String level, List<Word> words) {}

  /** A highlighted word, its language, the level it matched at and the query word it matched. */
  record Word(String language, String word, String level, String query) {}

  static SearchJson of(SearchRequest request, SearchResults results) {
    boolean explain = request.explain();
    boolean parallel = request.parallel();
    return new SearchJson(
        results.tookMillis(),
        results.total(),
        results.totalIsLowerBound() ? "gte" : "eq",
        results.similar() == 0 ? null : results.similar(),
        results.similar() == 0 ? null : results.similarIsLowerBound() ? "gte" : "eq",
        results.similarListed() ? Boolean.TRUE : null,
        results.hits().stream().map(h -> hit(h, explain, parallel)).toList(),
        results.facets().isEmpty() ? null : results.facets());
  }

  static Hit hit(SearchHit hit, boolean explain, boolean parallel) {
    Map<String, List<String>> highlight = new LinkedHashMap<>();
    hit.highlights().forEach((language, snippets) -> highlight.put(language, marked(snippets)));
    List<Pair> pairs =
        parallel
            ? hit.parallel().stream()
                .map(p -> new Pair(Markup.EM.apply(p.original()), Markup.EM.apply(p.translation())))
                .toList()
            : null;
    return new Hit(
        hit.id(),
        hit.score(),
        hit.title(),
        hit.date(),
        hit.collection().isEmpty() ? null : hit.collection(),
        hit.series().isEmpty() ? null : hit.series(),
        hit.url().isEmpty() ? null : hit.url(),
        highlight,
        pairs,
        explain ? explain(hit) : null,
        hit.alsoIn().isEmpty() ? null : hit.alsoIn());
  }

  private static Explain explain(SearchHit hit) {
    return new Explain(
        hit.level().map(MatchLevel::label).orElse(null),
        hit.matches().stream()
            .map(m -> new Word(m.language(), m.word(), m.level().label(), m.query()))
            .toList());
  }

  private static List<String> marked(List<Snippet> snippets) {
    return snippets.stream().map(Markup.EM::apply).toList();
  }
}
