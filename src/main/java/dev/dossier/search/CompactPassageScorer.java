package dev.dossier.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage, by position), computed without the {@code
 * BytesRefHash} that {@link PassageScorer#score} makes for every candidate passage: that hash
 * allocates a 32 KB block each time, and a name with fifty matches in a text has fifty candidate
 * passages. A passage holds a few distinct terms, found here by a linear scan; terms are summed in
 * order of first occurrence, as Lucene's hash does, so scores are the same.
 */
final class CompactPassageScorer extends PassageScorer {

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    BytesRef[] distinct = new BytesRef[matches];
    int[] freqInPassage = new int[matches];
    int[] freqInDoc = new int[matches];
    int size = 0;
    for (int i = 0; i < matches; i++) {
      int t = 0;
      while (t < size && !distinct[t].bytesEquals(terms[i])) {
        t++;
      }
      if (t == size) {
        distinct[size] = terms[i];
        freqInDoc[size] = freqsInDoc[i];
        size++;
      }
      freqInPassage[t]++;
    }
    double score = 0d;
    for (int t = 0; t < size; t++) {
      score += tf(freqInPassage[t], passage.getLength()) * weight(contentLength, freqInDoc[t]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
