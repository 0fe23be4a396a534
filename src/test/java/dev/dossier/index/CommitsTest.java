package dev.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class CommitsTest {

  private static void add(IndexWriter writer, int n) throws Exception {
    for (int i = 0; i < n; i++) {
      Document d = new Document();
      d.add(new StringField(Fields.ID, "doc" + i, Field.Store.YES));
      writer.addDocument(d);
    }
  }

  private static long generation(Directory dir) throws Exception {
    return SegmentInfos.readLatestCommit(dir).getGeneration();
  }

  @Test
  void aCommitComesOnceEveryNDocumentsWritten() throws Exception {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      Commits commits = new Commits(writer, 3);
      add(writer, 2);
      commits.written(2);
      assertFalse(DirectoryReader.indexExists(dir), "2 of 3: no commit yet");
      add(writer, 1);
      commits.written(1);
      assertTrue(DirectoryReader.indexExists(dir));
      long first = generation(dir);
      add(writer, 2);
      commits.written(2);
      assertEquals(first, generation(dir), "the count starts again after a commit");
      add(writer, 5);
      commits.written(5);
      assertTrue(generation(dir) > first);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertEquals(10, reader.numDocs());
      }
    }
  }

  @Test
  void eachCommitRecordsTheTimeAndTheIndexFormat() throws Exception {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      Instant before = Instant.now();
      add(writer, 1);
      Commits.commit(writer);
      Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
      assertEquals(Indexer.FORMAT, data.get(Indexer.FORMAT_KEY));
      assertFalse(Instant.parse(data.get(Indexer.COMMITTED_AT)).isBefore(before.minusSeconds(1)));
    }
  }
}
