package dev.dossier.search;

import dev.dossier.index.DuplicateSignature;
import dev.dossier.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

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
    BooleanQuery.Builder keys =
        new BooleanQuery.Builder().setMinimumNumberShouldMatch(DuplicateSignature.SHARED_KEYS);
    for (String key : signature.keys()) {
      keys.add(new TermQuery(new Term(Fields.DUPLICATE_KEYS, key)), BooleanClause.Occur.SHOULD);
    }
    ScoreDoc[] candidates =
        searcher.search(new ConstantScoreQuery(keys.build()), MAX_CANDIDATES).scoreDocs;
    List<Integer> duplicates = new ArrayList<>();
    for (ScoreDoc candidate : candidates) {
      if (candidate.doc != docId) {
        DuplicateSignature other = signature(candidate.doc);
        if (other != null && signature.duplicates(other)) {
          duplicates.add(candidate.doc);
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
