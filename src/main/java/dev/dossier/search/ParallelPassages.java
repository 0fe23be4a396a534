package dev.dossier.search;

import dev.dossier.align.Alignment;
import dev.dossier.align.PassagePair;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * The aligned passage pairs of a hit that hold a match on either side, matches marked on both. The
 * highlighter runs over each whole text (one passage per field) to get every match offset; the
 * stored alignment then says which pair each match falls in.
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
  record Texts(
      String originalLanguage,
      String original,
      String translationLanguage,
      String translation,
      Alignment alignment) {}

  /** For each hit, the pairs that hold a match of {@code query}. */
  List<List<ParallelPair>> of(Query query, StoredHits hits) throws IOException {
    String[] fields = languages.stream().map(Fields::text).toArray(String[]::new);
    int[] one = new int[fields.length];
    java.util.Arrays.fill(one, 1);
    PassageHighlighter highlighter =
        PassageHighlighter.of(
            searcher,
            schema,
            new MatchOffsets(),
            WholeBreakIterator::new,
            PassageHighlighter.isPositional(query),
            hits.byDocId());
    Map<String, Object[]> matches =
        hits.size() == 0 ? Map.of() : highlighter.passages(fields, query, hits.docIds(), one);
    List<List<ParallelPair>> result = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      Texts t = hits.texts(i);
      Matches o =
          Matches.of(offsets(matches, Fields.text(schema.indexLanguage(t.originalLanguage())), i));
      Matches tr =
          t.translationLanguage().isEmpty()
              ? Matches.NONE
              : Matches.of(
                  offsets(matches, Fields.text(schema.indexLanguage(t.translationLanguage())), i));
      List<ParallelPair> pairs = new ArrayList<>();
      for (PassagePair pair : t.alignment().pairs()) {
        int[] inOriginal = o.within(pair.originalStart(), pair.originalEnd());
        int[] inTranslation = tr.within(pair.translationStart(), pair.translationEnd());
        if (inOriginal[1] > inOriginal[0] || inTranslation[1] > inTranslation[0]) {
          pairs.add(
              new ParallelPair(
                  o.snippet(t.original(), pair.originalStart(), pair.originalEnd(), inOriginal),
                  tr.snippet(
                      t.translation(),
                      pair.translationStart(),
                      pair.translationEnd(),
                      inTranslation)));
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

  /**
   * A text's match offsets, sorted by start, with the running maximum of their ends: the matches
   * that overlap a passage are found by two binary searches, so a document's passages cost
   * (passages + matches) x log(matches), not passages x matches (a 120 MB document has a hundred
   * thousand of each).
   */
  private record Matches(int[] starts, int[] ends, int[] maxEnd) {
    static final Matches NONE = new Matches(new int[0], new int[0], new int[0]);

    static Matches of(int[][] offsets) {
      int n = offsets[0].length;
      Integer[] order = new Integer[n];
      for (int m = 0; m < n; m++) {
        order[m] = m;
      }
      java.util.Arrays.sort(order, java.util.Comparator.comparingInt(m -> offsets[0][m]));
      int[] starts = new int[n];
      int[] ends = new int[n];
      int[] maxEnd = new int[n];
      for (int m = 0; m < n; m++) {
        starts[m] = offsets[0][order[m]];
        ends[m] = offsets[1][order[m]];
        maxEnd[m] = m == 0 ? ends[m] : Math.max(maxEnd[m - 1], ends[m]);
      }
      return new Matches(starts, ends, maxEnd);
    }

    /**
     * The range {from, to} of the matches that may overlap [start, end), empty when none does:
     * every match before it ends by {@code start} (the running maximum says so), every match after
     * it starts at {@code end} or later, and the first inside it overlaps; others inside it may not
     * (a match nested in a longer one before it), and the snippet skips those.
     */
    int[] within(int start, int end) {
      int to = firstAtOrAfter(starts, end);
      int from = firstAbove(maxEnd, start, to);
      return from < to ? new int[] {from, to} : new int[] {0, 0};
    }

    Snippet snippet(String text, int start, int end, int[] range) {
      int[] s = java.util.Arrays.copyOfRange(starts, range[0], range[1]);
      int[] e = java.util.Arrays.copyOfRange(ends, range[0], range[1]);
      return SnippetFormatter.snippet(text, start, end, s, e, s.length);
    }

    /** The first index whose value is at least {@code value} (values sorted ascending). */
    private static int firstAtOrAfter(int[] sorted, int value) {
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted[mid] < value) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /**
     * The first index below {@code limit} whose value is above {@code value} (values
     * non-decreasing).
     */
    private static int firstAbove(int[] nonDecreasing, int value, int limit) {
      int lo = 0;
      int hi = limit;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (nonDecreasing[mid] <= value) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
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
