package dev.dossier.search;

import dev.dossier.index.DocumentMapper;
import dev.dossier.index.StoredChecksum;
import dev.dossier.model.ArchiveDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;

/**
 * The stored documents of some hits, each read (decompressed) once and verified against the
 * checksum stored with it, for everything made of them: the hit's metadata, its snippets, its
 * aligned passages, a concordance's lines. The one place search and concordance load hits.
 */
final class StoredHits {

  private final int[] docIds;
  private final Map<Integer, Document> stored;
  private final DocumentMapper mapper;
  private final List<ArchiveDocument> archived;

  private StoredHits(int[] docIds, Map<Integer, Document> stored, DocumentMapper mapper) {
    this.docIds = docIds;
    this.stored = stored;
    this.mapper = mapper;
    this.archived = new ArrayList<>(Collections.nCopies(docIds.length, null));
  }

  /** Reads the stored documents of {@code docIds}, in that order. */
  static StoredHits read(IndexSearcher searcher, DocumentMapper mapper, int[] docIds)
      throws IOException {
    Map<Integer, Document> stored = new HashMap<>();
    for (int docId : docIds) {
      stored.put(docId, StoredChecksum.read(searcher.storedFields(), docId));
    }
    return new StoredHits(docIds.clone(), stored, mapper);
  }

  /** How many hits there are. */
  int size() {
    return docIds.length;
  }

  /** The Lucene ids of the hits, in order. */
  int[] docIds() {
    return docIds.clone();
  }

  /** The stored fields of hit {@code i}. */
  Document stored(int i) {
    return stored.get(docIds[i]);
  }

  /**
   * Every hit's stored fields by Lucene id, for the highlighter, which reads them instead of the
   * index.
   */
  Map<Integer, Document> byDocId() {
    return Collections.unmodifiableMap(stored);
  }

  /** Hit {@code i} as an archive document, mapped back from its stored fields once. */
  ArchiveDocument document(int i) {
    if (archived.get(i) == null) {
      archived.set(i, mapper.fromLucene(stored(i)));
    }
    return archived.get(i);
  }

  /** The texts and the stored alignment of hit {@code i}, for its aligned passages. */
  ParallelPassages.Texts texts(int i) {
    ArchiveDocument doc = document(i);
    return new ParallelPassages.Texts(
        doc.originalLanguage(),
        doc.original(),
        doc.translationLanguage(),
        doc.translation(),
        DocumentMapper.alignment(stored(i)));
  }
}
