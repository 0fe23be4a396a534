package dev.dossier.search;

import java.io.IOException;
import java.util.Map;
import dev.dossier.index.IndexSchema;
import java.text.BreakIterator;
import java.util.function.Supplier;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** A UnifiedHighlighter that hands out its formatter's objects, which our formatters make into records. */
final class PassageHighlighter extends UnifiedHighlighter {

  private PassageHighlighter(UnifiedHighlighter.Builder builder) {
    super(builder);
  }

  /**
   * A highlighter of the schema's text fields: offsets from the postings, the whole text considered, matches of
   * each text field's companions highlighted on its stored text, passages cut by {@code breaks}.
   */
  static PassageHighlighter of(
      IndexSearcher searcher, IndexSchema schema, PassageFormatter formatter, Supplier<BreakIterator> breaks) {
    return new PassageHighlighter(
        UnifiedHighlighter.builder(searcher, schema.analyzer())
            .withFormatter(formatter)
            .withMaxLength(Integer.MAX_VALUE - 1)
            .withMaxNoHighlightPassages(0)
            .withBreakIterator(breaks)
            .withMaskedFieldsFunc(schema::highlightedWith));
  }

  /** The formatter's object for each field and document. */
  Map<String, Object[]> passages(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
    return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
  }
}
