package dev.dossier.search;

import dev.dossier.analysis.RecordedTokens;
import dev.dossier.index.IndexSchema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * A leaf reader whose unstemmed companion field ({@code text_ru_exact}), indexed with positions
 * only, hands out offsets for the highlighter of one document's stored text.
 *
 * <p>The companion's words stand at the positions of the stemmed field's words: one tokenisation is
 * teed into both ({@link dev.dossier.analysis.TeedAnalysis}). So a word's offsets at a position are
 * those of its stem at that position, which the stemmed field's postings hold: one term lookup per
 * highlighted word, as for the stemmed field itself. Offsets were half of each positional field's
 * postings; the companion no longer stores them (docs/benchmark.md, "Round 5").
 *
 * <p>Where the stemmed field has no token at a position (a stop word, which only the companion
 * keeps) or holds another stem there, the offsets are found when asked for, which a phrase asks
 * only where it matches: the text between the nearest positions whose offsets are known (the
 * phrase's other words) is analysed with the companion's chain, and its tokens are counted from
 * there. Only when no known position bounds the gap, or the count does not come out right, is the
 * whole text analysed, once per document: what the UnifiedHighlighter does for a field without
 * offsets ({@code OffsetSource.ANALYSIS}).
 */
final class CompanionOffsets extends FilterLeafReader {

  private final IndexSchema schema;
  private final String companion;
  private final String stemmed;
  private final String content;

  /** Offsets known in this document by position: {start, end}. */
  private final TreeMap<Integer, int[]> known = new TreeMap<>();

  /** Whether the whole text was analysed into {@link #known}. */
  private boolean analysedWhole;

  private CompanionOffsets(
      LeafReader in, IndexSchema schema, String companion, String stemmed, String content) {
    super(in);
    this.schema = schema;
    this.companion = companion;
    this.stemmed = stemmed;
    this.content = content;
  }

  /**
   * {@code reader} with offsets for {@code companion}, the unstemmed companion of the stemmed field
   * {@code stemmed}, whose stored text {@code content} is highlighted; {@code reader} itself when
   * the companion has offsets of its own (an index written before they were left out).
   */
  static LeafReader of(
      LeafReader reader, IndexSchema schema, String companion, String stemmed, String content) {
    return hasOffsets(reader, companion)
        ? reader
        : new CompanionOffsets(reader, schema, companion, stemmed, content);
  }

  /** Whether {@code field} has offsets in the postings of {@code reader}. */
  static boolean hasOffsets(LeafReader reader, String field) {
    FieldInfo info = reader.getFieldInfos().fieldInfo(field);
    return info != null
        && info.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS;
  }

  @Override
  public Terms terms(String field) throws IOException {
    Terms terms = super.terms(field);
    if (terms == null || !field.equals(companion)) {
      return terms;
    }
    return new FilterTerms(terms) {
      @Override
      public TermsEnum iterator() throws IOException {
        return new FilterTermsEnum(in.iterator()) {
          @Override
          public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
            if (!PostingsEnum.featureRequested(flags, PostingsEnum.OFFSETS)) {
              return in.postings(reuse, flags);
            }
            return new Mapped(
                BytesRef.deepCopyOf(term()), in.postings(null, PostingsEnum.POSITIONS));
          }
        };
      }

      @Override
      public boolean hasOffsets() {
        return true;
      }
    };
  }

  @Override
  public CacheHelper getCoreCacheHelper() {
    return null;
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return null;
  }

  /**
   * The offsets of the stem of {@code word} in {@code doc} of the stemmed field, into {@link
   * #known}.
   */
  private void stemsOf(String word, int doc) throws IOException {
    List<String> stems = schema.terms(stemmed, word);
    Terms terms = in.terms(stemmed);
    if (stems.size() != 1 || terms == null) {
      return;
    }
    TermsEnum te = terms.iterator();
    if (!te.seekExact(new BytesRef(stems.get(0)))) {
      return;
    }
    PostingsEnum postings = te.postings(null, PostingsEnum.OFFSETS);
    if (postings.advance(doc) != doc) {
      return;
    }
    for (int i = postings.freq(); i > 0; i--) {
      int position = postings.nextPosition();
      known.put(position, new int[] {postings.startOffset(), postings.endOffset()});
    }
  }

  /**
   * The offsets at {@code position}, which no stem gave: from the text between the nearest known
   * positions around it, or else from the whole text; {start, end}.
   */
  private int[] offsetsAt(int position) {
    int[] found = known.get(position);
    if (found != null) {
      return found;
    }
    Map.Entry<Integer, int[]> before = known.lowerEntry(position);
    Map.Entry<Integer, int[]> after = known.higherEntry(position);
    if (before != null && after != null && !analysedWhole) {
      int from = before.getValue()[1];
      int to = after.getValue()[0];
      if (from <= to && analyse(from, to, before.getKey(), after.getKey())) {
        found = known.get(position);
        if (found != null) {
          return found;
        }
      }
    }
    if (!analysedWhole) {
      analysedWhole = true;
      analyse(0, content.length(), -1, Integer.MAX_VALUE);
    }
    found = known.get(position);
    // a position the text does not have (past the first of several values): after the text, so the
    // highlighter's offsets stay sorted and it stops there
    return found != null ? found : new int[] {content.length(), content.length()};
  }

  /**
   * Analyses {@code content[from, to)}, which lies between the known positions {@code first} and
   * {@code last} (-1 and none for the whole text), into {@link #known}; false when its tokens do
   * not fill exactly the positions between them.
   */
  private boolean analyse(int from, int to, int first, int last) {
    RecordedTokens tokens = schema.tokens(companion, content.substring(from, to));
    int position = first;
    Map<Integer, int[]> found = new java.util.HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      position += tokens.increment(i);
      found.put(position, new int[] {from + tokens.start(i), from + tokens.end(i)});
    }
    boolean whole = first < 0;
    if (!whole && position != last - 1) {
      return false;
    }
    found.forEach(known::putIfAbsent);
    return true;
  }

  /**
   * A companion word's postings with offsets: its positions in a document, each with the offsets
   * its stem has there, or those the text gives when asked for.
   */
  private final class Mapped extends FilterPostingsEnum {

    private final String word;
    private int[] positions = new int[0];
    private int next;

    Mapped(BytesRef word, PostingsEnum positionsOnly) {
      super(positionsOnly);
      this.word = word.utf8ToString();
    }

    @Override
    public int nextDoc() throws IOException {
      return load(in.nextDoc());
    }

    @Override
    public int advance(int target) throws IOException {
      return load(in.advance(target));
    }

    @Override
    public int docID() {
      return in.docID();
    }

    private int load(int target) throws IOException {
      next = 0;
      if (target == DocIdSetIterator.NO_MORE_DOCS) {
        return target;
      }
      positions = new int[in.freq()];
      for (int i = 0; i < positions.length; i++) {
        positions[i] = in.nextPosition();
      }
      if (positions.length > 0) {
        stemsOf(word, target);
      }
      return target;
    }

    @Override
    public int freq() {
      return positions.length;
    }

    @Override
    public int nextPosition() {
      return positions[next++];
    }

    @Override
    public int startOffset() {
      return offsetsAt(positions[next - 1])[0];
    }

    @Override
    public int endOffset() {
      return offsetsAt(positions[next - 1])[1];
    }

    @Override
    public BytesRef getPayload() {
      return null;
    }
  }
}
