package dev.dossier.search;

import dev.dossier.index.DocumentMapper;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import dev.dossier.model.MetadataField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;

/**
 * The hits of a page, made from their stored documents: each read once and verified, with its
 * snippets in each language (the original's first), with {@code explain} the level at which each
 * highlighted word matched, with {@code parallel} the matching passages and their aligned
 * counterparts. The one place this is done, for the embedded index ({@link RankedSearch}) and for a
 * Solr shard (the {@code [dossier]} document transformer) alike.
 */
public final class HitPage {

  /**
   * What a page shows beside each document.
   *
   * @param fragments snippets per language
   * @param explain say at which level each highlighted word matched
   * @param parallel give the matching passages with their aligned counterparts
   */
  public record Detail(int fragments, boolean explain, boolean parallel) {

    /** What {@code request} asks for. */
    static Detail of(SearchRequest request) {
      return new Detail(request.fragments(), request.explain(), request.parallel());
    }
  }

  private final IndexSearcher searcher;
  private final IndexSchema schema;
  private final DocumentMapper mapper;
  private final List<String> languages;

  /** Pages of {@code searcher}'s index, whose texts are in {@code languages}. */
  public HitPage(IndexSearcher searcher, IndexSchema schema, List<String> languages) {
    this(searcher, schema, new DocumentMapper(schema), languages);
  }

  HitPage(
      IndexSearcher searcher, IndexSchema schema, DocumentMapper mapper, List<String> languages) {
    this.searcher = searcher;
    this.schema = schema;
    this.mapper = mapper;
    this.languages = List.copyOf(languages);
  }

  /**
   * The hits of {@code docIds} (Lucene ids, scored {@code scores}) for the {@code plan}'s query.
   */
  public List<SearchHit> hits(QueryPlanner.Plan plan, int[] docIds, float[] scores, Detail detail)
      throws IOException {
    // each hit read once, for the hit and for its snippets, and verified against the checksum
    // stored with it
    StoredHits stored = StoredHits.read(searcher, mapper, docIds);
    Map<String, List<Snippet>>[] snippets =
        new Snippets(searcher, schema, languages)
            .highlight(plan.full(), stored.docIds(), stored.byDocId(), detail.fragments());
    List<List<ParallelPair>> parallel =
        detail.parallel()
            ? new ParallelPassages(searcher, schema, languages).of(plan.full(), stored)
            : null;
    MatchExplainer explainer = new MatchExplainer(schema, plan.units());
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < docIds.length; i++) {
      Document hit = stored.stored(i);
      Map<String, List<Snippet>> highlights =
          originalFirst(snippets[i], hit.get(Fields.ORIGINAL_LANGUAGE));
      hits.add(
          new SearchHit(
              hit.get(Fields.ID),
              scores[i],
              nonNull(hit.get(Fields.TITLE)),
              nonNull(hit.get(Fields.DATE)),
              nonNull(hit.get(Fields.metadata(MetadataField.COLLECTION))),
              nonNull(hit.get(Fields.metadata(MetadataField.SERIES))),
              nonNull(hit.get(Fields.URL)),
              highlights,
              detail.explain() ? explainer.explain(highlights) : List.of(),
              parallel == null ? List.of() : parallel.get(i),
              List.of()));
    }
    return hits;
  }

  private Map<String, List<Snippet>> originalFirst(
      Map<String, List<Snippet>> snippets, String originalLanguage) {
    Map<String, List<Snippet>> ordered = new LinkedHashMap<>();
    String slot = schema.indexLanguage(originalLanguage);
    if (snippets.containsKey(slot)) {
      ordered.put(slot, snippets.get(slot));
    }
    ordered.putAll(snippets);
    return ordered;
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
