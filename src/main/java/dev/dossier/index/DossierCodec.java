package dev.dossier.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.bloom.BloomFilterFactory;
import org.apache.lucene.codecs.bloom.BloomFilteringPostingsFormat;
import org.apache.lucene.codecs.bloom.FuzzySet;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene912.Lucene912PostingsFormat;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.SegmentWriteState;

/**
 * Lucene 9.12's codec with the stored texts compressed by DEFLATE in chunks of about one document,
 * the one choice of storage Dossier makes differently from Lucene's default.
 *
 * <p>Stored texts are a third of an index. Lucene's default (LZ4 in 80 KB blocks) keeps them at
 * 0.68 × their size; its {@code BEST_COMPRESSION} (DEFLATE with a preset dictionary, 480 KB blocks)
 * at 0.37 ×, but then every hit's snippets decompress the dictionary and 48 KB sub-blocks around
 * the document, which cost 3–4 ms a query with ten hits. Lucene's own {@link
 * CompressionMode#HIGH_COMPRESSION} (DEFLATE, no dictionary) in 16 KB chunks stores them at 0.42 ×,
 * and a hit decompresses about its own document only. Measured with {@code bench/run --docs 2000}
 * (same machine, consecutive runs): index 1.88 → 1.62 × the input, query p50 unchanged (term 4.8 ms
 * both, phrase 2.2 and 2.1 ms, name 9.8 ms both).
 *
 * <p>The duplicate keys ({@link Fields#DUPLICATE_KEYS}) have a Bloom filter in front of their terms
 * (Lucene's own {@link BloomFilteringPostingsFormat}, as Elasticsearch once gave its ids): each hit
 * of a page looks its 17 keys up in every segment, and a key is almost always in none but its own
 * document's, so most lookups end at the filter instead of in the terms dictionary. At 20,000 bench
 * documents (JFR) the lookup was 18 % of a search's time, its seeks in the terms 14 %; with the
 * filter 12 % and 5 % (docs/benchmark.md).
 *
 * <p>Registered by name ({@code META-INF/services}), so any Lucene 9.12 reader with Dossier's jar
 * opens the index; segments written before it keep their codec and are read as they are. A Solr
 * core indexes with Solr's own codec.
 */
public final class DossierCodec extends FilterCodec {

  /** The codec's name, written in each segment; never change it, old indexes name it. */
  public static final String NAME = "Dossier912";

  /** Chunks close once they hold this many bytes: most documents are a chunk of their own. */
  static final int CHUNK_BYTES = 16 * 1024;

  private final StoredFieldsFormat storedFields =
      new Lucene90CompressingStoredFieldsFormat(
          "DossierStoredFields", CompressionMode.HIGH_COMPRESSION, CHUNK_BYTES, 128, 10);

  /**
   * The Bloom filter's false positives: one absent key in a hundred is looked up in the terms after
   * all.
   */
  static final float KEY_FALSE_POSITIVES = 0.01f;

  /** The codec; public and without arguments for Lucene's service loader. */
  public DossierCodec() {
    super(NAME, new KeysFiltered());
  }

  /** Lucene's codec, with the duplicate keys' postings behind a Bloom filter. */
  private static final class KeysFiltered extends Lucene912Codec {
    private final PostingsFormat keys =
        new BloomFilteringPostingsFormat(new Lucene912PostingsFormat(), new KeysBloomFilter());

    @Override
    public PostingsFormat getPostingsFormatForField(String field) {
      return Fields.DUPLICATE_KEYS.equals(field) ? keys : super.getPostingsFormatForField(field);
    }
  }

  /**
   * A filter sized for the keys of every document of the segment (Lucene's default assumes one term
   * a document, an id), shrunk once written to what it holds.
   */
  private static final class KeysBloomFilter extends BloomFilterFactory {
    @Override
    public FuzzySet getSetForField(SegmentWriteState state, FieldInfo info) {
      long keys = (long) state.segmentInfo.maxDoc() * DuplicateSignature.KEYS;
      // capped so that Lucene's sizing (about 20 bits a key at 1 %) stays within an int
      return FuzzySet.createOptimalSet(
          (int) Math.min(Integer.MAX_VALUE / 32, Math.max(1, keys)), KEY_FALSE_POSITIVES);
    }

    @Override
    public boolean isSaturated(FuzzySet filter, FieldInfo info) {
      return filter.getSaturation() > 0.9f; // as Lucene's default: not worth its memory then
    }
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
