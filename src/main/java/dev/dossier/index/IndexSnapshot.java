package dev.dossier.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;

/**
 * What an index held when a run started: each source file's hash and document count, and every id.
 * Read from doc values, so it costs one pass over three columns, not the stored documents.
 */
final class IndexSnapshot {

  /**
   * One indexed source file.
   *
   * @param documents how many of its documents the index holds
   * @param expected how many documents the file gave when it was indexed
   * @param collection the collection it was counted under
   * @param companions the other files its documents' texts were read from, whose content is part of
   *     its hash
   */
  record FileState(
      String hash,
      int documents,
      long expected,
      String collection,
      java.util.Set<String> companions) {
    /** Whether the index holds the file whole with this content hash. */
    boolean isCurrent(String currentHash) {
      return hash.equals(currentHash) && documents >= expected;
    }
  }

  private final Map<String, FileState> files;

  /** Each id and the source file of its document. */
  private final Map<String, String> ids;

  private IndexSnapshot(Map<String, FileState> files, Map<String, String> ids) {
    this.files = files;
    this.ids = ids;
  }

  static IndexSnapshot empty() {
    return new IndexSnapshot(Map.of(), Map.of());
  }

  /**
   * A snapshot of these files and ids, as {@link #of(IndexReader)} reads them: for tests of a run's
   * parts.
   */
  static IndexSnapshot of(Map<String, FileState> files, Map<String, String> ids) {
    return new IndexSnapshot(Map.copyOf(files), Map.copyOf(ids));
  }

  static IndexSnapshot of(IndexReader reader) throws IOException {
    Stamps stamps = new Stamps();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      Bits live = r.getLiveDocs();
      SortedDocValues source = DocValues.getSorted(r, Fields.SOURCE);
      SortedDocValues hash = DocValues.getSorted(r, Fields.SOURCE_HASH);
      SortedDocValues id = DocValues.getSorted(r, Fields.ID);
      NumericDocValues total = DocValues.getNumeric(r, Fields.SOURCE_DOCUMENTS);
      SortedDocValues collection = DocValues.getSorted(r, Fields.SOURCE_COLLECTION);
      org.apache.lucene.index.SortedSetDocValues companion =
          DocValues.getSortedSet(r, Fields.SOURCE_COMPANIONS);
      for (int doc = 0; doc < r.maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        java.util.List<String> companions = new java.util.ArrayList<>();
        if (companion.advanceExact(doc)) {
          for (int i = 0; i < companion.docValueCount(); i++) {
            companions.add(companion.lookupOrd(companion.nextOrd()).utf8ToString());
          }
        }
        stamps.add(
            id.advanceExact(doc) ? id.lookupOrd(id.ordValue()).utf8ToString() : null,
            source.advanceExact(doc) ? source.lookupOrd(source.ordValue()).utf8ToString() : null,
            hash.advanceExact(doc) ? hash.lookupOrd(hash.ordValue()).utf8ToString() : null,
            total.advanceExact(doc) ? total.longValue() : null,
            collection.advanceExact(doc)
                ? collection.lookupOrd(collection.ordValue()).utf8ToString()
                : null,
            companions);
      }
    }
    return stamps.snapshot();
  }

  /**
   * The source stamps of an index's documents, one document at a time, made into a snapshot: for
   * the embedded index's doc values and a Solr collection's stored stamps alike.
   */
  static final class Stamps {
    private final Map<String, String> hashes = new HashMap<>();
    private final Map<String, Long> expected = new HashMap<>();
    private final Map<String, String> collections = new HashMap<>();
    private final Map<String, java.util.Set<String>> companions = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, String> ids = new HashMap<>();

    /** One document's stamp; null where the document has none. */
    void add(
        String id,
        String path,
        String hash,
        Long documents,
        String collection,
        java.util.Collection<String> companionFiles) {
      if (id != null) {
        ids.put(id, path == null ? "" : path);
      }
      if (path == null) {
        return;
      }
      counts.merge(path, 1, Integer::sum);
      if (hash != null) {
        hashes.put(path, hash);
      }
      if (documents != null) {
        expected.put(path, documents);
      }
      if (collection != null) {
        collections.put(path, collection);
      }
      if (!companionFiles.isEmpty()) {
        companions.computeIfAbsent(path, p -> new java.util.TreeSet<>()).addAll(companionFiles);
      }
    }

    IndexSnapshot snapshot() {
      Map<String, FileState> files = new HashMap<>();
      counts.forEach(
          (path, n) ->
              files.put(
                  path,
                  new FileState(
                      hashes.getOrDefault(path, ""),
                      n,
                      expected.getOrDefault(path, 0L),
                      collections.getOrDefault(path, ""),
                      companions.getOrDefault(path, java.util.Set.of()))));
      return new IndexSnapshot(files, ids);
    }
  }

  /** The state of a source file in the index, or null when it has no documents there. */
  FileState file(String source) {
    return files.get(source);
  }

  /** Every source file in the index. */
  Map<String, FileState> files() {
    return files;
  }

  /**
   * Every file some indexed document's text was read from besides its source (a spreadsheet's text
   * files).
   */
  java.util.Set<String> companions() {
    java.util.Set<String> all = new java.util.HashSet<>();
    files.values().forEach(f -> all.addAll(f.companions()));
    return all;
  }

  /** Every id the index held, with the source file of its document ("" when it has none). */
  Map<String, String> ids() {
    return ids;
  }

  /** Whether a document with this id was in the index. */
  boolean hasId(String id) {
    return ids.containsKey(id);
  }

  /** The source file of the document with this id, or null when the index had no such document. */
  String sourceOf(String id) {
    return ids.get(id);
  }
}
