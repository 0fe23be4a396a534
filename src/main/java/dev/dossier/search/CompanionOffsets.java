package dev.dossier.search;

import dev.dossier.analysis.RecordedTokens;
import dev.dossier.index.IndexSchema;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
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
 * keeps) or holds another stem there, the offsets come from analysing the stored text with the
 * companion's own chain, once per document: what the UnifiedHighlighter does for a field without
 * offsets ({@code OffsetSource.ANALYSIS}), here only for the documents that need it.
 */
final class CompanionOffsets extends FilterLeafReader {

  private final IndexSchema schema;
  private final String companion;
  private final String stemmed;
  private final String content;

  /** The companion's tokens in {@link #content}, analysed at the first position a stem misses. */
  private Analysed analysed;

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

  /** Positions, start and end offsets of a word's occurrences, sorted by position. */
  private record Occurrences(int[] positions, int[] starts, int[] ends) {

    static final Occurrences NONE = new Occurrences(new int[0], new int[0], new int[0]);

    /** The index of {@code position}, or a negative number. */
    int at(int position) {
      return Arrays.binarySearch(positions, position);
    }
  }

  /** The companion's tokens of the whole text, by position. */
  private record Analysed(Occurrences tokens) {}

  /** The occurrences of the stems of {@code word} in {@code doc} of the stemmed field. */
  private Occurrences stemsOf(String word, int doc) throws IOException {
    List<String> stems = schema.terms(stemmed, word);
    Terms terms = in.terms(stemmed);
    if (stems.size() != 1 || terms == null) {
      return Occurrences.NONE;
    }
    TermsEnum te = terms.iterator();
    if (!te.seekExact(new BytesRef(stems.get(0)))) {
      return Occurrences.NONE;
    }
    PostingsEnum postings = te.postings(null, PostingsEnum.OFFSETS);
    if (postings.advance(doc) != doc) {
      return Occurrences.NONE;
    }
    int n = postings.freq();
    int[] positions = new int[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      positions[i] = postings.nextPosition();
      starts[i] = postings.startOffset();
      ends[i] = postings.endOffset();
    }
    return new Occurrences(positions, starts, ends);
  }

  /** The companion's tokens of {@link #content}, analysed once. */
  private Occurrences analysed() {
    if (analysed == null) {
      RecordedTokens tokens = schema.tokens(companion, content);
      int n = tokens.size();
      int[] positions = new int[n];
      int[] starts = new int[n];
      int[] ends = new int[n];
      int position = -1;
      for (int i = 0; i < n; i++) {
        position += tokens.increment(i);
        positions[i] = position;
        starts[i] = tokens.start(i);
        ends[i] = tokens.end(i);
      }
      analysed = new Analysed(new Occurrences(positions, starts, ends));
    }
    return analysed.tokens();
  }

  /**
   * A companion word's postings with offsets: its positions in a document, each with the offsets
   * its stem has there, or the analysed text's.
   */
  private final class Mapped extends FilterPostingsEnum {

    private final String word;
    private int[] positions = new int[0];
    private int[] starts = new int[0];
    private int[] ends = new int[0];
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
      int n = in.freq();
      positions = new int[n];
      starts = new int[n];
      ends = new int[n];
      Occurrences stems = stemsOf(word, target);
      int kept = 0;
      for (int i = 0; i < n; i++) {
        int position = in.nextPosition();
        Occurrences source = stems;
        int at = source.at(position);
        if (at < 0) {
          source = analysed();
          at = source.at(position);
        }
        if (at >= 0) {
          positions[kept] = position;
          starts[kept] = source.starts()[at];
          ends[kept] = source.ends()[at];
          kept++;
        }
      }
      positions = Arrays.copyOf(positions, kept);
      starts = Arrays.copyOf(starts, kept);
      ends = Arrays.copyOf(ends, kept);
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
      return starts[next - 1];
    }

    @Override
    public int endOffset() {
      return ends[next - 1];
    }

    @Override
    public BytesRef getPayload() {
      return null;
    }
  }
}
