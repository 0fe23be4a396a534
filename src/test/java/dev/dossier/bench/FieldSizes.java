package dev.dossier.bench;

import dev.dossier.index.DossierCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.VectorEncoding;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;

/**
 * The bytes each field of an index takes: every field is copied alone into an index of its own
 * ({@code IndexWriter.addIndexes} of the leaves filtered to it, Dossier's codec, merged to one
 * segment), once for what is indexed (postings, doc values, norms, points) and once for its stored
 * values. Lucene keeps no per-field sizes; this is how docs/benchmark.md's "Round 5" measured them.
 *
 * <p>{@code java -cp target/bench/dossier-bench.jar:target/bench/bench-classes.jar
 * dev.dossier.bench.FieldSizes INDEX SCRATCH [FIELD...]}
 */
public final class FieldSizes {

  private FieldSizes() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: FieldSizes INDEX SCRATCH_DIR [FIELD...]");
      System.exit(2);
    }
    Path index = Path.of(args[0]);
    Path scratch = Files.createDirectories(Path.of(args[1]));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      TreeSet<String> fields = new TreeSet<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        leaf.reader().getFieldInfos().forEach(f -> fields.add(f.name));
      }
      List<String> measured =
          args.length > 2 ? List.of(args).subList(2, args.length) : List.copyOf(fields);
      for (String field : measured) {
        System.out.printf(
            "%-24s indexed %8.1f MB  stored %8.1f MB%n",
            field,
            bytes(reader, field, false, scratch) / 1e6,
            bytes(reader, field, true, scratch) / 1e6);
      }
    }
  }

  /** The bytes of {@code field} alone, its stored values or what is indexed of it. */
  static long bytes(DirectoryReader reader, String field, boolean stored, Path scratch)
      throws IOException {
    Path out = scratch.resolve("field");
    delete(out);
    IndexWriterConfig config = new IndexWriterConfig(null);
    config.setUseCompoundFile(false);
    config.setCodec(Codec.forName(DossierCodec.NAME));
    try (FSDirectory dir = FSDirectory.open(out);
        IndexWriter writer = new IndexWriter(dir, config)) {
      List<CodecReader> leaves = new ArrayList<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        leaves.add(SlowCodecReaderWrapper.wrap(new OneField(leaf.reader(), field, stored)));
      }
      writer.addIndexes(leaves.toArray(CodecReader[]::new));
      writer.forceMerge(1);
    }
    long bytes;
    try (Stream<Path> files = Files.list(out)) {
      bytes = files.mapToLong(FieldSizes::size).sum();
    }
    delete(out);
    return bytes;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** A leaf that shows one field: its indexed data, or (when {@code stored}) its stored values. */
  private static final class OneField extends FilterLeafReader {

    private final String field;
    private final boolean stored;
    private final FieldInfos infos;

    OneField(LeafReader in, String field, boolean stored) {
      super(in);
      this.field = field;
      this.stored = stored;
      List<FieldInfo> kept = new ArrayList<>();
      for (FieldInfo info : in.getFieldInfos()) {
        if (info.name.equals(field)) {
          kept.add(stored ? storedOnly(info) : info);
        }
      }
      this.infos = new FieldInfos(kept.toArray(FieldInfo[]::new));
    }

    /** {@code info} as a field that is only stored: not indexed, no doc values, norms or points. */
    private static FieldInfo storedOnly(FieldInfo info) {
      return new FieldInfo(
          info.name,
          info.number,
          false,
          true,
          false,
          IndexOptions.NONE,
          DocValuesType.NONE,
          -1,
          info.attributes(),
          0,
          0,
          0,
          0,
          VectorEncoding.FLOAT32,
          VectorSimilarityFunction.EUCLIDEAN,
          false,
          false);
    }

    private boolean shown(String f) {
      return !stored && f.equals(field);
    }

    @Override
    public FieldInfos getFieldInfos() {
      return infos;
    }

    @Override
    public Terms terms(String f) throws IOException {
      return shown(f) ? super.terms(f) : null;
    }

    @Override
    public NumericDocValues getNormValues(String f) throws IOException {
      return shown(f) ? super.getNormValues(f) : null;
    }

    @Override
    public NumericDocValues getNumericDocValues(String f) throws IOException {
      return shown(f) ? super.getNumericDocValues(f) : null;
    }

    @Override
    public BinaryDocValues getBinaryDocValues(String f) throws IOException {
      return shown(f) ? super.getBinaryDocValues(f) : null;
    }

    @Override
    public SortedDocValues getSortedDocValues(String f) throws IOException {
      return shown(f) ? super.getSortedDocValues(f) : null;
    }

    @Override
    public SortedNumericDocValues getSortedNumericDocValues(String f) throws IOException {
      return shown(f) ? super.getSortedNumericDocValues(f) : null;
    }

    @Override
    public SortedSetDocValues getSortedSetDocValues(String f) throws IOException {
      return shown(f) ? super.getSortedSetDocValues(f) : null;
    }

    @Override
    public PointValues getPointValues(String f) throws IOException {
      return shown(f) ? super.getPointValues(f) : null;
    }

    @Override
    public StoredFields storedFields() throws IOException {
      StoredFields all = super.storedFields();
      return new StoredFields() {
        @Override
        public void document(int doc, StoredFieldVisitor visitor) throws IOException {
          if (stored) {
            all.document(doc, new OneStoredField(visitor));
          }
        }
      };
    }

    @Override
    public TermVectors termVectors() {
      return TermVectors.EMPTY;
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }

    /** Passes on the stored values of {@link #field} only. */
    private final class OneStoredField extends StoredFieldVisitor {

      private final StoredFieldVisitor to;

      OneStoredField(StoredFieldVisitor to) {
        this.to = to;
      }

      @Override
      public Status needsField(FieldInfo info) throws IOException {
        return info.name.equals(field) ? to.needsField(info) : Status.NO;
      }

      @Override
      public void stringField(FieldInfo info, String value) throws IOException {
        to.stringField(info, value);
      }

      @Override
      public void binaryField(FieldInfo info, byte[] value) throws IOException {
        to.binaryField(info, value);
      }

      @Override
      public void intField(FieldInfo info, int value) throws IOException {
        to.intField(info, value);
      }

      @Override
      public void longField(FieldInfo info, long value) throws IOException {
        to.longField(info, value);
      }

      @Override
      public void floatField(FieldInfo info, float value) throws IOException {
        to.floatField(info, value);
      }

      @Override
      public void doubleField(FieldInfo info, double value) throws IOException {
        to.doubleField(info, value);
      }
    }
  }
}
