package dev.dossier.search;

import dev.dossier.index.DuplicateSignature;
import dev.dossier.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The other documents of the index with the same text as one ({@link DuplicateSignature}): those
 * sharing its exact hash or a band of its MinHash signature are candidates, and those whose
 * signature estimates a similarity of {@link DuplicateSignature#NEAR} or more are duplicates.
 */
final class Duplicates implements DuplicateCollapse.Lookup<ScoreDoc> {

  /** Candidates read at most for one document: a band shared by more is no longer telling. */
  private static final int MAX_CANDIDATES = 1000;

  private final IndexSearcher searcher;

  /**
   * Each document's duplicates and id once found: the collapse asks twice for a hit (a tie's
   * stand-in, then the hit kept), and again for a window read deeper.
   */
  private final java.util.Map<Integer, List<String>> found = new java.util.HashMap<>();

  private final java.util.Map<Integer, String> ids = new java.util.HashMap<>();

  Duplicates(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public float score(ScoreDoc hit) {
    return hit.score;
  }

  @Override
  public String id(ScoreDoc hit) throws IOException {
    return id(hit.doc);
  }

  @Override
  public List<String> duplicates(ScoreDoc hit) throws IOException {
    List<String> known = found.get(hit.doc);
    if (known == null) {
      List<String> same = new ArrayList<>();
      for (int doc : of(hit.doc)) {
        same.add(id(doc));
      }
      same.sort(null);
      known = List.copyOf(same);
      found.put(hit.doc, known);
    }
    return known;
  }

  /** The Lucene doc ids of {@code docId}'s duplicates, itself not included, ascending. */
  List<Integer> of(int docId) throws IOException {
    DuplicateSignature signature = signature(docId);
    if (signature == null) {
      return List.of();
    }
    // the documents sharing at least SHARED_KEYS of its keys, read from the postings of its keys:
    // what a minimum-should-match query of them finds, without a query's weights and scorers for
    // each hit of a page (a fifth of a phrase query's time when it ran as one)
    java.util.Map<Integer, Integer> shared = new java.util.HashMap<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(Fields.DUPLICATE_KEYS);
      if (terms == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      TermsEnum e = terms.iterator();
      PostingsEnum postings = null;
      for (String key : signature.keys()) {
        if (e.seekExact(new BytesRef(key))) {
          postings = e.postings(postings, PostingsEnum.NONE);
          for (int doc = postings.nextDoc();
              doc != DocIdSetIterator.NO_MORE_DOCS;
              doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
              shared.merge(leaf.docBase + doc, 1, Integer::sum);
            }
          }
        }
      }
    }
    int[] candidates =
        shared.entrySet().stream()
            .filter(s -> s.getValue() >= DuplicateSignature.SHARED_KEYS)
            .mapToInt(java.util.Map.Entry::getKey)
            .sorted()
            .limit(MAX_CANDIDATES)
            .toArray();
    List<Integer> duplicates = new ArrayList<>();
    for (int candidate : candidates) {
      if (candidate != docId) {
        DuplicateSignature other = signature(candidate);
        if (other != null && signature.duplicates(other)) {
          duplicates.add(candidate);
        }
      }
    }
    duplicates.sort(null);
    return duplicates;
  }

  /** Forgets what was found so far. */
  void forget() {
    found.clear();
    ids.clear();
  }

  /** The archive id of {@code docId}, from its doc values. */
  String id(int docId) throws IOException {
    String id = ids.get(docId);
    if (id == null) {
      LeafReaderContext leaf = leaf(docId);
      SortedDocValues values = DocValues.getSorted(leaf.reader(), Fields.ID);
      if (!values.advanceExact(docId - leaf.docBase)) {
        throw new IllegalStateException("document " + docId + " has no id");
      }
      id = values.lookupOrd(values.ordValue()).utf8ToString();
      ids.put(docId, id);
    }
    return id;
  }

  private DuplicateSignature signature(int docId) throws IOException {
    LeafReaderContext leaf = leaf(docId);
    BinaryDocValues values = DocValues.getBinary(leaf.reader(), Fields.DUPLICATE_SIGNATURE);
    return values.advanceExact(docId - leaf.docBase)
        ? DuplicateSignature.decode(values.binaryValue().utf8ToString())
        : null;
  }

  private LeafReaderContext leaf(int docId) {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    return leaves.get(ReaderUtil.subIndex(docId, leaves));
  }
}
