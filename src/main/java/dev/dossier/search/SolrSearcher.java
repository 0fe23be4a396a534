package dev.dossier.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.index.DocumentMapper;
import dev.dossier.index.FacetLabels;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import dev.dossier.index.IndexedDocument;
import dev.dossier.index.NoCollectionException;
import dev.dossier.index.SolrHttp;
import dev.dossier.index.SolrUnreachableException;
import dev.dossier.ingest.ShortIds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A search of a Dossier collection on SolrCloud, for {@code dossier search --solr URL}: the same
 * request, answered as the embedded index answers it. Each shard plans the query with Dossier's
 * parser ({@code defType=dossier}) and makes its hits with Dossier's hit code ({@code [dossier]}),
 * so this class only asks and reads: one request to {@code /select} ({@link SolrHttp}), and one
 * more that counts the documents that match only by similarity.
 */
public final class SolrSearcher {

  /** Ids a filter names at most: Solr's default limit of a query's clauses is 1,024. */
  private static final int PAGE_FILTER = 500;

  private final SolrHttp solr;

  private SolrSearcher(SolrHttp solr) {
    this.solr = solr;
  }

  /**
   * A searcher of the collection at {@code url} ({@code http://host:8983/solr/COLLECTION}); throws
   * when it is no such URL.
   */
  public static SolrSearcher of(String url) throws NoCollectionException {
    return new SolrSearcher(SolrHttp.of(url));
  }

  /**
   * The whole document with this id, as stored, with its alignment: read from its stored fields on
   * Solr and mapped back by the mapper that wrote them.
   */
  public Optional<IndexedDocument> document(String id, IndexSchema schema)
      throws IOException, NoCollectionException {
    Optional<IndexedDocument> found = documentById(id, schema);
    return found.isEmpty() && ShortIds.isUrl(id) ? documentById(ShortIds.of(id), schema) : found;
  }

  private Optional<IndexedDocument> documentById(String id, IndexSchema schema)
      throws IOException, NoCollectionException {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", "{!term f=" + Fields.ID + "}" + id);
    params.put("defType", "lucene");
    params.put("fl", "*");
    params.put("rows", "1");
    params.put("wt", "json");
    JsonNode docs;
    try {
      docs = solr.get("/select", SolrHttp.query(params)).path("response").path("docs");
    } catch (SolrHttp.BadRequest e) {
      throw solr.refusal("refused a lookup by id", e);
    }
    if (docs.isEmpty()) {
      return Optional.empty();
    }
    org.apache.lucene.document.Document stored = new org.apache.lucene.document.Document();
    docs.get(0)
        .fields()
        .forEachRemaining(
            field -> {
              for (JsonNode value :
                  field.getValue().isArray() ? field.getValue() : List.of(field.getValue())) {
                stored.add(
                    new org.apache.lucene.document.StoredField(field.getKey(), value.asText()));
              }
            });
    return Optional.of(
        new IndexedDocument(
            new DocumentMapper(schema).fromLucene(stored), DocumentMapper.alignment(stored)));
  }

