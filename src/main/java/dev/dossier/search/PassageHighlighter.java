package dev.dossier.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** A UnifiedHighlighter that hands out its formatter's objects, which our formatters make into records. */
final class PassageHighlighter extends UnifiedHighlighter {

  PassageHighlighter(UnifiedHighlighter.Builder builder) {
    super(builder);
  }

  /** The formatter's object for each field and document. */
  Map<String, Object[]> passages(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
    return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
  }
}
