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

  @Test
  void storedTextsAreWrittenByDossiersCodecAndReadBack(@TempDir Path tmp) throws Exception {
    Path batch = tmp.resolve("batch");
    java.nio.file.Files.createDirectories(batch);
    Fixtures.english(batch, "doc", "Minister Guevara spoke of sugar and nickel.");
    Path index = tmp.resolve("index");
    new Indexer(IndexSchema.of(IndexConfigLoader.load(Sample.CONFIG)))
        .index(index, List.of(batch), true);
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (org.apache.lucene.index.SegmentCommitInfo segment : SegmentInfos.readLatestCommit(dir)) {
        assertEquals(DossierCodec.NAME, segment.info.getCodec().getName());
      }
      assertTrue(
          reader
              .storedFields()
              .document(0)
              .get(Fields.text("en"))
              .contains("Minister Guevara spoke of sugar"));
    }
  }

  @Test
  void anIndexWrittenWithLucenesDefaultCodecOpensAndGrows(@TempDir Path tmp) throws Exception {
    IndexSchema schema = IndexSchema.of(IndexConfigLoader.load(Sample.CONFIG));
    Path first = tmp.resolve("first");
    java.nio.file.Files.createDirectories(first);
    Fixtures.english(first, "old", "Minister Guevara spoke of sugar.");
    Path written = tmp.resolve("written");
    new Indexer(schema).index(written, List.of(first), true);
    // the same index as a version before DossierCodec wrote it: every segment in Lucene's codec
    Path index = tmp.resolve("index");
    try (Directory from = FSDirectory.open(written);
        DirectoryReader reader = DirectoryReader.open(from);
        Directory to = FSDirectory.open(index);
        org.apache.lucene.index.IndexWriter writer =
            new org.apache.lucene.index.IndexWriter(
                to,
                new org.apache.lucene.index.IndexWriterConfig()
                    .setCodec(new org.apache.lucene.codecs.lucene912.Lucene912Codec()))) {
      writer.addIndexes(
          reader.leaves().stream()
              .map(leaf -> (org.apache.lucene.index.CodecReader) leaf.reader())
              .toArray(org.apache.lucene.index.CodecReader[]::new));
      writer.setLiveCommitData(SegmentInfos.readLatestCommit(from).getUserData().entrySet());
      writer.commit();
    }
    try (Directory dir = FSDirectory.open(index)) {
      assertEquals(
          "Lucene912", SegmentInfos.readLatestCommit(dir).info(0).info.getCodec().getName());
    }
    Path second = tmp.resolve("second");
    java.nio.file.Files.createDirectories(second);
    Fixtures.english(second, "new", "Minister Castro spoke of nickel.");
    new Indexer(schema).index(index, List.of(first, second), false);
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(2, reader.numDocs());
      java.util.Set<String> texts = new java.util.TreeSet<>();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        texts.add(reader.storedFields().document(doc).get(Fields.text("en")).strip());
      }
      assertEquals(
          java.util.Set.of("Minister Castro spoke of nickel.", "Minister Guevara spoke of sugar."),
          texts);
    }
  }
}
