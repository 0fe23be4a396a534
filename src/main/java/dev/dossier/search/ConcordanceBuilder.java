package dev.dossier.search;

import dev.dossier.index.DocumentMapper;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds a {@link Concordance}. The pairs come from the stored alignments of the documents where
 * the term occurs in its language, the source language (stemmed or exact form). Candidate
 * translations are the stems and stem bigrams of the counterpart passages in the target language
 * (stop words excluded; a bigram never spans one), ranked by {@link TranslationRanking} against
 * every target passage of the index, which {@link ConcordanceCache} keeps.
 */
final class ConcordanceBuilder {

  private static final int MAX_DOCUMENTS = 100_000;

  private final IndexSearcher searcher;
  private final IndexSchema schema;
  private final ConcordanceCache cache;
  private final DocumentMapper mapper;

  ConcordanceBuilder(IndexSearcher searcher, IndexSchema schema, ConcordanceCache cache) {
    this.searcher = searcher;
    this.schema = schema;
    this.cache = cache;
    this.mapper = new DocumentMapper(schema);
  }

  /** The concordance of {@code term}, with at most {@code candidates} candidate translations. */
  Concordance build(String term, int candidates) throws IOException, QuerySyntaxException {
    QueryLimits.checkPhrase(term);
    String sourceLanguage = Concordance.languageOf(term, schema);
    Query query = query(term, sourceLanguage);
    ScoreDoc[] top = searcher.search(query, MAX_DOCUMENTS).scoreDocs.clone();
    Arrays.sort(top, Comparator.comparingInt(sd -> sd.doc));
    StoredHits hits =
        StoredHits.read(searcher, mapper, Arrays.stream(top).mapToInt(sd -> sd.doc).toArray());
    List<List<ParallelPair>> pairs =
        new ParallelPassages(
                searcher, schema, Searcher.indexedLanguages(schema, searcher.getIndexReader()))
            .of(query, hits);
    List<Concordance.Line> lines = new ArrayList<>();
    String targetLanguage = null;
    List<String> counterparts = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      ParallelPassages.Texts t = hits.texts(i);
      boolean termInOriginal = schema.indexLanguage(t.originalLanguage()).equals(sourceLanguage);
      String other = termInOriginal ? t.translationLanguage() : t.originalLanguage();
      for (ParallelPair pair : pairs.get(i)) {
        lines.add(new Concordance.Line(hits.document(i).id(), pair.original(), pair.translation()));
        String counterpart = (termInOriginal ? pair.translation() : pair.original()).text();
        // the first document's other language is the target; documents translated into another are
        // left out
        if (!counterpart.isEmpty() && !other.isEmpty()) {
          targetLanguage = targetLanguage == null ? other : targetLanguage;
          if (other.equals(targetLanguage)) {
            counterparts.add(counterpart);
          }
        }
      }
    }
    List<Concordance.Candidate> ranked =
        targetLanguage == null || candidates == 0
            ? List.of()
            : new TranslationRanking(schema)
                .rank(
                    targetLanguage,
                    counterparts,
                    cache.passages(searcher.getIndexReader(), sourceLanguage, targetLanguage),
                    candidates);
    return new Concordance(term, sourceLanguage, lines, ranked);
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
