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
    new Indexer(schema)
        .index(
            new IndexRequest(
                index, List.of(Sample.FILE), true, false, 1, 1000, IndexProgress.NONE));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      NameSeeds seeds = new NameSeeds(reader);
      // in the sample (read from the index), in any case, and not in it (computed)
      for (String word :
          List.of(
              "Гевара",
              "Геваре",
              "гевара",
              "Guevara",
              "Хрущева",
              "АЛЕКСЕЕВА",
              "Khrushchev",
              "Gevara",
              "Кастро",
              "Zzyzx")) {
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

  /**
   * name_keys is a lookup table: one run writes each entry once, and a missing entry is computed.
   */
  @Test
  void eachEntryIsWrittenOncePerRunAndAMissingOneIsComputed(@TempDir Path dir) throws Exception {
    IndexSchema schema = IndexSchema.of(IndexConfigLoader.load(Sample.CONFIG));
    Path batch = java.nio.file.Files.createDirectories(dir.resolve("batch"));
    for (String id : List.of("1", "2", "3")) {
      java.nio.file.Files.writeString(
          batch.resolve(id + ".txt"), Sample.text().replace("/document/117072", "/document/" + id));
    }
    Path index = dir.resolve("index");
    new Indexer(schema)
        .index(new IndexRequest(index, List.of(batch), true, false, 2, 1000, IndexProgress.NONE));
    String wordEntry =
        dev.dossier.index.Fields.NAME_KEYS_WORD + "гевара:" + NameKeys.of("Гевара").translit();
    org.apache.lucene.index.Term entry =
        new org.apache.lucene.index.Term(dev.dossier.index.Fields.NAME_KEYS, wordEntry);
    try (FSDirectory fs = FSDirectory.open(index)) {
      try (DirectoryReader reader = DirectoryReader.open(fs)) {
        assertEquals(1, reader.docFreq(entry), "written in one of the three documents");
        assertEquals(NameKeys.of("Гевара"), new NameSeeds(reader).indexedKey("Гевара"));
      }
      // the document holding the entries goes: the keys are computed, and the same
      try (org.apache.lucene.index.IndexWriter writer =
          new org.apache.lucene.index.IndexWriter(
              fs,
              new org.apache.lucene.index.IndexWriterConfig()
                  .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND))) {
        writer.deleteDocuments(entry);
        writer.forceMerge(1);
        writer.setLiveCommitData(writer.getLiveCommitData());
        writer.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(fs)) {
        assertEquals(2, reader.numDocs());
        NameSeeds seeds = new NameSeeds(reader);
        assertNull(seeds.indexedKey("Гевара"));
        assertEquals(NameKeys.of("Гевара"), seeds.nameKey("Гевара"));
      }
    }
  }

  /**
   * A word's entry whose translit has no codes in the index (they were in another, deleted
   * document).
   */
  @Test
  void aWordEntryWithoutItsCodesIsComputed(@TempDir Path dir) throws Exception {
    try (FSDirectory fs = FSDirectory.open(dir);
        org.apache.lucene.index.IndexWriter writer =
            new org.apache.lucene.index.IndexWriter(
                fs, new org.apache.lucene.index.IndexWriterConfig())) {
      org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
      d.add(
          new org.apache.lucene.document.StringField(
              dev.dossier.index.Fields.NAME_KEYS,
              dev.dossier.index.Fields.NAME_KEYS_WORD + "гевара:gevar",
              org.apache.lucene.document.Field.Store.NO));
      writer.addDocument(d);
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(fs)) {
        NameSeeds seeds = new NameSeeds(reader);
        assertNull(seeds.indexedKey("Гевара"));
        assertEquals(NameKeys.of("Гевара"), seeds.nameKey("Гевара"));
      }
    }
  }
}
