package dev.dossier.search;

import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;

/**
 * Best passages of each language's text for a page of hits, from Lucene's UnifiedHighlighter.
 * Offsets come from the postings, and each stored text field is highlighted with the matches of its
 * unstemmed companion too ({@code withMaskedFieldsFunc}), so a fuzzy or exact-form match lands on
 * the stored text.
 */
final class Snippets {

  /**
   * Passages grow to about this many characters around their matches, like a search engine's
   * fragment size.
   */
  private static final int PASSAGE_LENGTH = 160;

  private final IndexSearcher searcher;
  private final IndexSchema schema;
  private final List<String> languages;

  /** Snippets of the texts in {@code languages}: the declared languages the index has texts in. */
  Snippets(IndexSearcher searcher, IndexSchema schema, List<String> languages) {
    this.searcher = searcher;
    this.schema = schema;
    this.languages = List.copyOf(languages);
  }

  /**
   * Snippets of every language's text for each document, keyed by language; languages without a
   * match are absent. {@code stored} holds documents already read, by id.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  Map<String, List<Snippet>>[] highlight(
      Query query, int[] docIds, Map<Integer, Document> stored, int fragments) throws IOException {
    String[] fields = languages.stream().map(Fields::text).toArray(String[]::new);
    int[] maxPassages = new int[fields.length];
    java.util.Arrays.fill(maxPassages, Math.max(fragments, 1));
    Map<String, List<Snippet>>[] result = new Map[docIds.length];
    if (fragments == 0 || docIds.length == 0) {
      for (int i = 0; i < docIds.length; i++) {
        result[i] = Map.of();
      }
      return result;
    }
    PassageHighlighter highlighter =
        PassageHighlighter.of(
            searcher,
            schema,
            new SnippetFormatter(),
            () ->
                LengthGoalBreakIterator.createClosestToLength(
                    new IcuSentenceBreakIterator(), PASSAGE_LENGTH, 0.5f),
            PassageHighlighter.isPositional(query),
            stored);
    Map<String, Object[]> byField = highlighter.passages(fields, query, docIds, maxPassages);
    for (int i = 0; i < docIds.length; i++) {
      Map<String, List<Snippet>> perLanguage = new java.util.LinkedHashMap<>();
      for (int f = 0; f < fields.length; f++) {
        Object snippets = byField.get(fields[f])[i];
        if (snippets instanceof List<?> list && !list.isEmpty()) {
          perLanguage.put(languages.get(f), (List<Snippet>) list);
        }
      }
      result[i] = perLanguage;
    }
    return result;
  }
}
