package dev.dossier.search;

import dev.dossier.index.DocumentMapper;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * One search of an open index: the query read, the documents that match for certain listed (or,
 * when none does, those that match by similarity), one page of them read with their snippets,
 * aligned passages and explanations, the matches counted and, when asked, counted by facet.
 */
final class RankedSearch {

  private static final Sort BY_DATE = byDate();

  /**
   * Matches are counted exactly up to this many (Lucene's own default); beyond it the count is a
   * lower bound ("1000+", Elasticsearch's {@code "relation": "gte"}), so that top-k collection may
   * skip documents that cannot make the page (block-max WAND): at 100,000 documents a name query
   * then costs a few milliseconds, not twenty. A date-sorted search visits every match anyway and
   * counts them all.
   */
  static final int TOTAL_HITS_THRESHOLD = 1000;

  /** Hits read at a time when every hit is streamed. */
  static final int STREAM_PAGE = 100;

  private final IndexSearcher searcher;
  private final IndexSchema schema;
  private final DocumentMapper mapper;
  private final List<String> languages;

  /** A search of {@code searcher}'s index, whose texts are in {@code languages}. */
  RankedSearch(
      IndexSearcher searcher, IndexSchema schema, DocumentMapper mapper, List<String> languages) {
    this.searcher = searcher;
    this.schema = schema;
    this.mapper = mapper;
    this.languages = languages;
  }

  /**
   * The results of {@code request}, whose query {@code plan} made Lucene's; {@code start}
   * (nanoTime) is when the search began, planning included.
   */
  SearchResults run(SearchRequest request, QueryPlanner.Plan plan, long start) throws IOException {
    int wanted = Math.max(1, request.offset() + request.limit());
    int threshold = request.countAll() ? Integer.MAX_VALUE : TOTAL_HITS_THRESHOLD;
    Matches matches = matches(request, plan, wanted, threshold);
    Duplicates found = new Duplicates(searcher); // remembers each document's, for a deeper window
    DuplicateCollapse<ScoreDoc> duplicates = collapse(request, found);
    List<ScoreDoc> listed = duplicates.keep(Arrays.asList(matches.top().scoreDocs));
    // a window that lost duplicates is read deeper, until it fills the page or the matches end
    for (int window = wanted;
        listed.size() < wanted && matches.top().scoreDocs.length == window;
        window *= 2) {
      matches = matches(request, plan, window * 2, threshold);
      duplicates = collapse(request, found);
      listed = duplicates.keep(Arrays.asList(matches.top().scoreDocs));
    }
    ScoreDoc[] page = page(request, matches, listed);
    float[] scores = new float[page.length];
    for (int i = 0; i < page.length; i++) {
      scores[i] = page[i].score;
    }
    List<SearchHit> hits =
        duplicates.named(
            new HitPage(searcher, schema, mapper, languages)
                .hits(
                    plan,
                    Arrays.stream(page).mapToInt(sd -> sd.doc).toArray(),
                    scores,
                    HitPage.Detail.of(request)));
    Map<String, Map<String, Integer>> facets =
        request.facets().isEmpty()
            ? Map.of()
            : FacetCounts.of(searcher, matches.listed(), request.facets());
    long took = (System.nanoTime() - start) / 1_000_000;
    return results(took, matches, hits, facets, threshold, wanted);
  }

  /**
   * Every hit {@code request} lists, in its order, handed to {@code sink} a page of {@link
   * #STREAM_PAGE} at a time: each page is searched after the last hit of the one before (Lucene's
   * {@code searchAfter}), so memory holds one page whatever the number of hits. The request's
   * offset and limit are ignored. Returns how many hits were handed.
   */
  long stream(SearchRequest request, QueryPlanner.Plan plan, Consumer<SearchHit> sink)
      throws IOException {
    Matches matches = matches(request, plan, STREAM_PAGE, TOTAL_HITS_THRESHOLD);
    HitPage reader = new HitPage(searcher, schema, mapper, languages);
    HitPage.Detail detail = HitPage.Detail.of(request);
    Duplicates found = new Duplicates(searcher);
    DuplicateCollapse<ScoreDoc> duplicates = collapse(request, found);
    ScoreDoc[] read = matches.top().scoreDocs;
    long handed = 0;
    while (read.length > 0) {
      ScoreDoc last = read[read.length - 1];
      boolean more = read.length == STREAM_PAGE;
      ScoreDoc[] page = duplicates.keep(Arrays.asList(read)).toArray(ScoreDoc[]::new);
      if (request.sort() == SortOrder.DATE) {
        page = page.clone();
        TopFieldCollector.populateScores(page, searcher, matches.listed());
      }
      float[] scores = new float[page.length];
      for (int i = 0; i < page.length; i++) {
        scores[i] = page[i].score;
      }
      List<SearchHit> hits =
          reader.hits(plan, Arrays.stream(page).mapToInt(sd -> sd.doc).toArray(), scores, detail);
      duplicates.named(hits).forEach(sink);
      found.forget(); // what a page found is not needed by the next: memory stays one page's
      handed += page.length;
      if (!more) {
        break;
      }
      read = after(request.sort(), matches.listed(), last).scoreDocs;
    }
    return handed;
  }

