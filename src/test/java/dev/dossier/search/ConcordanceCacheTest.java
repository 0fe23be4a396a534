package dev.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.index.IndexSchema;
import dev.dossier.index.Indexer;
import dev.dossier.testing.Sample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The passages a concordance measures against are read once per index generation, counted by stored
 * reads.
 */
class ConcordanceCacheTest {

  private static final IndexSchema SCHEMA = IndexSchema.of(IndexConfigLoader.load(Sample.CONFIG));
  private static final Path BILINGUAL =
      Sample.PROJECT.resolve("src/test/resources/formats/bilingual.md");

  @TempDir Path tmp;

  @Test
  void aSecondConcordanceReadsNoStoredDocumentAndANewGenerationIsReadAfresh() throws Exception {
    Path batch = Files.createDirectories(tmp.resolve("batch"));
    Path index = tmp.resolve("index");
    bilingual(batch, "memcon-1");
    bilingual(batch, "memcon-2");
    Indexer indexer = new Indexer(SCHEMA);
    indexer.index(index, List.of(batch), true);
    ConcordanceCache cache = new ConcordanceCache(SCHEMA);
    try (Directory dir = FSDirectory.open(index)) {
      AtomicInteger reads = new AtomicInteger();
      TargetPassages first;
      try (DirectoryReader reader = new CountingReader(DirectoryReader.open(dir), reads)) {
        first = cache.passages(reader, "ru", "en");
        assertEquals(2, reads.get(), "the first concordance reads each document once");
        assertTrue(first.size() > 0, "the fixture has aligned English passages");
        assertSame(first, cache.passages(reader, "ru", "en"));
        assertEquals(2, reads.get(), "the second reads none");
      }

      bilingual(batch, "memcon-3");
      indexer.index(index, List.of(batch), false);
      reads.set(0);
      try (DirectoryReader reader = new CountingReader(DirectoryReader.open(dir), reads)) {
        TargetPassages next = cache.passages(reader, "ru", "en");
        assertNotSame(first, next);
        assertEquals(3, reads.get(), "the new generation's documents are read, all three");
        assertEquals(first.size() / 2 * 3, next.size(), "with the new document's passages");
        assertSame(next, cache.passages(reader, "ru", "en"));
        assertEquals(3, reads.get(), "and then kept");
      }
    }
  }

  /**
   * Writes the bilingual fixture (a Russian original and its English translation) under the id
   * {@code id}.
   */
  private static void bilingual(Path dir, String id) throws IOException {
    String text =
        Files.readString(BILINGUAL, StandardCharsets.UTF_8).replace("memcon-1963-12-25", id);
    Files.writeString(dir.resolve(id + ".md"), text, StandardCharsets.UTF_8);
  }

  /** A reader that counts the stored documents read through it. */
  private static final class CountingReader extends FilterDirectoryReader {

    private final AtomicInteger reads;

    CountingReader(DirectoryReader in, AtomicInteger reads) throws IOException {
      super(
          in,
          new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader reader) {
              return new CountingLeaf(reader, reads);
            }
          });
      this.reads = reads;
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
      return new CountingReader(in, reads);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return in.getReaderCacheHelper();
    }
  }

  private static final class CountingLeaf extends FilterLeafReader {

    private final AtomicInteger reads;

    CountingLeaf(LeafReader in, AtomicInteger reads) {
      super(in);
      this.reads = reads;
    }

    @Override
    public StoredFields storedFields() throws IOException {
      StoredFields stored = in.storedFields();
      return new StoredFields() {
        @Override
        public void document(int docID, StoredFieldVisitor visitor) throws IOException {
          reads.incrementAndGet();
          stored.document(docID, visitor);
        }
      };
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return in.getCoreCacheHelper();
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return in.getReaderCacheHelper();
    }
  }
}
