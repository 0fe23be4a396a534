package dev.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import dev.dossier.index.Indexer;
import dev.dossier.testing.Fixtures;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicatesTest {

  private static final String TEXT =
      "The minister said that the delegation would arrive in Havana on Tuesday and that the talks"
          + " on sugar, nickel and the credit of the coming year would begin the next morning at"
          + " the ministry, with the ambassador and two advisers of the trade mission present.";

  @Test
  void copiesInOtherSegmentsAreFoundBehindTheKeysBloomFilter(@TempDir Path tmp) throws Exception {
    IndexSchema schema = IndexSchema.of(IndexConfigLoader.load(Sample.CONFIG));
    Path first = Files.createDirectories(tmp.resolve("first"));
    Fixtures.english(first, "original", TEXT);
    Fixtures.english(first, "other", "Minister Castro spoke of nickel and sugar at length today.");
    Path index = tmp.resolve("index");
    new Indexer(schema).index(index, List.of(first), true);
    Path second = Files.createDirectories(tmp.resolve("second"));
    Fixtures.english(second, "copy", TEXT);
    new Indexer(schema).index(index, List.of(first, second), false); // a second segment
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      Map<String, Integer> docs = new HashMap<>();
      Map<String, Integer> leaves = new HashMap<>();
      int filtered = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        org.apache.lucene.index.FieldInfo keys =
            leaf.reader().getFieldInfos().fieldInfo(Fields.DUPLICATE_KEYS);
        if (keys != null) {
          filtered++;
          assertEquals("BloomFilter", keys.getAttribute("PerFieldPostingsFormat.format"));
        }
        SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.ID);
        for (int d = ids.nextDoc(); d != SortedDocValues.NO_MORE_DOCS; d = ids.nextDoc()) {
          String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
          String name = id.substring(id.lastIndexOf('/') + 1);
          docs.put(name, leaf.docBase + d);
          leaves.put(name, leaf.ord);
        }
      }
      assertTrue(filtered >= 2, filtered + " segments with keys");
      assertTrue(leaves.get("original") != leaves.get("copy").intValue(), "" + leaves);
      Duplicates duplicates = new Duplicates(new IndexSearcher(reader));
      assertTrue(docs.keySet().containsAll(List.of("original", "copy", "other")), "" + docs);
      assertEquals(List.of(docs.get("copy")), duplicates.of(docs.get("original")));
      assertEquals(List.of(docs.get("original")), duplicates.of(docs.get("copy")));
      assertEquals(List.of(), duplicates.of(docs.get("other")));
    }
  }
}
