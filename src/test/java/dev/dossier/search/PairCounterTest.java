package dev.dossier.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dossier.align.PassagePair;
import dev.dossier.config.IndexConfigLoader;
import dev.dossier.index.DocumentMapper;
import dev.dossier.index.IndexProgress;
import dev.dossier.index.IndexRequest;
import dev.dossier.index.IndexSchema;
import dev.dossier.index.Indexer;
import dev.dossier.index.PassageStems;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.testing.Sample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A concordance's counts from postings and passage markers are the counts of the passages' own
 * words, read from the stored documents and analysed one passage at a time, and reading them reads
 * no stored document.
 */
class PairCounterTest {

  private static final IndexSchema SCHEMA = IndexSchema.of(IndexConfigLoader.load(Sample.CONFIG));

  @TempDir static Path tmp;

  private static Path index;

  @BeforeAll
  static void indexTheSampleAndTwoMemcons() throws IOException {
    Path batch = Files.createDirectories(tmp.resolve("batch"));
    Files.copy(Sample.FILE, batch.resolve(Sample.FILE.getFileName()));
    String memcon =
        Files.readString(
            Sample.PROJECT.resolve("src/test/resources/formats/bilingual.md"),
            StandardCharsets.UTF_8);
    for (String id : List.of("memcon-1", "memcon-2")) {
      Files.writeString(
          batch.resolve(id + ".md"),
          memcon.replace("memcon-1963-12-25", id),
          StandardCharsets.UTF_8);
    }
    Files.writeString(batch.resolve("many.md"), manyWords(), StandardCharsets.UTF_8);
    // Russian only, so no passage markers, and first in the index: the term's documents then
    // start with one that has none
    dev.dossier.testing.Fixtures.russian(batch, "a-gevary", "Вчера Гевары не было на собрании.");
    index = tmp.resolve("index");
    new Indexer(SCHEMA)
        .index(new IndexRequest(index, List.of(batch), true, false, 1, 1000, IndexProgress.NONE));
  }

