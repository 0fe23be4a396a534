package dev.dossier.search;

import dev.dossier.index.DocumentMapper;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import dev.dossier.model.ArchiveDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.QueryBuilder;

/**
 * What one index gives a concordance: the embedded index, or each shard of a collection (Solr's
 * {@code /concordance} handler runs this on every shard and merges the answers). Two questions: the
 * documents that hold a term in aligned passages ({@link #part}), and how often the candidate
 * translations stand in the rest of the aligned passages ({@link #tally}), which a {@link
 * ConcordanceCache} keeps per index generation.
 */
public final class ConcordanceShard {

  /**
   * The parameter of Solr's {@code /concordance} handler that asks a question ({@code part} or
   * {@code tally}), and the entry of its answer.
   */
  public static final String SOLR_QUESTION = "dossier.concordance";

  private final IndexSchema schema;
  private final DocumentMapper mapper;
  private final ConcordanceCache cache;

  public ConcordanceShard(IndexSchema schema) {
    this.schema = schema;
    this.mapper = new DocumentMapper(schema);
    this.cache = new ConcordanceCache(schema);
  }

  /**
   * The documents of {@code searcher}'s index whose aligned passages hold {@code term} in its
   * language (stemmed or exact form), the first {@link ConcordancePart#MAX_DOCUMENTS} in {@link
   * ConcordanceDocument#ORDER}.
   */
  public ConcordancePart part(IndexSearcher searcher, String term)
      throws IOException, QuerySyntaxException {
    QueryLimits.checkPhrase(term);
    String language = Concordance.languageOf(term, schema);
    Query query = query(term, language);
    ScoreDoc[] top =
        searcher.search(query, ConcordancePart.MAX_DOCUMENTS, oldestFirst()).scoreDocs.clone();
    Arrays.sort(top, java.util.Comparator.comparingInt(sd -> sd.doc)); // stored fields in order
    StoredHits hits =
        StoredHits.read(searcher, mapper, Arrays.stream(top).mapToInt(sd -> sd.doc).toArray());
    List<List<ParallelPair>> pairs =
        new ParallelPassages(
                searcher, schema, QueryPlanner.indexedLanguages(schema, searcher.getIndexReader()))
            .of(query, hits);
    List<ConcordanceDocument> documents = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      if (pairs.get(i).isEmpty()) {
        continue;
      }
      ParallelPassages.Texts t = hits.texts(i);
      boolean termInOriginal = schema.indexLanguage(t.originalLanguage()).equals(language);
      ArchiveDocument doc = hits.document(i);
      documents.add(
          new ConcordanceDocument(
              doc.id(),
              doc.date().map(d -> d.firstDay().toEpochDay()).orElse(Long.MAX_VALUE),
              termInOriginal ? t.translationLanguage() : t.originalLanguage(),
              termInOriginal,
              pairs.get(i)));
    }
    documents.sort(ConcordanceDocument.ORDER);
    return new ConcordancePart(language, documents);
  }

  /**
   * Throws when {@code term} cannot be a concordance's (too long, or nothing left to look for once
   * analysed), with the message a part would throw.
   */
  public void check(String term) throws QuerySyntaxException {
    QueryLimits.checkPhrase(term);
    query(term, Concordance.languageOf(term, schema));
  }

  /**
   * {@code keys} counted in the aligned passages of {@code reader}'s index in {@code target} whose
   * counterparts are in {@code source}, less those whose text hashes are {@code excluded}.
   */
  public PassageTally tally(
      IndexReader reader, String source, String target, Collection<String> keys, Set<Long> excluded)
      throws IOException {
    return cache.passages(reader, source, target).count(keys, excluded);
  }

  /** The concordance of {@code term} on {@code searcher}'s index alone. */
  Concordance concordance(IndexSearcher searcher, String term, int candidates)
      throws IOException, QuerySyntaxException {
    return ConcordanceBuilder.assemble(
        schema,
        term,
        part(searcher, term),
        candidates,
        (source, target, keys, excluded) ->
            tally(searcher.getIndexReader(), source, target, keys, excluded));
  }

  /**
   * Oldest first, undated last, as {@link ConcordanceDocument#ORDER}; which documents a capped part
   * keeps.
   */
  private static Sort oldestFirst() {
    SortField date = new SortField(Fields.DATE_SORT, SortField.Type.LONG);
    date.setMissingValue(Long.MAX_VALUE);
    return new Sort(date, SortField.FIELD_DOC);
  }

  /** The term in its language's stemmed or unstemmed field, as a phrase. */
  private Query query(String term, String language) throws QuerySyntaxException {
    QueryBuilder builder = new QueryBuilder(schema.analyzer());
    List<Query> forms = new ArrayList<>();
    forms.add(builder.createPhraseQuery(Fields.text(language), term, 0));
    forms.add(builder.createPhraseQuery(Fields.exact(language), term, 0));
    forms.removeIf(Objects::isNull);
    if (forms.isEmpty()) {
      throw new QuerySyntaxException(term, 0, "nothing to look for (a stop word?)");
    }
    return new DisjunctionMaxQuery(forms, 0f);
  }
}
