package dev.dossier.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The tokens of one analysis, kept in flat arrays so that the same analysis feeds several
 * consumers: the index (through {@link #replay()}), the aligner (terms with their offsets), and
 * further filters (the unstemmed and name-key chains that share the tokenizer's work). Cheaper than
 * Lucene's {@code CachingTokenFilter}, which clones every attribute of every token.
 *
 * <p>Kept per token: the term, position increment, offsets, type and keyword flag, which is all
 * that Lucene's indexing chain and the filters of our chains read.
 */
public final class RecordedTokens {

  private char[] chars = new char[256];
  private int charCount;
  private int[] termEnds = new int[32];
  private int[] increments = new int[32];
  private int[] starts = new int[32];
  private int[] ends = new int[32];

  /**
   * Per token, its type as an index into {@link #typeNames}: a tokenizer has a handful of types,
   * and a reference a token was most of a long text's recording after the offsets.
   */
  private byte[] types = new byte[32];

  private String[] typeNames = new String[4];
  private int typeCount;
  private boolean[] keywords = new boolean[32];
  private int size;
  private int finalOffset;
  private int finalIncrement;

  private RecordedTokens() {}

  /** Consumes {@code stream} (reset, every token, end, close) and keeps its tokens. */
  public static RecordedTokens of(TokenStream stream) {
    RecordedTokens tokens = new RecordedTokens();
    try (TokenStream ts = stream) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(
            term,
            increment.getPositionIncrement(),
            offset.startOffset(),
            offset.endOffset(),
            type.type(),
            keyword.isKeyword());
      }
      ts.end();
      tokens.finalOffset = offset.endOffset();
      tokens.finalIncrement = increment.getPositionIncrement();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysis of an in-memory string does no I/O
    }
    return tokens;
  }

  private void add(
      CharTermAttribute term, int increment, int start, int end, String type, boolean keyword) {
    if (size == termEnds.length) {
      int n = size * 2;
      termEnds = Arrays.copyOf(termEnds, n);
      increments = Arrays.copyOf(increments, n);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      types = Arrays.copyOf(types, n);
      keywords = Arrays.copyOf(keywords, n);
    }
    int length = term.length();
    if (charCount + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + length));
    }
    System.arraycopy(term.buffer(), 0, chars, charCount, length);
    charCount += length;
    termEnds[size] = charCount;
    increments[size] = increment;
    starts[size] = start;
    ends[size] = end;
    types[size] = typeIndex(type);
    keywords[size] = keyword;
    size++;
  }

  /** The index of {@code type} among the types seen (types are few: at most 256 kept apart). */
  private byte typeIndex(String type) {
    for (int t = 0; t < typeCount; t++) {
      if (typeNames[t] == type || java.util.Objects.equals(typeNames[t], type)) {
        return (byte) t;
      }
    }
    if (typeCount == 256) {
      throw new IllegalStateException("more than 256 token types in one analysis");
    }
    if (typeCount == typeNames.length) {
      typeNames = Arrays.copyOf(typeNames, typeCount * 2);
    }
    typeNames[typeCount] = type;
    return (byte) typeCount++;
  }

  /** How many tokens there are. */
  public int size() {
    return size;
  }

  /** The term of token {@code i}. */
  public String term(int i) {
    int from = i == 0 ? 0 : termEnds[i - 1];
    return new String(chars, from, termEnds[i] - from);
  }

  /**
   * A 64-bit hash of the term of token {@code i} (FNV-1a over its characters, then MurmurHash3's
   * finaliser), without building the term: the shingles of near-duplicate detection.
   */
  public long termHash(int i) {
    int from = i == 0 ? 0 : termEnds[i - 1];
    long h = 0xcbf29ce484222325L;
    for (int c = from; c < termEnds[i]; c++) {
      h = (h ^ chars[c]) * 0x100000001b3L;
    }
    return mix(h);
  }

  /** MurmurHash3's 64-bit finaliser: every input bit flips each output bit with probability ½. */
  public static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** Whether the term of token {@code i} starts with {@code prefix}, without building the term. */
  public boolean termStartsWith(int i, String prefix) {
    int from = i == 0 ? 0 : termEnds[i - 1];
    if (termEnds[i] - from < prefix.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (chars[from + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The position increment of token {@code i}: 1 after the token before it, more where a stop word
   * was removed.
   */
  public int increment(int i) {
    return increments[i];
  }

  /** The offset where token {@code i} starts in the analysed text. */
  public int start(int i) {
    return starts[i];
  }

  /** The offset where token {@code i} ends in the analysed text. */
  public int end(int i) {
    return ends[i];
  }

  /**
   * The first token that starts at or after {@code offset} ({@link #size()} when none; tokens are
   * in text order).
   */
  public int firstAtOrAfter(int offset) {
    int low = 0;
    int high = size;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (starts[mid] < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The tokens again, as a fresh token stream (each call gives an independent one). */
  public TokenStream replay() {
    return new Replay(null);
  }

  /**
   * The tokens again without those whose term starts with {@code prefix}; a skipped token's
   * position increment passes to the next token kept, as Lucene's {@code FilteringTokenFilter}
   * does.
   */
  public TokenStream replayWithout(String prefix) {
    return new Replay(prefix);
  }

  /** Plays the recorded tokens back, attribute for attribute. */
  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final String skipped;
    private int next;

    /** The increments of skipped tokens after the last one kept, for {@link #end()}. */
    private int trailing;

    Replay(String skipped) {
      this.skipped = skipped;
    }

    @Override
    public boolean incrementToken() {
      int passed = 0;
      while (next < size && skipped != null && termStartsWith(next, skipped)) {
        passed += increments[next++];
      }
      if (next >= size) {
        trailing += passed;
        return false;
      }
      clearAttributes();
      int from = next == 0 ? 0 : termEnds[next - 1];
      term.copyBuffer(chars, from, termEnds[next] - from);
      increment.setPositionIncrement(passed + increments[next]);
      offset.setOffset(starts[next], ends[next]);
      type.setType(typeNames[types[next] & 0xff]);
      keyword.setKeyword(keywords[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(finalOffset, finalOffset);
      increment.setPositionIncrement(trailing + finalIncrement);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
      trailing = 0;
    }
  }
}