  @Test
  void everyKeyIsCountedAsThePassagesThemselvesCountIt() throws Exception {
    for (String term :
        List.of("хозрасчет", "Гевара", "промышленности", "материальной заинтересованности")) {
      Expected expected = expected(term);
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
        ConcordanceShard shard = new ConcordanceShard(SCHEMA);
        PassageTally tally =
            shard.tally(reader, "ru", "en", shard.termWords(term, "ru"), expected.byKey().keySet());
        assertTrue(expected.termPairs() > 0, term + ": the fixture holds it");
        assertEquals(expected.termPairs(), tally.termPairs(), term);
        assertEquals(expected.termGrams(), tally.termGrams(), term);
        assertEquals(expected.passages(), tally.passages(), term);
        assertEquals(expected.grams(), tally.grams(), term);
        for (String key : new TreeSet<>(expected.byKey().keySet())) {
          assertArrayEquals(expected.byKey().get(key), tally.byKey().get(key), term + ": " + key);
        }
      }
    }
  }

  @Test
  void theCountsReadNoStoredDocument() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    try (DirectoryReader reader =
        new CountingReader(DirectoryReader.open(FSDirectory.open(index)), reads)) {
      ConcordanceShard shard = new ConcordanceShard(SCHEMA);
      PassageTally tally =
          shard.tally(
              reader,
              "ru",
              "en",
              shard.termWords("хозрасчет", "ru"),
              List.of("self", "financ", "self financ"));
      assertEquals(5, tally.termPairs(), "three in the sample, one in each memcon");
      assertEquals(5, tally.byKey().get("self financ")[0]);
      assertEquals(0, reads.get());
    }
  }

  @Test
  void aPhraseIsHeldWhereItsWordsStandInOrder() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      ConcordanceShard shard = new ConcordanceShard(SCHEMA);
      List<String> words = shard.termWords("материальной заинтересованности", "ru");
      assertEquals(List.of("0 материальн", "1 заинтересован"), words);
      PassageTally reversed =
          shard.tally(
              reader,
              "ru",
              "en",
              shard.termWords("заинтересованности материальной", "ru"),
              List.of());
      assertEquals(0, reversed.termPairs());
      assertTrue(shard.tally(reader, "ru", "en", words, List.of()).termPairs() > 0);
      assertEquals(List.of(), shard.termWords("и", "ru"), "a stop word alone is no term");
    }
  }

  @Test
  void countingStopsWhenNoCandidateLeftCanEnterAndTheBestAreTheSame() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      ConcordanceShard shard = new ConcordanceShard(SCHEMA);
      ConcordancePart part = shard.part(searcher, "Гевара", 100);
      Map<Integer, Integer> asked = new HashMap<>();
      List<List<Concordance.Candidate>> lists = new ArrayList<>();
      for (int limit : List.of(3, Concordance.MAX_CANDIDATES)) {
        lists.add(
            ConcordanceBuilder.assemble(
                    SCHEMA,
                    "Гевара",
                    part,
                    Concordance.ALL_PAIRS,
                    limit,
                    (source, target, termWords, keys) -> {
                      asked.merge(limit, keys.size(), Integer::sum);
                      return shard.tally(reader, source, target, termWords, keys);
                    })
                .translations());
      }
      assertEquals(lists.get(1).subList(0, 3), lists.get(0));
      assertTrue(
          asked.get(3) < asked.get(Concordance.MAX_CANDIDATES),
          "three candidates are found counting fewer keys: " + asked);
    }
  }

  @Test
  void withoutAClearWinnerTheCountingStopsAtItsCapAndSaysSo() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      ConcordanceShard shard = new ConcordanceShard(SCHEMA);
      String term = "Гевара";
      // every candidate in one pair of ten thousand, and in a thousand passages: all scores tiny
      // and alike, so no bound rules any out
      Map<Integer, Integer> asked = new HashMap<>();
      List<Concordance> concordances = new ArrayList<>();
      for (int pairs : List.of(Concordance.DEFAULT_PAIRS, Concordance.ALL_PAIRS)) {
        ConcordancePart part =
            shard.part(searcher, term, ConcordanceBuilder.documentsToRead(pairs));
        concordances.add(
            ConcordanceBuilder.assemble(
                SCHEMA,
                term,
                part,
                pairs,
                10,
                (source, target, termWords, keys) -> {
                  asked.merge(pairs, keys.size(), Integer::sum);
                  Map<String, int[]> flat = new HashMap<>();
                  keys.forEach(k -> flat.put(k, new int[] {1, 1, 1000, 1000}));
                  return new PassageTally(10_000, 100_000, 1_000_000, 10_000_000, flat);
                }));
      }
      assumeTrue(
          asked.get(Concordance.ALL_PAIRS) > ConcordanceBuilder.MAX_COUNTED,
          "the sample's counterparts hold more candidates than the cap");
      assertEquals(ConcordanceBuilder.MAX_COUNTED, asked.get(Concordance.DEFAULT_PAIRS));
      assertFalse(concordances.get(0).allCounted());
      assertEquals(10, concordances.get(0).translations().size());
      assertTrue(concordances.get(1).allCounted(), "--pairs all counts every candidate");
    }
  }

  /**
   * A memcon of forty pairs that all name Гевара among made-up words, none twice: its counterparts
   * hold hundreds of candidate translations, each in one pair.
   */
  private static String manyWords() {
    String[] ru = {"ба", "ко", "ри", "ту", "ле", "ми", "но", "па", "се", "ду"};
    String[] en = {"ba", "ko", "ri", "tu", "le", "mi", "no", "pa", "se", "du"};
    StringBuilder original = new StringBuilder();
    StringBuilder translation = new StringBuilder();
    int word = 0;
    for (int pair = 0; pair < 40; pair++) {
      original.append("Гевара");
      translation.append("Guevara");
      for (int w = 0; w < 10; w++, word++) {
        String r = ru[word % 10] + ru[word / 10 % 10] + ru[word / 100 % 10] + "кан";
        String e = en[word % 10] + en[word / 10 % 10] + en[word / 100 % 10] + "tan";
        original.append(' ').append(r);
        translation.append(' ').append(e);
      }
      original.append(".\n\n");
      translation.append(".\n\n");
    }
    return "---\nid: many-1\ntitle: Many words\ndate: 1964\noriginal_language: Russian\n"
        + "language: English\n---\n\n"
        + original
        + translation;
  }

  /** What counting the stored passages one by one gives. */
  private record Expected(
      int termPairs, long termGrams, int passages, long grams, Map<String, int[]> byKey) {}

  private static Expected expected(String term) throws IOException {
    PassageStems termStems = PassageStems.of(SCHEMA, "ru", term);
    List<String> termKeys = new ArrayList<>();
    for (int i = 0; i < termStems.size(); i++) {
      termKeys.add(termStems.unigram(i));
    }
    String phrase = String.join(" ", termKeys);
    DocumentMapper mapper = new DocumentMapper(SCHEMA);
    int termPairs = 0;
    long termGrams = 0;
    int passages = 0;
    long grams = 0;
    Map<String, int[]> byKey = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      StoredFields stored = reader.storedFields();
      for (int d = 0; d < reader.maxDoc(); d++) {
        Document lucene = stored.document(d);
        ArchiveDocument doc = mapper.fromLucene(lucene);
        for (PassagePair pair : DocumentMapper.alignment(lucene).pairs()) {
          String english =
              doc.translation().substring(pair.translationStart(), pair.translationEnd());
          if (english.isBlank()) {
            continue;
          }
          PassageStems target = PassageStems.of(SCHEMA, "en", english);
          PassageStems source =
              PassageStems.of(
                  SCHEMA, "ru", doc.original().substring(pair.originalStart(), pair.originalEnd()));
          List<String> sourceStems = new ArrayList<>();
          for (int i = 0; i < source.size(); i++) {
            sourceStems.add(source.unigram(i));
          }
          boolean holds = (" " + String.join(" ", sourceStems) + " ").contains(" " + phrase + " ");
          Map<String, Integer> passageGrams = target.grams();
          passages++;
          grams += target.gramCount();
          termPairs += holds ? 1 : 0;
          termGrams += holds ? target.gramCount() : 0;
          passageGrams.forEach(
              (key, n) -> {
                int[] c = byKey.computeIfAbsent(key, k -> new int[4]);
                c[2]++;
                c[3] += n;
                if (holds) {
                  c[0]++;
                  c[1] += n;
                }
              });
        }
      }
    }
    return new Expected(termPairs, termGrams, passages, grams, byKey);
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
              return new FilterLeafReader(reader) {
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
              };
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
}
