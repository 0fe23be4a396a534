package dev.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.testing.Fixtures;
import dev.dossier.testing.Sample;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {

  private static final long MB = 1024 * 1024;

  @Test
  void writerBuffersAnEighthOfTheHeapBetween32And512Mb() {
    assertEquals(32, Indexer.ramBufferMb(64 * MB));
    assertEquals(128, Indexer.ramBufferMb(1024 * MB));
    assertEquals(512, Indexer.ramBufferMb(4096 * MB));
    assertEquals(512, Indexer.ramBufferMb(6144 * MB));
  }

  @Test
  void aRunEndsWithTheIndexMergedToFewSegments(@TempDir Path tmp) throws Exception {
    Path batch = tmp.resolve("batch");
    java.nio.file.Files.createDirectories(batch);
    for (int i = 0; i < 8; i++) {
      Fixtures.english(
          batch,
          "doc" + i,
          "Minister Guevara spoke of sugar, nickel and the harvest number " + i + ".");
    }
    IndexSchema schema = IndexSchema.of(IndexConfigLoader.load(Sample.CONFIG));
    Path index = tmp.resolve("index");
    // a commit after every document: eight segments, fewer than Lucene's merge policy merges on its
    // own (ten)
    new Indexer(schema)
        .index(new IndexRequest(index, List.of(batch), true, false, 2, 1, IndexProgress.NONE));
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(8, reader.numDocs());
      int segments = SegmentInfos.readLatestCommit(dir).size();
      assertTrue(segments <= Indexer.MAX_SEGMENTS, segments + " segments");
    }
  }
}
