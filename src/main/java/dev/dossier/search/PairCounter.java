package dev.dossier.search;

import dev.dossier.index.Fields;
import dev.dossier.index.PassageMarkers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Counts a concordance's pairs in one index from postings, reading no stored document: the aligned
 * passages come from their markers ({@link PassageMarkers}), the words from the text fields. The
 * term's pairs are those whose source passage holds the term (its words at their relative
 * positions, as a phrase query matches); a candidate key is a stem, counted at each position of the
 * target text field that holds it, or a bigram of two stems ("self financ"), counted where the
 * second stands at the next position one character after the first ends (the search side of {@link
 * dev.dossier.index.PassageStems}' rule; a punctuation mark of one character between them is not
 * seen here).
 *
 * <p>Opened once per concordance: the target passages and the term's pairs are read then; {@link
 * #count} reads one postings list per key (two per bigram).
 */
final class PairCounter {

  /**
   * One segment's target passages, by document: passages {@code docStart[d]} up to {@code
   * docStart[d + 1]} of document d, in text order, with their pairs, the positions of their first
   * and last tokens, their counts of words and bigrams, and whether each is the counterpart of a
   * pair of the term.
   */
  private record Leaf(
      LeafReader reader,
      int[] docStart,
      int[] pair,
      int[] first,
      int[] last,
      int[] grams,
      boolean[] termPair) {}

  /** A word of the term: its stem and its position relative to the term's first word. */
  record TermWord(int offset, String stem) {

    /** The word as one line: its offset, a space, its stem. */
    String line() {
      return offset + " " + stem;
    }

    /** The word a {@link #line} gives. */
    static TermWord of(String line) {
      int space = line.indexOf(' ');
      return new TermWord(Integer.parseInt(line.substring(0, space)), line.substring(space + 1));
    }
  }

  private final String targetField;
  private final List<Leaf> leaves = new ArrayList<>();
  private int termPairs;
  private long termGrams;
  private int passages;
  private long grams;

  private PairCounter(String targetField) {
    this.targetField = targetField;
  }

