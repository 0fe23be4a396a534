package dev.dossier.search;

import dev.dossier.index.DocumentMapper;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexDamagedException;
import dev.dossier.index.IndexIntegrity;
import dev.dossier.index.IndexSchema;
import dev.dossier.index.IndexedDocument;
import dev.dossier.index.NoIndexException;
import dev.dossier.index.StoredChecksum;
import dev.dossier.ingest.ShortIds;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/**
 * Searches one index: documents ranked across languages, with snippets; and whole documents by id.
 */
public final class Searcher implements Closeable {

  private final IndexSchema schema;
  private final Path indexDir;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final DocumentMapper mapper;

  /** Makes the user's queries Lucene's: the one implementation the Solr plugin uses too. */
  private final QueryPlanner planner;

  private final ConcordanceShard concordances;

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
    this.concordances = new ConcordanceShard(schema);
  }

  /** Opens the index at {@code indexDir} as of its last commit. */
  public static Searcher open(Path indexDir, IndexSchema schema)
      throws IOException, NoIndexException {
    OpenIndex index = OpenIndex.open(indexDir);
    return new Searcher(schema, indexDir, index.directory(), index.reader());
  }

  /**
   * Starts opening the index at {@code indexDir} on a background thread, before the schema is
   * known: a one-shot CLI search builds its analyzers meanwhile. {@link PendingSearcher#withSchema}
   * finishes.
   */
  public static PendingSearcher openInBackground(Path indexDir) {
    return new PendingSearcher(indexDir);
  }

  /**
   * Starts reading the name files of the configuration folder {@code configDir} (variants, places,
   * transcription rules) on a thread of their own, before a searcher exists: a one-shot search
   * calls it as soon as it knows the folder.
   */
  public static void prefetchNameFiles(Path configDir) {
    NameResourceFiles.prefetch(configDir);
  }

  /** A searcher over an index already opened. */
  static Searcher of(IndexSchema schema, OpenIndex index) {
    return new Searcher(schema, index.path(), index.directory(), index.reader());
  }

  /** Runs one search. */
  public SearchResults search(SearchRequest request) throws QuerySyntaxException, IOException {
    long start = System.nanoTime(); // the time a search took counts its planning
    try {
      QueryPlanner.Plan plan =
          planner.plan(
              request.query(), request.exact(), request.similar(), reader, indexedLanguages());
      return new RankedSearch(searcher, schema, mapper, indexedLanguages())
          .run(request, plan, start);
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryLimits.tooManyClauses(
          request.query()); // met when Lucene rewrites the query, not when it is parsed
    } catch (IOException | RuntimeException e) {
      throwIfDamaged(e);
      throw e;
    }
  }

  /**
   * Every hit of {@code request}, in its order, to {@code sink}, a page at a time in constant
   * memory (its offset and limit are ignored); returns how many.
   */
  public long stream(SearchRequest request, java.util.function.Consumer<SearchHit> sink)
      throws QuerySyntaxException, IOException {
    try {
      QueryPlanner.Plan plan =
          planner.plan(
              request.query(), request.exact(), request.similar(), reader, indexedLanguages());
      return new RankedSearch(searcher, schema, mapper, indexedLanguages())
          .stream(request, plan, sink);
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryLimits.tooManyClauses(request.query());
    } catch (IOException | RuntimeException e) {
      throwIfDamaged(e);
      throw e;
    }
  }

  /**
   * When reading the index failed, throws that it is damaged if its checksums say so; else the
   * caller rethrows the failure (verifying reads every file, so it is done only once something went
   * wrong).
   */
  private void throwIfDamaged(Exception failure) throws IndexDamagedException {
    if (IndexIntegrity.diagnose(indexDir, reader, failure)
        instanceof IndexDamagedException damaged) {
      throw damaged;
    }
  }

  /**
   * The name pairs the index has learnt from its bilingual documents' aligned passages, most
   * documents first; with a {@code filter}, those with a name starting with it.
   */
  public List<LearntName> learntNames(String filter) throws IOException {
    return LearntNames.list(reader, planner.variants(), filter);
  }

  /**
   * The declared languages the index has texts in (a {@code text_xx} field in some segment), in
   * declaration order; all of them when it has none. Read from the segments' field infos, which are
   * in memory once the index is open.
   */
  private List<String> indexedLanguages() {
    if (indexedLanguages == null) {
      indexedLanguages = indexedLanguages(schema, reader);
    }
    return indexedLanguages;
  }

  /**
   * The declared languages {@code reader}'s index has texts in, in declaration order; all when it
   * has none.
   */
  static List<String> indexedLanguages(
      IndexSchema schema, org.apache.lucene.index.IndexReader reader) {
    return QueryPlanner.indexedLanguages(schema, reader);
  }

  /**
   * The concordance of a term: its first {@code pairs} aligned pairs ({@link Concordance#ALL_PAIRS}
   * for all) and the other language's likely translations, at most {@code candidates} of them (up
   * to {@link Concordance#MAX_CANDIDATES}).
   */
  public Concordance concordance(String term, int pairs, int candidates)
      throws IOException, QuerySyntaxException {
    if (candidates < 0 || candidates > Concordance.MAX_CANDIDATES) {
      throw new IllegalArgumentException(
          "candidates must be from 0 to " + Concordance.MAX_CANDIDATES);
    }
    try {
      return concordances.concordance(searcher, term, pairs, candidates);
    } catch (IOException | RuntimeException e) {
      throwIfDamaged(e);
      throw e;
    }
  }

  /** The whole document with this id, as stored, with its alignment. */
  public Optional<IndexedDocument> document(String id) throws IOException {
    try {
      Optional<IndexedDocument> found = read(id);
      // a URL as an index of format 13 had it as the id: the short id it has now
      return found.isEmpty() && ShortIds.isUrl(id) ? read(ShortIds.of(id)) : found;
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
    return Optional.of(
        new IndexedDocument(mapper.fromLucene(stored), DocumentMapper.alignment(stored)));
  }

  /** How many documents the index holds. */
  public int documentCount() {
    return reader.numDocs();
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