  private TopDocs after(SortOrder sort, Query query, ScoreDoc last) throws IOException {
    return sort == SortOrder.DATE
        ? searcher.search(
            query,
            new TopFieldCollectorManager(
                BY_DATE, STREAM_PAGE, (FieldDoc) last, Integer.MAX_VALUE, false))
        : searcher.search(
            query, new TopScoreDocCollectorManager(STREAM_PAGE, last, TOTAL_HITS_THRESHOLD, false));
  }

  /**
   * The documents a search lists, and how many others match only by similarity.
   *
   * @param listed the query whose matches are listed
   * @param top the listed matches up to the page's end
   * @param similar how many documents match only by similarity
   * @param similarListed whether nothing matched for certain, so the similar matches are listed
   */
  private record Matches(Query listed, TopDocs top, TotalHits similar, boolean similarListed) {}

  private Matches matches(SearchRequest request, QueryPlanner.Plan plan, int wanted, int threshold)
      throws IOException {
    // the documents listed: those the words match for certain, unless similar ones were asked for
    // too
    Query query = plan.full();
    Query listed = plan.listed();
    TopDocs top = top(request.sort(), listed, wanted, threshold);
    TotalHits similar =
        request.similar() || listed == query
            ? new TotalHits(0, TotalHits.Relation.EQUAL_TO)
            : similarOnly(query, listed, threshold);
    if (top.totalHits.value == 0 && similar.value > 0) {
      // nothing matches for certain: the similar matches are listed, said as such, rather than an
      // empty page
      return new Matches(query, top(request.sort(), query, wanted, threshold), similar, true);
    }
    return new Matches(listed, top, similar, false);
  }

  private TopDocs top(SortOrder sort, Query query, int wanted, int threshold) throws IOException {
    return sort == SortOrder.DATE
        ? searcher.search(
            query, new TopFieldCollectorManager(BY_DATE, wanted, null, Integer.MAX_VALUE, false))
        : searcher.search(query, new TopScoreDocCollectorManager(wanted, null, threshold, false));
  }

  private static DuplicateCollapse<ScoreDoc> collapse(SearchRequest request, Duplicates found) {
    return new DuplicateCollapse<>(
        found, !request.showDuplicates(), request.sort() == SortOrder.RELEVANCE);
  }

  /** The hits of the page asked for, of those listed; by date, with their scores. */
  private ScoreDoc[] page(SearchRequest request, Matches matches, List<ScoreDoc> listed)
      throws IOException {
    ScoreDoc[] page =
        listed
            .subList(
                Math.min(request.offset(), listed.size()),
                Math.min(request.offset() + request.limit(), listed.size()))
            .toArray(ScoreDoc[]::new);
    if (request.sort() == SortOrder.DATE) {
      TopFieldCollector.populateScores(page, searcher, matches.listed());
    }
    return page;
  }

  private static SearchResults results(
      long took,
      Matches matches,
      List<SearchHit> hits,
      Map<String, Map<String, Integer>> facets,
      int threshold,
      int wanted) {
    TotalHits total = matches.top().totalHits;
    boolean lowerBound = total.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
    // Lucene counts on past the threshold until it can skip (1153 or 9907 of "1000+"); the count
    // said is where the
    // exact counting stopped: the threshold, or the page's depth when that is deeper.
    long count = lowerBound ? Math.min(total.value, Math.max(threshold, wanted)) : total.value;
    TotalHits similar = matches.similar();
    boolean similarLowerBound = similar.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
    long similarTotal = similarLowerBound ? Math.min(similar.value, threshold) : similar.value;
    return matches.similarListed()
        ? new SearchResults(took, 0, false, hits, facets, similarTotal, similarLowerBound, true)
        : new SearchResults(
            took, count, lowerBound, hits, facets, similarTotal, similarLowerBound, false);
  }

  /**
   * How many documents {@code full} matches that {@code strong} does not, counted up to {@code
   * threshold}.
   */
  private TotalHits similarOnly(Query full, Query strong, int threshold) throws IOException {
    Query only =
        new BooleanQuery.Builder()
            .add(full, BooleanClause.Occur.FILTER)
            .add(strong, BooleanClause.Occur.MUST_NOT)
            .build();
    return searcher.search(only, new TopScoreDocCollectorManager(1, null, threshold, false))
        .totalHits;
  }

  private static Sort byDate() {
    SortField date = new SortField(Fields.DATE_SORT, SortField.Type.LONG);
    date.setMissingValue(Long.MAX_VALUE); // undated documents last
    return new Sort(date, SortField.FIELD_SCORE);
  }
}
