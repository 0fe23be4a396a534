package dev.dossier.search;

import dev.dossier.analysis.RecordedTokens;
import dev.dossier.index.DocumentMapper;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import dev.dossier.index.PassageStems;
import dev.dossier.model.ArchiveDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * first documents that hold a term in aligned passages ({@link #part}), and the counts of the
 * term's pairs and of candidate translations in them and in all aligned passages ({@link #tally}),
 * from the postings of the grams fields, without reading stored documents.
 */
public final class ConcordanceShard {

  /**
   * The parameter of Solr's {@code /concordance} handler that asks a question ({@code part} or
   * {@code tally}), and the entry of its answer.
   */
  public static final String SOLR_QUESTION = "dossier.concordance";

  private final IndexSchema schema;
  private final DocumentMapper mapper;

  public ConcordanceShard(IndexSchema schema) {
    this.schema = schema;
    this.mapper = new DocumentMapper(schema);
  }

  /**
   * The documents of {@code searcher}'s index whose aligned passages hold {@code term} in its
   * language (stemmed or exact form), the first {@code documents} in {@link
   * ConcordanceDocument#ORDER}, and how many there are.
   */
  public ConcordancePart part(IndexSearcher searcher, String term, int documents)
      throws IOException, QuerySyntaxException {
    QueryLimits.checkPhrase(term);
    String language = Concordance.languageOf(term, schema);
    Query query = query(term, language);
    int total = searcher.count(query);
    ScoreDoc[] top =
        searcher
            .search(
                query,
                Math.max(1, Math.min(documents, ConcordancePart.MAX_DOCUMENTS)),
                oldestFirst())
            .scoreDocs
            .clone();
    Arrays.sort(top, java.util.Comparator.comparingInt(sd -> sd.doc)); // stored fields in order
    StoredHits hits =
        StoredHits.read(searcher, mapper, Arrays.stream(top).mapToInt(sd -> sd.doc).toArray());
    List<List<ParallelPair>> pairs =
        new ParallelPassages(
                searcher, schema, QueryPlanner.indexedLanguages(schema, searcher.getIndexReader()))
            .of(query, hits);
    List<ConcordanceDocument> read = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      if (pairs.get(i).isEmpty()) {
        continue;
      }
      ParallelPassages.Texts t = hits.texts(i);
      boolean termInOriginal = schema.indexLanguage(t.originalLanguage()).equals(language);
      ArchiveDocument doc = hits.document(i);
      read.add(
          new ConcordanceDocument(
              doc.id(),
              doc.date().map(d -> d.firstDay().toEpochDay()).orElse(Long.MAX_VALUE),
              termInOriginal ? t.translationLanguage() : t.originalLanguage(),
              termInOriginal,
              pairs.get(i)));
    }
    read.sort(ConcordanceDocument.ORDER);
    return new ConcordancePart(language, total, read);
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
   * The words a concordance's term is found by in the text field of {@code language}: each stem
   * with letters that is no stop word, with its position relative to the first; none when it has
   * only stop words. A pair holds the term where its source passage holds them so.
   */
  public List<String> termWords(String term, String language) {
    RecordedTokens tokens = schema.tokens(Fields.text(schema.indexLanguage(language)), term);
    // the counted words of the same analysis: the term is analysed once
    PassageStems counted = PassageStems.of(tokens, term, 0, term.length(), language);
    List<String> words = new ArrayList<>();
    int position = -1;
    int first = -1;
    for (int i = 0, c = 0; i < tokens.size(); i++) {
      position += tokens.increment(i);
      if (c < counted.size() && tokens.start(i) == counted.start(c)) {
        first = first < 0 ? position : first;
        words.add(new PairCounter.TermWord(position - first, counted.stem(c)).line());
        c++;
      }
    }
    return words;
  }

  /**
   * The pairs of {@code reader}'s index whose side in {@code source} (a declared language) holds
   * the term of {@code termWords} ({@link #termWords}) and whose other side is in {@code target} (a
   * document's language code), with {@code keys} counted in them and in all target passages ({@link
   * PassageTally}).
   */
  public PassageTally tally(
      IndexReader reader,
      String source,
      String target,
      List<String> termWords,
      Collection<String> keys)
      throws IOException {
    return counter(reader, source, target, termWords).count(keys);
  }

  private PairCounter counter(
      IndexReader reader, String source, String target, List<String> termWords) throws IOException {
    return PairCounter.open(
        reader,
        source,
        code -> schema.indexLanguage(code).equals(source),
        target,
        schema.indexLanguage(target),
        termWords.stream().map(PairCounter.TermWord::of).toList());
  }

  /** The concordance of {@code term} on {@code searcher}'s index alone. */
  Concordance concordance(IndexSearcher searcher, String term, int pairs, int candidates)
      throws IOException, QuerySyntaxException {
    ConcordancePart part = part(searcher, term, ConcordanceBuilder.documentsToRead(pairs));
    Map<List<Object>, PairCounter> opened = new HashMap<>();
    return ConcordanceBuilder.assemble(
        schema,
        term,
        part,
        pairs,
        candidates,
        (source, target, termWords, keys) -> {
          // one concordance asks in rounds about the same pairs: they are read once
          List<Object> question = List.of(source, target, termWords);
          PairCounter counter = opened.get(question);
          if (counter == null) {
            counter = counter(searcher.getIndexReader(), source, target, termWords);
            opened.put(question, counter);
          }
          return counter.count(keys);
        });
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
