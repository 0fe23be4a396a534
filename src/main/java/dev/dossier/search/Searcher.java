package dev.dossier.search;

import dev.dossier.index.DocumentMapper;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexDamagedException;
import dev.dossier.index.IndexFolder;
import dev.dossier.index.IndexIntegrity;
import dev.dossier.index.StoredChecksum;
import dev.dossier.index.IndexedDocument;
import dev.dossier.index.IndexSchema;
import dev.dossier.index.NoIndexException;
import dev.dossier.model.ArchiveDocument;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Searches one index: documents ranked across languages, with snippets; and whole documents by id. */
public final class Searcher implements Closeable {

  private static final Sort BY_DATE = byDate();

  /**
   * Matches are counted exactly up to this many (Lucene's own default); beyond it the count is a lower bound
   * ("1000+", Elasticsearch's {@code "relation": "gte"}), so that top-k collection may skip documents that cannot
   * make the page (block-max WAND): at 100,000 documents a name query then costs a few milliseconds, not twenty.
   * A date-sorted search visits every match anyway and counts them all.
   */
  static final int TOTAL_HITS_THRESHOLD = 1000;

  private final IndexSchema schema;
  private final Path indexDir;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final DocumentMapper mapper;
  /** Builds the queries; reads the configuration files at query time, again when they change. */
  private final QueryPlanner planner;
  /** The declared languages the index has texts in; the reader is fixed, so computed once. */
  private List<String> indexedLanguages;

  private Searcher(IndexSchema schema, Path indexDir, Directory directory, DirectoryReader reader) {
    this.schema = schema;
    this.indexDir = indexDir;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.mapper = new DocumentMapper(schema);
    this.planner = new QueryPlanner(schema);
    // the configuration files a name search reads (about 2,000 lines) are parsed on a thread of their own while
    // the caller gets on with its query: in a fresh process they cost some 40 ms of interpreted code
    Thread prefetch = new Thread(planner::prefetch, "dossier-name-resources");
    prefetch.setDaemon(true);
    prefetch.start();
  }

  /** Opens the index at {@code indexDir} as of its last commit. */
  public static Searcher open(Path indexDir, IndexSchema schema) throws IOException, NoIndexException {
    OpenIndex index = openIndex(indexDir);
    return new Searcher(schema, indexDir, index.directory(), index.reader());
  }

  /**
   * Starts opening the index at {@code indexDir} on a background thread, before the schema is known: a one-shot
   * CLI search builds its analyzers meanwhile. {@link PendingSearcher#withSchema} finishes.
   */
  public static PendingSearcher openInBackground(Path indexDir) {
    return new PendingSearcher(indexDir);
  }

  /** An open directory and reader of a current-format index. */
  record OpenIndex(Path path, Directory directory, DirectoryReader reader) {}

