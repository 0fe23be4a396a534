package dev.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class LevelScoreTest {

  /**
   * Top hits with the count stopped early (block-max WAND through the bands) are those of scoring
   * every match.
   */
  @Test
  void skippingThroughTheBandsGivesTheSameTopHitsAsScoringEverything() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      Random random = new Random(1);
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
        for (int i = 0; i < 5000; i++) {
          StringBuilder text = new StringBuilder();
          for (int k = 0; k < 5 + random.nextInt(40); k++) {
            text.append(
                random.nextInt(100) == 0 ? "exact " : random.nextInt(5) == 0 ? "stem " : "filler ");
            text.append(random.nextInt(3) == 0 ? "phonetic " : "other ");
          }
          Document d = new Document();
          d.add(new TextField("f", text.toString(), Field.Store.NO));
          w.addDocument(d);
          if (i % 1000 == 999) {
            w.commit(); // several segments
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query query =
            new DisjunctionMaxQuery(
                List.of(
                    LevelScore.of(new TermQuery(new Term("f", "exact")), MatchLevel.EXACT),
                    LevelScore.of(new TermQuery(new Term("f", "stem")), MatchLevel.STEMMED),
                    LevelScore.of(new TermQuery(new Term("f", "phonetic")), MatchLevel.PHONETIC)),
                0f);
        TopDocs all =
            searcher.search(
                query, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE, false));
        TopDocs skipping =
            searcher.search(query, new TopScoreDocCollectorManager(10, null, 100, false));
        assertEquals(TotalHits.Relation.EQUAL_TO, all.totalHits.relation);
        assertEquals(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, skipping.totalHits.relation);
        assertTrue(
            skipping.totalHits.value < all.totalHits.value,
            skipping.totalHits + " vs " + all.totalHits);
        assertEquals(
            Arrays.stream(all.scoreDocs).map(sd -> sd.doc + ":" + sd.score).toList(),
            Arrays.stream(skipping.scoreDocs).map(sd -> sd.doc + ":" + sd.score).toList());
        assertTrue(all.scoreDocs[9].score >= MatchLevel.EXACT.weight(), "ten exact matches on top");
      }
    }
  }
}