  /** The results of {@code request}, as {@link Searcher#search} gives them. */
  public SearchResults search(SearchRequest request)
      throws IOException, QuerySyntaxException, NoCollectionException {
    long start = System.nanoTime();
    int wanted = Math.max(1, request.offset() + request.limit());
    boolean similarListedToo = request.similar();
    JsonNode listed = ranked(request, similarListedToo, wanted, true);
    long total = listed.path("response").path("numFound").asLong();
    long similar = 0;
    boolean similarListed = false;
    if (!request.similar()) {
      long all = count(request);
      similar = all - total;
      if (total == 0 && similar > 0) {
        // nothing matches for certain: the similar matches are listed, and said to be
        similarListedToo = true;
        listed = ranked(request, true, wanted, true);
        similarListed = true;
      }
    }
    // as on the embedded index: a window that lost duplicates is read deeper until the page fills
    List<JsonNode> window = docs(listed);
    DuplicateCollapse<JsonNode> duplicates = collapse(request, window);
    List<JsonNode> kept = duplicates.keep(window);
    for (int rows = wanted; kept.size() < wanted && window.size() == rows; rows *= 2) {
      window = docs(ranked(request, similarListedToo, rows * 2, false));
      duplicates = collapse(request, window);
      kept = duplicates.keep(window);
    }
    List<JsonNode> page =
        kept.subList(
            Math.min(request.offset(), kept.size()),
            Math.min(request.offset() + request.limit(), kept.size()));
    List<SearchHit> hits = duplicates.named(hits(request, similarListedToo, page));
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    for (String field : request.facets()) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      JsonNode values = listed.path("facet_counts").path("facet_fields").path(field);
      for (int i = 0; i + 1 < values.size(); i += 2) {
        counts.put(values.get(i).asText(), values.get(i + 1).asInt());
      }
      facets.put(field, FacetLabels.top(FacetLabels.merge(counts), FacetCounts.FACET_VALUES));
    }
    long took = (System.nanoTime() - start) / 1_000_000;
    return similarListed
        ? new SearchResults(took, 0, false, hits, facets, similar, false, true)
        : new SearchResults(took, total, false, hits, facets, similar, false, false);
  }

  /**
   * The concordance of {@code term}, as {@link Searcher#concordance} makes it: Solr's {@code
   * /concordance} handler asks every shard for its first documents holding the term ({@link
   * ConcordanceShard#part}, merged), then for the counts of the term's pairs and of the candidate
   * translations ({@link ConcordanceShard#tally}, added up); {@link ConcordanceBuilder} puts them
   * together here as it does on the embedded index.
   */
  public Concordance concordance(String term, int pairs, int candidates, IndexSchema schema)
      throws IOException, QuerySyntaxException, NoCollectionException {
    if (candidates < 0 || candidates > Concordance.MAX_CANDIDATES) {
      throw new IllegalArgumentException(
          "candidates must be from 0 to " + Concordance.MAX_CANDIDATES);
    }
    new ConcordanceShard(schema).check(term);
    Map<String, String> params = new LinkedHashMap<>();
    params.put(ConcordanceShard.SOLR_QUESTION, "part");
    params.put("q", term);
    params.put("rows", Integer.toString(ConcordanceBuilder.documentsToRead(pairs)));
    ConcordancePart part;
    try {
      part = RecordJson.read(answer(params), ConcordancePart.class);
    } catch (SolrHttp.BadRequest e) {
      throw new QuerySyntaxException(term, 0, solrProblem(e.getMessage()));
    }
    return ConcordanceBuilder.assemble(schema, term, part, pairs, candidates, this::tally);
  }

  private PassageTally tally(
      String source, String target, List<String> termWords, List<String> keys) throws IOException {
    Map<String, String> params = new LinkedHashMap<>();
    params.put(ConcordanceShard.SOLR_QUESTION, "tally");
    params.put("dossier.source", source);
    params.put("dossier.target", target);
    params.put("dossier.term", String.join("\n", termWords));
    params.put("dossier.keys", String.join("\n", keys));
    try {
      return RecordJson.read(answer(params), PassageTally.class);
    } catch (SolrHttp.BadRequest | NoCollectionException e) {
      throw solr.refusal("refused a concordance's counts", e);
    }
  }

  /** The answer of the {@code /concordance} handler to {@code params}. */
  private String answer(Map<String, String> params)
      throws IOException, NoCollectionException, SolrHttp.BadRequest {
    params.put("wt", "json");
    JsonNode answer = solr.postForm("/concordance", params).path(ConcordanceShard.SOLR_QUESTION);
    if (!answer.isTextual()) {
      throw new SolrUnreachableException(
          "Solr at "
              + solr.url()
              + " gave no concordance: is the collection's configset Dossier's, from this"
              + " version?");
    }
    return answer.asText();
  }

  /**
   * Every hit of {@code request}, in its order, to {@code sink}, as {@link Searcher#stream} gives
   * them: Solr is asked a page of {@link RankedSearch#STREAM_PAGE} at a time by offset (the order
   * of {@code search --offset}), each page's duplicates collapsed with the pages before it; returns
   * how many.
   */
  public long stream(SearchRequest request, java.util.function.Consumer<SearchHit> sink)
      throws IOException, QuerySyntaxException, NoCollectionException {
    boolean similarListedToo = request.similar();
    if (!similarListedToo) {
      long certain =
          select(request, false, 0, "id", false, null, 0)
              .path("response")
              .path("numFound")
              .asLong();
      similarListedToo = certain == 0; // nothing matches for certain: the similar ones are listed
    }
    PageDuplicates lookup = new PageDuplicates();
    DuplicateCollapse<JsonNode> duplicates =
        new DuplicateCollapse<>(
            lookup, !request.showDuplicates(), request.sort() == SortOrder.RELEVANCE);
    long handed = 0;
    for (int start = 0; ; start += RankedSearch.STREAM_PAGE) {
      List<JsonNode> docs =
          docs(
              select(
                  request,
                  similarListedToo,
                  RankedSearch.STREAM_PAGE,
                  "id,score," + Fields.DUPLICATE_SIGNATURE,
                  false,
                  null,
                  start));
      lookup.page = new SolrDuplicates(solr, docs);
      List<JsonNode> kept = duplicates.keep(docs);
      List<SearchHit> hits = duplicates.named(hits(request, similarListedToo, kept));
      hits.forEach(sink);
      handed += hits.size();
      if (docs.size() < RankedSearch.STREAM_PAGE) {
        return handed;
      }
    }
  }

  /** The duplicates of the page being streamed. */
  private static final class PageDuplicates implements DuplicateCollapse.Lookup<JsonNode> {
    SolrDuplicates page;

    @Override
    public String id(JsonNode hit) {
      return page.id(hit);
    }

    @Override
    public List<String> duplicates(JsonNode hit) {
      return page.duplicates(hit);
    }

    @Override
    public float score(JsonNode hit) {
      return page.score(hit);
    }
  }

  private DuplicateCollapse<JsonNode> collapse(SearchRequest request, List<JsonNode> window)
      throws IOException, NoCollectionException {
    return new DuplicateCollapse<>(
        new SolrDuplicates(solr, window),
        !request.showDuplicates(),
        request.sort() == SortOrder.RELEVANCE);
  }

  private static List<JsonNode> docs(JsonNode answer) {
    List<JsonNode> docs = new ArrayList<>();
    answer.path("response").path("docs").forEach(docs::add);
    return docs;
  }

  /** How many documents match, similar ones included. */
  private long count(SearchRequest request)
      throws IOException, QuerySyntaxException, NoCollectionException {
    return select(request, true, 0, "id", false, null, 0)
        .path("response")
        .path("numFound")
        .asLong();
  }

  /**
   * The first {@code rows} ranked documents, with their ids, scores and duplicate signatures (and
   * the facet counts, when {@code withFacets}).
   */
  private JsonNode ranked(SearchRequest request, boolean similar, int rows, boolean withFacets)
      throws IOException, QuerySyntaxException, NoCollectionException {
    return select(
        request, similar, rows, "id,score," + Fields.DUPLICATE_SIGNATURE, withFacets, null, 0);
  }

  /**
   * The hits of the documents {@code page}, in its order, made by each shard's Dossier code: the
   * same query, filtered to their ids (a filter leaves the scores as they were).
   */
  private List<SearchHit> hits(SearchRequest request, boolean similar, List<JsonNode> page)
      throws IOException, QuerySyntaxException, NoCollectionException {
    if (page.size() > PAGE_FILTER) {
      List<SearchHit> hits = new ArrayList<>();
      for (int from = 0; from < page.size(); from += PAGE_FILTER) {
        hits.addAll(
            hits(request, similar, page.subList(from, Math.min(page.size(), from + PAGE_FILTER))));
      }
      return hits;
    }
    if (page.isEmpty()) {
      return List.of();
    }
    StringBuilder ids = new StringBuilder("{!lucene}" + Fields.ID + ":(");
    for (JsonNode doc : page) {
      String id = doc.path(Fields.ID).asText();
      ids.append(" \"").append(id.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    ids.append(")");
    Map<String, SearchHit> byId = new java.util.HashMap<>();
    JsonNode answer =
        select(request, similar, page.size(), "id,score,[dossier]", false, ids.toString(), 0);
    for (JsonNode doc : answer.path("response").path("docs")) {
      byId.put(
          doc.path(Fields.ID).asText(),
          SearchHitJson.read(doc.path("[dossier]").asText())
              .withScore((float) doc.path("score").asDouble()));
    }
    List<SearchHit> hits = new ArrayList<>();
    for (JsonNode doc : page) {
      SearchHit hit = byId.get(doc.path(Fields.ID).asText());
      if (hit != null) { // gone between the two requests: a concurrent re-index
        hits.add(hit);
      }
    }
    return hits;
  }

  /** One request to {@code /select}; the parsed answer. */
  private JsonNode select(
      SearchRequest request,
      boolean similar,
      int rows,
      String fields,
      boolean withFacets,
      String filter,
      int start)
      throws IOException, QuerySyntaxException, NoCollectionException {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", request.query());
    params.put("defType", "dossier");
    params.put("wt", "json");
    params.put("rows", Integer.toString(rows));
    params.put("start", Integer.toString(start));
    params.put("fl", fields);
    if (filter != null) {
      params.put("fq", filter);
    }
    params.put("dossier.exact", Boolean.toString(request.exact()));
    params.put("dossier.similar", Boolean.toString(similar));
    params.put("dossier.fragments", Integer.toString(request.fragments()));
    params.put("dossier.explain", Boolean.toString(request.explain()));
    params.put("dossier.parallel", Boolean.toString(request.parallel()));
    if (request.sort() == SortOrder.DATE) {
      params.put("sort", Fields.DATE_SORT + " asc,score desc");
    }
    StringBuilder query = new StringBuilder(SolrHttp.query(params));
    if (withFacets && !request.facets().isEmpty()) {
      SolrHttp.param(query, "facet", "true");
      SolrHttp.param(query, "facet.limit", "-1"); // all values: spellings merge here
      SolrHttp.param(query, "facet.mincount", "1");
      request.facets().forEach(f -> SolrHttp.param(query, "facet.field", f));
    }
    try {
      // a page's ids make a long filter: posted, not in the URL
      return filter == null
          ? solr.get("/select", query.toString())
          : solr.postForm("/select", params);
    } catch (SolrHttp.BadRequest e) {
      throw new QuerySyntaxException(request.query(), 0, solrProblem(e.getMessage()));
    }
  }

  /** The problem a Dossier query parser reported through Solr, without Solr's wrapping. */
  private static String solrProblem(String message) {
    String m = message.replaceFirst("^org\\.apache\\.solr\\.search\\.SyntaxError: ", "");
    int problem = m.indexOf("': ");
    return m.startsWith("query '") && problem > 0 ? m.substring(problem + 3) : m;
  }
}
