package dev.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class CompactPassageScorerTest {

  @Test
  void scoresEveryPassageExactlyAsLucenesScorerDoes() {
    PassageScorer lucene = new PassageScorer();
    PassageScorer compact = new CompactPassageScorer();
    String[] vocabulary = {"guevara", "гевара", "gevar", "cuba", "куба", "sugar", "nickel"};
    Random random = new Random(42);
    for (int n = 0; n < 2_000; n++) {
      Passage passage = new Passage();
      int start = random.nextInt(5_000);
      passage.setStartOffset(start);
      passage.setEndOffset(start + 1_000);
      int offset = start;
      int matches = 1 + random.nextInt(12);
      for (int m = 0; m < matches; m++) {
        offset += 1 + random.nextInt(40);
        String term = vocabulary[random.nextInt(vocabulary.length)];
        // a term's frequency in the document is one figure per term, as the highlighter gives it
        passage.addMatch(
            offset, offset + term.length(), new BytesRef(term), 1 + Math.abs(term.hashCode() % 30));
      }
      passage.setEndOffset(offset + 20);
      int contentLength = offset + 20 + random.nextInt(10_000);
      assertEquals(
          lucene.score(passage, contentLength),
          compact.score(passage, contentLength),
          "passage " + n);
    }
  }
}
