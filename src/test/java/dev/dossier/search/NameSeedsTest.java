package dev.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dossier.analysis.NameKeys;
import dev.dossier.config.IndexConfigLoader;
import dev.dossier.index.IndexProgress;
import dev.dossier.index.IndexRequest;
import dev.dossier.index.IndexSchema;
import dev.dossier.index.Indexer;
import dev.dossier.testing.Sample;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameSeedsTest {

  @Test
  void nameKeysReadFromTheIndexAreTheComputedOnes(@TempDir Path dir) throws Exception {
    IndexSchema schema = IndexSchema.of(IndexConfigLoader.load(Sample.CONFIG));
    Path index = dir.resolve("index");
    new Indexer(schema).index(new IndexRequest(index, List.of(Sample.FILE), true, false, 1, 1000, IndexProgress.NONE));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      NameSeeds seeds = new NameSeeds(reader);
      // in the sample (read from the index), in any case, and not in it (computed)
      for (String word : List.of("Гевара", "Геваре", "гевара", "Guevara", "Хрущева", "АЛЕКСЕЕВА", "Khrushchev", "Gevara",
          "Кастро", "Zzyzx")) {
        assertEquals(NameKeys.of(word), seeds.nameKey(word), word);
        assertEquals(NameKeys.of(word).translit(), seeds.translit(word), word);
      }
      assertFalse(seeds.nameKey("Guevara").phonetic().isEmpty());
      // found in the index, not computed: the sample has these words; not Gevara or Zzyzx
      for (String word : List.of("Гевара", "гевара", "Guevara", "Хрущева", "АЛЕКСЕЕВА")) {
        assertEquals(NameKeys.of(word), seeds.indexedKey(word), word);
      }
      assertNull(seeds.indexedKey("Gevara"));
      assertNull(seeds.indexedKey("Zzyzx"));
    }
  }
}
