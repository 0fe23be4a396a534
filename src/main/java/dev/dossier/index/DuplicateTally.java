package dev.dossier.index;

import dev.dossier.index.DuplicateSignature.Keyed;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * How many documents of an index repeat another's text ({@link DuplicateSignature}): the documents
 * that share a duplicate key are compared by signature, and those alike are joined into groups
 * (union-find); every member of a group but one is a duplicate.
 *
 * @param documents documents whose text a document of their group has too, one per group not
 *     counted
 * @param groups groups of two or more documents with the same text
 */
public record DuplicateTally(int documents, int groups) {

  /** A key shared by more documents than this is not compared pair by pair (a boilerplate band). */
  private static final int MAX_SHARED = 1000;

  /** The duplicates of the index {@code reader} reads. */
  static DuplicateTally of(IndexReader reader) throws IOException {
    int[] parent = new int[reader.maxDoc()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Terms terms = MultiTerms.getTerms(reader, Fields.DUPLICATE_KEYS);
    if (terms == null) {
      return new DuplicateTally(0, 0);
    }
    Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
    List<org.apache.lucene.index.LeafReaderContext> leaves = reader.leaves();
    java.util.Map<Integer, Keyed> signatures = new java.util.HashMap<>();
    TermsEnum keys = terms.iterator();
    PostingsEnum postings = null;
    while (keys.next() != null) {
      if (keys.docFreq() < 2 || keys.docFreq() > MAX_SHARED) {
        continue;
      }
      postings = keys.postings(postings, PostingsEnum.NONE);
      List<Integer> docs = new ArrayList<>();
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (live == null || live.get(d)) {
          docs.add(d);
        }
      }
      for (int i = 0; i < docs.size(); i++) {
        for (int j = i + 1; j < docs.size(); j++) {
          int a = docs.get(i);
          int b = docs.get(j);
          if (find(parent, a) != find(parent, b)
              && signature(signatures, leaves, a).alike(signature(signatures, leaves, b))) {
            parent[find(parent, a)] = find(parent, b);
          }
        }
      }
    }
    int documents = 0;
    java.util.Set<Integer> groups = new java.util.HashSet<>();
    for (int d = 0; d < parent.length; d++) {
      if (find(parent, d) != d) {
        documents++;
        groups.add(find(parent, d));
      }
    }
    return new DuplicateTally(documents, groups.size());
  }

  private static Keyed signature(
      java.util.Map<Integer, Keyed> cache,
      List<org.apache.lucene.index.LeafReaderContext> leaves,
      int doc)
      throws IOException {
    Keyed known = cache.get(doc);
    if (known == null) {
      var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
      var values =
          org.apache.lucene.index.DocValues.getBinary(leaf.reader(), Fields.DUPLICATE_SIGNATURE);
      if (!values.advanceExact(doc - leaf.docBase)) {
        throw new IllegalStateException("a document with duplicate keys has no signature");
      }
      DuplicateSignature signature = DuplicateSignature.decode(values.binaryValue().utf8ToString());
      known = Keyed.of(signature);
      cache.put(doc, known);
    }
    return known;
  }

  private static int find(int[] parent, int d) {
    while (parent[d] != d) {
      parent[d] = parent[parent[d]];
      d = parent[d];
    }
    return d;
  }
}
