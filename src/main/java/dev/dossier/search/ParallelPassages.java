package dev.dossier.search;

import dev.dossier.align.Alignment;
import dev.dossier.align.PassagePair;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * The aligned passage pairs of a hit that hold a match on either side, matches marked on both. The highlighter
 * runs over each whole text (one passage per field) to get every match offset; the stored alignment then says
 * which pair each match falls in.
 */
final class ParallelPassages {

  private final IndexSearcher searcher;
  private final IndexSchema schema;
  private final List<String> languages;

  /** Passages of the texts in {@code languages}: the declared languages the index has texts in. */
  ParallelPassages(IndexSearcher searcher, IndexSchema schema, List<String> languages) {
    this.searcher = searcher;
    this.schema = schema;
    this.languages = List.copyOf(languages);
  }

  /** One hit's texts and alignment. */
  record Texts(String originalLanguage, String original, String translationLanguage, String translation, Alignment alignment) {}

  /** For each document, the pairs that hold a match; {@code stored} holds documents already read, by id. */
  List<List<ParallelPair>> of(Query query, int[] docIds, List<Texts> texts, Map<Integer, Document> stored)
      throws IOException {
    String[] fields = languages.stream().map(Fields::text).toArray(String[]::new);
    int[] one = new int[fields.length];
    java.util.Arrays.fill(one, 1);
    PassageHighlighter highlighter = PassageHighlighter.of(
        searcher, schema, new MatchOffsets(), WholeBreakIterator::new, PassageHighlighter.isPositional(query), stored);
    Map<String, Object[]> matches = docIds.length == 0 ? Map.of() : highlighter.passages(fields, query, docIds, one);
    List<List<ParallelPair>> result = new ArrayList<>();
    for (int i = 0; i < docIds.length; i++) {
      Texts t = texts.get(i);
      int[][] o = offsets(matches, Fields.text(schema.indexLanguage(t.originalLanguage())), i);
      int[][] tr = t.translationLanguage().isEmpty() ? new int[2][0] : offsets(matches, Fields.text(schema.indexLanguage(t.translationLanguage())), i);
      List<ParallelPair> pairs = new ArrayList<>();
      for (PassagePair pair : t.alignment().pairs()) {
        boolean hit = any(o, pair.originalStart(), pair.originalEnd()) || any(tr, pair.translationStart(), pair.translationEnd());
        if (hit) {
          pairs.add(
              new ParallelPair(
                  SnippetFormatter.snippet(t.original(), pair.originalStart(), pair.originalEnd(), o[0], o[1], o[0].length),
                  SnippetFormatter.snippet(t.translation(), pair.translationStart(), pair.translationEnd(), tr[0], tr[1], tr[0].length)));
        }
      }
      result.add(pairs);
    }
    return result;
  }

  private static int[][] offsets(Map<String, Object[]> matches, String field, int doc) {
    Object[] perDoc = matches.get(field);
    if (perDoc == null || !(perDoc[doc] instanceof int[][] offsets)) {
      return new int[2][0];
    }
    return offsets;
  }

  private static boolean any(int[][] offsets, int start, int end) {
    for (int m = 0; m < offsets[0].length; m++) {
      if (offsets[0][m] < end && offsets[1][m] > start) {
        return true;
      }
    }
    return false;
  }

  /** Formats the one whole-text passage as its match offsets: {starts, ends}. */
  private static final class MatchOffsets extends PassageFormatter {
    @Override
    public int[][] format(Passage[] passages, String content) {
      if (passages.length == 0) {
        return new int[2][0];
      }
      Passage p = passages[0];
      return new int[][] {
        java.util.Arrays.copyOf(p.getMatchStarts(), p.getNumMatches()),
        java.util.Arrays.copyOf(p.getMatchEnds(), p.getNumMatches())
      };
    }
  }
}
