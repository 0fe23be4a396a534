package dev.dossier.search;

import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A UnifiedHighlighter that hands out its formatter's objects, which our formatters make into
 * records.
 */
final class PassageHighlighter extends UnifiedHighlighter {

  /**
   * The page's documents, already read by the searcher: their texts are not decompressed a second
   * time.
   */
  private final Map<Integer, Document> stored;

  private final IndexSchema schema;

  private PassageHighlighter(
      UnifiedHighlighter.Builder builder, IndexSchema schema, Map<Integer, Document> stored) {
    super(builder);
    this.schema = schema;
    this.stored = stored;
  }

  /**
   * A highlighter of the schema's text fields: offsets from the postings, the whole text
   * considered, matches of each text field's companions highlighted on its stored text, passages
   * cut by {@code breaks}.
   *
   * <p>Phrases ({@code positional}) are highlighted by {@code Weight.matches} (a phrase is one
   * span, only where it matches as a phrase), which builds the whole query's weight again for every
   * document and field; queries of single words are highlighted term by term from the postings,
   * which costs a term lookup each. For a name with its phonetic and OCR terms over six fields that
   * is the difference between 13 and 5 ms a page.
   */
  static PassageHighlighter of(
      IndexSearcher searcher,
      IndexSchema schema,
      PassageFormatter formatter,
      Supplier<BreakIterator> breaks,
      boolean positional,
      Map<Integer, Document> stored) {
    return new PassageHighlighter(
        UnifiedHighlighter.builder(searcher, schema.analyzer())
            .withFormatter(formatter)
            .withScorer(new CompactPassageScorer())
            .withMaxLength(Integer.MAX_VALUE - 1)
            .withMaxNoHighlightPassages(0)
            .withWeightMatches(positional)
            .withBreakIterator(breaks)
            .withMaskedFieldsFunc(schema::highlightedWith),
        schema,
        stored);
  }

  /**
   * The unstemmed companions, indexed without offsets, are read from the postings all the same:
   * {@link CompanionOffsets} gives each word the offsets of its stem at its position.
   */
  @Override
  protected OffsetSource getOffsetSource(String field) {
    OffsetSource source = super.getOffsetSource(field);
    return source == OffsetSource.ANALYSIS && schema.languageOfExactField(field).isPresent()
        ? OffsetSource.POSTINGS
        : source;
  }

  /**
   * Each field highlighted on a language's text reads that language's unstemmed companion through
   * {@link CompanionOffsets}: the companion's own matches need it, and so do the others' (a name's
   * span query takes short words from the companion, masked as the name-key field).
   */
  @Override
  protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
    Optional<String> language =
        schema.languages().stream()
            .filter(l -> schema.highlightedWith(Fields.text(l)).contains(components.getField()))
            .findFirst();
    if (source != OffsetSource.POSTINGS || language.isEmpty()) {
      return super.getOffsetStrategy(source, components);
    }
    String companion = Fields.exact(language.get());
    String stemmed = Fields.text(language.get());
    return new PostingsOffsetStrategy(components) {
      @Override
      public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content)
          throws IOException {
        return createOffsetsEnumFromReader(
            CompanionOffsets.of(reader, schema, companion, stemmed, content), docId);
      }
    };
  }

  /**
   * Whether {@code query} has a part whose match depends on positions (a phrase), not on terms
   * alone.
   */
  static boolean isPositional(Query query) {
    boolean[] positional = new boolean[1];
    query.visit(
        new org.apache.lucene.search.QueryVisitor() {
          @Override
          public org.apache.lucene.search.QueryVisitor getSubVisitor(
              org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
            if (parent instanceof org.apache.lucene.search.PhraseQuery
                || parent instanceof org.apache.lucene.search.MultiPhraseQuery
                || parent instanceof org.apache.lucene.queries.spans.SpanQuery) {
              positional[0] = true;
            }
            return this;
          }
        });
    return positional[0];
  }

  /**
   * The texts to highlight, from the documents the searcher read for the page; a document it did
   * not read is read here. Reading stored fields means decompressing the whole document, which for
   * long texts costs as much as the search itself.
   */
  @Override
  protected List<CharSequence[]> loadFieldValues(
      String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    int chars = 0;
    do {
      int docId = docIter.nextDoc();
      if (docId == DocIdSetIterator.NO_MORE_DOCS) {
        break;
      }
      Document doc = stored.get(docId);
      if (doc == null) {
        doc = searcher.storedFields().document(docId, Set.of(fields));
      }
      CharSequence[] byField = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        byField[f] = doc.get(fields[f]);
        chars += byField[f] == null ? 0 : byField[f].length();
      }
      values.add(byField);
    } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
    return values;
  }

  /** The formatter's object for each field and document. */
  Map<String, Object[]> passages(String[] fields, Query query, int[] docIds, int[] maxPassages)
      throws IOException {
    return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
  }
}
