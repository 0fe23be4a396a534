package dev.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.MetadataField;
import dev.dossier.testing.Sample;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DocumentWriterTest {

  private static final IndexSchema SCHEMA = IndexSchema.of(IndexConfigLoader.load(Sample.CONFIG));
  private static final DocumentAnalyser ANALYSER = new DocumentAnalyser(SCHEMA);
  private static final DocumentMapper MAPPER = new DocumentMapper(SCHEMA);

  private Directory dir;
  private IndexWriter writer;
  private final List<String> written = new ArrayList<>();
  private DocumentWriter documents;

  @BeforeEach
  void open() throws Exception {
    dir = new ByteBuffersDirectory();
    writer = new IndexWriter(dir, new IndexWriterConfig(SCHEMA.analyzer()));
    documents =
        new DocumentWriter(
            writer, ANALYSER, MAPPER, new Commits(writer, 100), d -> written.add(d.id()));
  }

  @AfterEach
  void close() throws Exception {
    writer.close();
    dir.close();
  }

  private static List<ArchiveDocument> docs(String prefix, int n) {
    return IntStream.range(0, n)
        .mapToObj(
            i ->
                ArchiveDocument.builder(prefix + i)
                    .original("en", "Minister Guevara spoke of sugar " + i)
                    .build())
        .toList();
  }

  /** Each document in the index by id: its source, and its collection. */
  private Map<String, List<String>> stored() throws Exception {
    Map<String, List<String>> byId = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      StoredFields fields = reader.storedFields();
      Bits live = MultiBits.getLiveDocs(reader);
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        Document d = fields.document(doc);
        String collection = d.get(Fields.metadata(MetadataField.COLLECTION));
        byId.put(
            d.get(Fields.ID), List.of(d.get(Fields.SOURCE), collection == null ? "" : collection));
      }
    }
    return byId;
  }

  @Test
  void aFileReplacesItsOldDocumentsAndAnyWithTheSameId() throws Exception {
    documents.write("/a.txt", new SourceStamp("h1", 2, "wilson"), docs("old", 2), Map.of());
    documents.write("/b.txt", new SourceStamp("h2", 1, "wilson"), docs("new", 1), Map.of());
    documents.write("/a.txt", new SourceStamp("h3", 2, "wilson"), docs("new", 2), Map.of());
    Map<String, List<String>> stored = stored();
    assertEquals(
        Map.of("new0", List.of("/a.txt", "wilson"), "new1", List.of("/a.txt", "wilson")),
        stored,
        "old0, old1 went with their file's new version; new0 moved from b.txt by its id");
    assertEquals(List.of("old0", "old1", "new0", "new0", "new1"), written);
  }

  @Test
  void aLargeFileIsWrittenInPartsAfterItsOldDocumentsAreDeleted() throws Exception {
    documents.write("/big.jsonl", new SourceStamp("h1", 3, ""), docs("gone", 3), Map.of());
    int n = 2 * DocumentWriter.PART + 2;
    documents.write("/big.jsonl", new SourceStamp("h2", n, ""), docs("doc", n), Map.of());
    Map<String, List<String>> stored = stored();
    assertEquals(n, stored.size());
    assertTrue(stored.keySet().stream().allMatch(id -> id.startsWith("doc")));
    assertTrue(
        DirectoryReader.indexExists(dir),
        "the parts were committed as they went (every 100 documents)");
  }

  @Test
  void aDocumentTakesTheFilesCollectionUnlessItNamesItsOwn() throws Exception {
    ArchiveDocument named =
        ArchiveDocument.builder("named")
            .original("en", "text")
            .metadata(Map.of(MetadataField.COLLECTION, List.of("FRUS")))
            .build();
    ArchiveDocument plain = ArchiveDocument.builder("plain").original("en", "text").build();
    documents.write(
        "/mixed.json", new SourceStamp("h", 2, "folder"), List.of(named, plain), Map.of());
    documents.write("/bare.txt", new SourceStamp("h", 1, ""), docs("bare", 1), Map.of());
    Map<String, List<String>> stored = stored();
    assertEquals(List.of("/mixed.json", "FRUS"), stored.get("named"));
    assertEquals(List.of("/mixed.json", "folder"), stored.get("plain"));
    assertEquals(List.of("/bare.txt", ""), stored.get("bare0"));
  }
}
