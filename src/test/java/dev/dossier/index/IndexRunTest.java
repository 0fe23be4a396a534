package dev.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.ingest.ArchiveReaders;
import dev.dossier.ingest.files.CorpusFiles;
import dev.dossier.testing.Fixtures;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run through its parts, on an index in memory: the two rounds, unchanged files, pruning, the
 * report.
 */
class IndexRunTest {

  @TempDir Path dir;
  private Path corpus;
  private IndexSchema schema;
  private IndexRun.Stages stages;

  @BeforeEach
  void collection() throws Exception {
    Path config = dir.resolve("config");
    Fixtures.copyTree(Sample.CONFIG, config);
    Files.writeString(
        config.resolve("sources/ocr-dump.yaml"),
        """
        collection: Embassy OCR dump
        files: ["metadata*.csv"]
        fields:
          id: id
          title: title
          text_file: file
        """);
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(
        corpus.resolve("metadata.csv"), "id,title,file\nocr-1,Cable from Havana,001.txt\n");
    Files.writeString(
        corpus.resolve("001.txt"),
        "The ambassador met Guevara in Havana about the sugar harvest.\n");
    Fixtures.english(corpus, "loose", "A standalone note about Castro and the missile crisis.");
    schema = IndexSchema.of(IndexConfigLoader.load(config));
    stages =
        new IndexRun.Stages(
            ArchiveReaders.forConfig(config),
            new DocumentAnalyser(schema),
            new DocumentMapper(schema));
  }

  private IndexReport run(IndexWriter writer, IndexSnapshot before, boolean prune)
      throws Exception {
    IndexRequest request =
        new IndexRequest(
            dir.resolve("unused"), List.of(corpus), false, prune, 2, 1000, IndexProgress.NONE);
    CorpusFiles.Listing listing = CorpusFiles.list(request.paths());
    IndexRun run = new IndexRun(writer, request, before, stages);
    run.indexAll(listing.files());
    if (prune) {
      run.prune(listing.files());
    }
    Commits.commit(writer);
    IndexReport report = run.report(listing, 0, 1);
    assertEquals(report.written() + report.removed() > 0, run.changedIndex());
    return report;
  }

  private static IndexSnapshot snapshot(IndexWriter writer) throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return IndexSnapshot.of(reader);
    }
  }

  @Test
  void aSpreadsheetsTextFileIsReadThroughItNotAsADocument() throws Exception {
    try (Directory d = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(d, new IndexWriterConfig(schema.analyzer()))) {
      IndexReport first = run(writer, IndexSnapshot.empty(), false);
      assertEquals(3, first.files());
      assertEquals(2, first.added(), "the record and the loose note");
      assertEquals(1, first.companionFiles());
      assertTrue(first.complete(), first.rejected().toString());
      assertEquals(1, first.collections().get("Embassy OCR dump").written());
      IndexSnapshot written = snapshot(writer);
      assertEquals(java.util.Set.of("ocr-1", "loose"), written.ids().keySet());

      IndexReport second = run(writer, written, false);
      assertEquals(0, second.written());
      assertEquals(2, second.unchanged());
      assertEquals(1, second.companionFiles(), "the unchanged spreadsheet keeps its claim");
    }
  }

  @Test
  void aChangedTextFileRereadsItsSpreadsheetAndAGoneFileIsPruned() throws Exception {
    try (Directory d = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(d, new IndexWriterConfig(schema.analyzer()))) {
      run(writer, IndexSnapshot.empty(), false);
      Files.writeString(corpus.resolve("001.txt"), "The ambassador met Castro.\n");
      Files.delete(corpus.resolve("loose.txt"));
      IndexReport report = run(writer, snapshot(writer), true);
      assertEquals(1, report.updated(), "ocr-1 again, its text changed");
      assertEquals(1, report.removed(), "loose.txt is gone");
      assertFalse(snapshot(writer).hasId("loose"));
    }
  }
}