  static OpenIndex openIndex(Path indexDir) throws IOException, NoIndexException {
    if (!Files.isDirectory(indexDir)) {
      throw IndexFolder.noIndex(indexDir);
    }
    Directory directory = FSDirectory.open(indexDir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw IndexFolder.noIndex(indexDir);
      }
      DirectoryReader reader = IndexIntegrity.open(indexDir, directory);
      try {
        IndexFolder.requireCurrent(indexDir, reader);
      } catch (IOException | RuntimeException e) {
        reader.close();
        throw e;
      }
      return new OpenIndex(indexDir, directory, reader);
    } catch (IOException | NoIndexException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** A searcher over an index already opened. */
  static Searcher of(IndexSchema schema, OpenIndex index) {
    return new Searcher(schema, index.path(), index.directory(), index.reader());
  }

  /** Runs one search. */
  public SearchResults search(SearchRequest request) throws QuerySyntaxException, IOException {
    try {
      return run(request);
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryLimits.tooManyClauses(request.query()); // met when Lucene rewrites the query, not when it is parsed
    } catch (IOException | RuntimeException e) {
      throwIfDamaged(e);
      throw e;
    }
  }

  /**
   * When reading the index failed, throws that it is damaged if its checksums say so; else the caller rethrows the
   * failure (verifying reads every file, so it is done only once something went wrong).
   */
  private void throwIfDamaged(Exception failure) throws IndexDamagedException {
    if (IndexIntegrity.diagnose(indexDir, reader, failure) instanceof IndexDamagedException damaged) {
      throw damaged;
    }
  }

  private SearchResults run(SearchRequest request) throws QuerySyntaxException, IOException {
    long start = System.nanoTime();
    QueryPlanner.Plan plan =
        planner.plan(request.query(), request.exact(), request.similar(), reader, indexedLanguages());
    Query query = plan.full();
    // the documents listed: those the words match for certain, unless similar ones were asked for too
    Query listed = plan.listed();
    MatchExplainer explainer = new MatchExplainer(schema, plan.units());
    int wanted = Math.max(1, request.offset() + request.limit());
    int threshold = request.countAll() ? Integer.MAX_VALUE : TOTAL_HITS_THRESHOLD;
    TopDocs top =
        request.sort() == SortOrder.DATE
            ? searcher.search(listed, new TopFieldCollectorManager(BY_DATE, wanted, null, Integer.MAX_VALUE, false))
            : searcher.search(listed, new TopScoreDocCollectorManager(wanted, null, threshold, false));
    TotalHits similar = request.similar() || listed == query ? new TotalHits(0, TotalHits.Relation.EQUAL_TO)
        : similarOnly(query, listed, threshold);
    boolean similarListed = false;
    if (top.totalHits.value == 0 && similar.value > 0) {
      // nothing matches for certain: the similar matches are listed, said as such, rather than an empty page
      listed = query;
      similarListed = true;
      top = request.sort() == SortOrder.DATE
          ? searcher.search(listed, new TopFieldCollectorManager(BY_DATE, wanted, null, Integer.MAX_VALUE, false))
          : searcher.search(listed, new TopScoreDocCollectorManager(wanted, null, threshold, false));
    }
    ScoreDoc[] page =
        Arrays.copyOfRange(
            top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length),
            Math.min(request.offset() + request.limit(), top.scoreDocs.length));
    if (request.sort() == SortOrder.DATE) {
      page = withScores(listed, page);
    }
    int[] docIds = Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
    Map<Integer, Document> stored = new HashMap<>();
    for (int docId : docIds) {
      // read once, for the hit and for its snippets, and verified against the checksum stored with it
      stored.put(docId, StoredChecksum.read(searcher.storedFields(), docId));
    }
    Map<String, List<Snippet>>[] snippets =
        new Snippets(searcher, schema, indexedLanguages()).highlight(query, docIds, stored, request.fragments());
    List<List<ParallelPair>> parallel = request.parallel() ? parallel(query, docIds, stored) : null;
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      Document hit = stored.get(docIds[i]);
      Map<String, List<Snippet>> highlights = originalFirst(snippets[i], hit.get(Fields.ORIGINAL_LANGUAGE));
      hits.add(
          new SearchHit(
              hit.get(Fields.ID),
              page[i].score,
              nonNull(hit.get(Fields.TITLE)),
              nonNull(hit.get(Fields.DATE)),
              nonNull(hit.get(Fields.metadata(dev.dossier.model.MetadataField.COLLECTION))),
              highlights,
              request.explain() ? explainer.explain(highlights) : List.of(),
              parallel == null ? List.of() : parallel.get(i)));
    }
    Map<String, Map<String, Integer>> facets = request.facets().isEmpty() ? Map.of() : facets(listed, request.facets());
    long took = (System.nanoTime() - start) / 1_000_000;
    boolean lowerBound = top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
    // Lucene counts on past the threshold until it can skip (1153 or 9907 of "1000+"); the count said is where the
    // exact counting stopped: the threshold, or the page's depth when that is deeper.
    long total = lowerBound ? Math.min(top.totalHits.value, Math.max(threshold, wanted)) : top.totalHits.value;
    boolean similarLowerBound = similar.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
    long similarTotal = similarLowerBound ? Math.min(similar.value, threshold) : similar.value;
    return similarListed
        ? new SearchResults(took, 0, false, hits, facets, similarTotal, similarLowerBound, true)
        : new SearchResults(took, total, lowerBound, hits, facets, similarTotal, similarLowerBound, false);
  }

  /** How many documents {@code full} matches that {@code strong} does not, counted up to {@code threshold}. */
  private TotalHits similarOnly(Query full, Query strong, int threshold) throws IOException {
    Query only = new org.apache.lucene.search.BooleanQuery.Builder()
        .add(full, org.apache.lucene.search.BooleanClause.Occur.FILTER)
        .add(strong, org.apache.lucene.search.BooleanClause.Occur.MUST_NOT)
        .build();
    return searcher.search(only, new TopScoreDocCollectorManager(1, null, threshold, false)).totalHits;
  }

  /**
   * The name pairs the index has learnt from its bilingual documents' aligned passages, most documents first; with a
   * {@code filter}, those with a name starting with it.
   */
  public List<LearntName> learntNames(String filter) throws IOException {
    return LearntNames.list(reader, planner.variants(), filter);
  }

  /** Facet values listed per field. */
  static final int FACET_VALUES = 10;

  /**
   * Every matching document counted by the values of each facet field, with Lucene's {@code StringValueFacetCounts}
   * over the metadata's sorted-set doc values: a second pass over the matches, made only when facets are asked for.
   */
  private Map<String, Map<String, Integer>> facets(Query query, List<String> fields) throws IOException {
    FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    for (String field : fields) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      FacetResult result =
          new StringValueFacetCounts(new StringDocValuesReaderState(reader, field), matches)
              .getTopChildren(FACET_VALUES, field);
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          counts.put(lv.label, lv.value.intValue());
        }
      }
      facets.put(field, counts);
    }
    return facets;
  }

  /**
   * The declared languages the index has texts in (a {@code text_xx} field in some segment), in declaration order;
   * all of them when it has none. Read from the segments' field infos, which are in memory once the index is open.
   */
  private List<String> indexedLanguages() {
    if (indexedLanguages == null) {
      indexedLanguages = planner.indexedLanguages(reader);
    }
    return indexedLanguages;
  }

  /** The declared languages {@code reader}'s index has texts in, in declaration order; all when it has none. */
  static List<String> indexedLanguages(IndexSchema schema, org.apache.lucene.index.IndexReader reader) {
    return new QueryPlanner(schema).indexedLanguages(reader);
  }

  private List<List<ParallelPair>> parallel(Query query, int[] docIds, Map<Integer, Document> stored)
      throws IOException {
    List<ParallelPassages.Texts> texts = new ArrayList<>();
    for (int docId : docIds) {
      Document d = stored.get(docId);
      ArchiveDocument doc = mapper.fromLucene(d);
      texts.add(
          new ParallelPassages.Texts(
              doc.originalLanguage(), doc.original(), doc.translationLanguage(), doc.translation(),
              DocumentMapper.alignment(d)));
    }
    return new ParallelPassages(searcher, schema, indexedLanguages()).of(query, docIds, texts, stored);
  }

  /**
   * The concordance of a term: its aligned pairs and the other language's likely translations, at most
   * {@code candidates} of them (up to {@link Concordance#MAX_CANDIDATES}).
   */
  public Concordance concordance(String term, int candidates) throws IOException, QuerySyntaxException {
    if (candidates < 0 || candidates > Concordance.MAX_CANDIDATES) {
      throw new IllegalArgumentException("candidates must be from 0 to " + Concordance.MAX_CANDIDATES);
    }
    try {
      return new ConcordanceBuilder(searcher, schema).build(term, candidates);
    } catch (IOException | RuntimeException e) {
      throwIfDamaged(e);
      throw e;
    }
  }

  /** The whole document with this id, as stored, with its alignment. */
  public Optional<IndexedDocument> document(String id) throws IOException {
    try {
      return read(id);
    } catch (IOException | RuntimeException e) {
      throwIfDamaged(e);
      throw e;
    }
  }

  private Optional<IndexedDocument> read(String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Document stored = StoredChecksum.read(searcher.storedFields(), top.scoreDocs[0].doc);
    return Optional.of(new IndexedDocument(mapper.fromLucene(stored), DocumentMapper.alignment(stored)));
  }

  /** How many documents the index holds. */
  public int documentCount() {
    return reader.numDocs();
  }

  private ScoreDoc[] withScores(Query query, ScoreDoc[] page) throws IOException {
    TopFieldCollector.populateScores(page, searcher, query);
    return page;
  }

  private Map<String, List<Snippet>> originalFirst(Map<String, List<Snippet>> snippets, String originalLanguage) {
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

  private static Sort byDate() {
    SortField date = new SortField(Fields.DATE_SORT, SortField.Type.LONG);
    date.setMissingValue(Long.MAX_VALUE); // undated documents last
    return new Sort(date, SortField.FIELD_SCORE);
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
