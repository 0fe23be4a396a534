package dev.dossier.search;

import dev.dossier.index.DuplicateSignature;
import dev.dossier.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
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

  private static final Set<String> SIGNATURE = Set.of(Fields.DUPLICATE_SIGNATURE);
  private static final Set<String> ID = Set.of(Fields.ID);

  private final IndexSearcher searcher;

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
    List<String> ids = new ArrayList<>();
    for (int doc : of(hit.doc)) {
      ids.add(id(doc));
    }
    ids.sort(null);
    return ids;
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

  /** The archive id of {@code docId}. */
  String id(int docId) throws IOException {
    return searcher.storedFields().document(docId, ID).get(Fields.ID);
  }

  private DuplicateSignature signature(int docId) throws IOException {
    Document d = searcher.storedFields().document(docId, SIGNATURE);
    String stored = d.get(Fields.DUPLICATE_SIGNATURE);
    return stored == null ? null : DuplicateSignature.decode(stored);
  }
}