  /**
   * The counter of {@code reader}'s pairs whose side in the {@code source} slot (written in a
   * language {@code inSource} accepts) holds {@code term}, and whose other side is in {@code
   * target} (a document's language code), indexed under {@code targetSlot}.
   */
  static PairCounter open(
      IndexReader reader,
      String source,
      Predicate<String> inSource,
      String target,
      String targetSlot,
      List<TermWord> term)
      throws IOException {
    PairCounter counter = new PairCounter(Fields.text(targetSlot));
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      Leaf passages = counter.targetPassages(leaf, targetSlot, target, inSource);
      counter.markTermPairs(passages, source, inSource, target, term);
      counter.leaves.add(passages);
    }
    return counter;
  }

  /**
   * {@code keys} counted: the term's pairs and the target passages with each key's four counts
   * ({@link PassageTally#byKey}).
   */
  PassageTally count(Collection<String> keys) throws IOException {
    Map<String, int[]> byKey = new HashMap<>();
    for (String key : keys) {
      int[] n = new int[4];
      int space = key.indexOf(' ');
      for (Leaf leaf : leaves) {
        if (space < 0) {
          countWord(leaf, new BytesRef(key), n);
        } else {
          countBigram(
              leaf,
              new BytesRef(key.substring(0, space)),
              new BytesRef(key.substring(space + 1)),
              n);
        }
      }
      byKey.put(key, n);
    }
    return new PassageTally(termPairs, termGrams, passages, grams, byKey);
  }

  private void countWord(Leaf leaf, BytesRef stem, int[] n) throws IOException {
    PostingsEnum postings = postings(leaf.reader(), targetField, stem, PostingsEnum.POSITIONS);
    if (postings == null) {
      return;
    }
    for (int doc = postings.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = postings.nextDoc()) {
      if (leaf.docStart()[doc] == leaf.docStart()[doc + 1]) {
        continue;
      }
      Counting counting = new Counting(leaf, doc, n);
      for (int i = postings.freq(); i > 0; i--) {
        counting.at(postings.nextPosition(), 0);
      }
    }
  }

  private void countBigram(Leaf leaf, BytesRef firstStem, BytesRef secondStem, int[] n)
      throws IOException {
    PostingsEnum a = postings(leaf.reader(), targetField, firstStem, PostingsEnum.OFFSETS);
    PostingsEnum b = postings(leaf.reader(), targetField, secondStem, PostingsEnum.OFFSETS);
    if (a == null || b == null) {
      return;
    }
    for (int doc = a.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = a.nextDoc()) {
      if (leaf.docStart()[doc] == leaf.docStart()[doc + 1]) {
        continue;
      }
      if (b.docID() < doc) {
        b.advance(doc);
      }
      if (b.docID() != doc) {
        continue;
      }
      // the second word's positions and starts, then the first word's matched against them
      int[] positions = new int[b.freq()];
      int[] starts = new int[positions.length];
      for (int i = 0; i < positions.length; i++) {
        positions[i] = b.nextPosition();
        starts[i] = b.startOffset();
      }
      Counting counting = new Counting(leaf, doc, n);
      int j = 0;
      for (int i = a.freq(); i > 0; i--) {
        int position = a.nextPosition();
        int end = a.endOffset();
        while (j < positions.length && positions[j] <= position) {
          j++;
        }
        for (int k = j; k < positions.length && positions[k] == position + 1; k++) {
          if (starts[k] == end + 1) {
            counting.at(position, 1);
            break;
          }
        }
      }
    }
  }

  /**
   * Counts occurrences in one document's target passages, in position order: an occurrence from
   * {@code position} to {@code position + extent} counts in the passage that holds both.
   */
  private static final class Counting {
    private final Leaf leaf;
    private final int end;
    private final int[] n;
    private int passage;
    private int lastCounted = -1;

    Counting(Leaf leaf, int doc, int[] n) {
      this.leaf = leaf;
      this.passage = leaf.docStart()[doc];
      this.end = leaf.docStart()[doc + 1];
      this.n = n;
    }

    void at(int position, int extent) {
      while (passage < end && leaf.last()[passage] < position) {
        passage++;
      }
      if (passage == end
          || leaf.first()[passage] > position
          || leaf.last()[passage] < position + extent) {
        return;
      }
      boolean first = passage != lastCounted;
      lastCounted = passage;
      n[3]++;
      n[2] += first ? 1 : 0;
      if (leaf.termPair()[passage]) {
        n[1]++;
        n[0] += first ? 1 : 0;
      }
    }
  }

  /**
   * The passages of {@code leaf} in {@code target} whose counterparts are in a language {@code
   * inSource} accepts, by document, from their markers; adds them up.
   */
  private Leaf targetPassages(
      LeafReader leaf, String targetSlot, String target, Predicate<String> inSource)
      throws IOException {
    List<long[]> found = new ArrayList<>(); // {doc, pair, first, last}
    Bits live = leaf.getLiveDocs();
    for (BytesRef marker :
        markers(
            leaf,
            targetSlot,
            m ->
                PassageMarkers.language(m).equals(target)
                    && inSource.test(PassageMarkers.counterpartLanguage(m)))) {
      PostingsEnum postings =
          postings(leaf, Fields.passages(targetSlot), marker, PostingsEnum.PAYLOADS);
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        for (int i = postings.freq(); i > 0; i--) {
          int pair = postings.nextPosition();
          PassageMarkers.Span span = PassageMarkers.Span.of(postings.getPayload());
          passages++;
          grams += span.grams();
          found.add(new long[] {doc, pair, span.first(), span.last(), span.grams()});
        }
      }
    }
    found.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
    int[] docStart = new int[leaf.maxDoc() + 1];
    int[] first = new int[found.size()];
    int[] last = new int[found.size()];
    int[] pairs = new int[found.size()];
    int[] counted = new int[found.size()];
    for (int i = 0; i < found.size(); i++) {
      long[] f = found.get(i);
      docStart[(int) f[0] + 1]++;
      pairs[i] = (int) f[1];
      first[i] = (int) f[2];
      last[i] = (int) f[3];
      counted[i] = (int) f[4];
    }
    for (int d = 0; d < leaf.maxDoc(); d++) {
      docStart[d + 1] += docStart[d];
    }
    return new Leaf(leaf, docStart, pairs, first, last, counted, new boolean[found.size()]);
  }

  /**
   * Marks the target passages of {@code passages} whose pairs hold {@code term} on their source
   * side, and adds them up.
   */
  private void markTermPairs(
      Leaf passages, String source, Predicate<String> inSource, String target, List<TermWord> term)
      throws IOException {
    LeafReader leaf = passages.reader();
    Map<Integer, int[]> occurrences = termOccurrences(leaf, Fields.text(source), term);
    if (occurrences.isEmpty()) {
      return;
    }
    int extent = term.stream().mapToInt(TermWord::offset).max().orElse(0);
    for (BytesRef marker :
        markers(
            leaf,
            source,
            m ->
                inSource.test(PassageMarkers.language(m))
                    && PassageMarkers.counterpartLanguage(m).equals(target))) {
      PostingsEnum postings =
          postings(leaf, Fields.passages(source), marker, PostingsEnum.PAYLOADS);
      for (Map.Entry<Integer, int[]> e : new java.util.TreeMap<>(occurrences).entrySet()) {
        int doc = e.getKey();
        if ((postings.docID() < doc ? postings.advance(doc) : postings.docID()) != doc) {
          continue;
        }
        int[] at = e.getValue();
        int j = 0;
        for (int i = postings.freq(); i > 0; i--) {
          int pair = postings.nextPosition();
          PassageMarkers.Span span = PassageMarkers.Span.of(postings.getPayload());
          while (j < at.length && at[j] < span.first()) {
            j++;
          }
          if (j < at.length && at[j] + extent <= span.last()) {
            markPair(passages, doc, pair);
          }
        }
      }
    }
  }

  private void markPair(Leaf passages, int doc, int pair) {
    int from = passages.docStart()[doc];
    int to = passages.docStart()[doc + 1];
    int i = Arrays.binarySearch(passages.pair(), from, to, pair);
    if (i >= 0 && !passages.termPair()[i]) {
      passages.termPair()[i] = true;
      termPairs++;
      termGrams += passages.grams()[i];
    }
  }

  /**
   * The positions where {@code term}'s first word stands with every other word at its offset, by
   * document.
   */
  private static Map<Integer, int[]> termOccurrences(
      LeafReader leaf, String field, List<TermWord> term) throws IOException {
    Map<Integer, int[]> found = new HashMap<>();
    if (term.isEmpty()) {
      return found;
    }
    PostingsEnum[] lists = new PostingsEnum[term.size()];
    for (int i = 0; i < lists.length; i++) {
      lists[i] = postings(leaf, field, new BytesRef(term.get(i).stem()), PostingsEnum.POSITIONS);
      if (lists[i] == null) {
        return found;
      }
    }
    int doc = lists[0].nextDoc();
    while (doc != DocIdSetIterator.NO_MORE_DOCS) {
      int ahead = doc;
      for (int i = 1; i < lists.length && ahead == doc; i++) {
        ahead = lists[i].docID() < doc ? lists[i].advance(doc) : lists[i].docID();
      }
      if (ahead != doc) {
        doc = ahead == DocIdSetIterator.NO_MORE_DOCS ? ahead : lists[0].advance(ahead);
        continue;
      }
      int[] starts = positions(lists[0], term.get(0).offset());
      for (int i = 1; i < lists.length && starts.length > 0; i++) {
        starts = intersect(starts, positions(lists[i], term.get(i).offset()));
      }
      if (starts.length > 0) {
        found.put(doc, starts);
      }
      doc = lists[0].nextDoc();
    }
    return found;
  }

  /**
   * The positions of the current document of {@code postings} less {@code offset}, ascending, each
   * once.
   */
  private static int[] positions(PostingsEnum postings, int offset) throws IOException {
    int[] positions = new int[postings.freq()];
    int size = 0;
    for (int i = 0; i < positions.length; i++) {
      int position = postings.nextPosition() - offset;
      if (size == 0 || positions[size - 1] != position) {
        positions[size++] = position;
      }
    }
    return Arrays.copyOf(positions, size);
  }

  private static int[] intersect(int[] a, int[] b) {
    int[] common = new int[Math.min(a.length, b.length)];
    int size = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        common[size++] = a[i];
        i++;
        j++;
      }
    }
    return Arrays.copyOf(common, size);
  }

  /** The marker terms of {@code slot}'s passages field that {@code wanted} accepts. */
  private static List<BytesRef> markers(LeafReader leaf, String slot, Predicate<String> wanted)
      throws IOException {
    List<BytesRef> markers = new ArrayList<>();
    Terms terms = leaf.terms(Fields.passages(slot));
    if (terms != null) {
      TermsEnum e = terms.iterator();
      for (BytesRef t = e.next(); t != null; t = e.next()) {
        if (wanted.test(t.utf8ToString())) {
          markers.add(BytesRef.deepCopyOf(t));
        }
      }
    }
    return markers;
  }

  private static PostingsEnum postings(LeafReader leaf, String field, BytesRef term, int flags)
      throws IOException {
    Terms terms = leaf.terms(field);
    if (terms == null) {
      return null;
    }
    TermsEnum e = terms.iterator();
    return e.seekExact(term) ? e.postings(null, flags) : null;
  }
}
