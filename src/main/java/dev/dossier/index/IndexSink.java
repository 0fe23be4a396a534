package dev.dossier.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;

/**
 * Where an indexing run writes: the embedded index's {@code IndexWriter} ({@link LuceneSink}) or a
 * SolrCloud collection ({@link SolrSink}). A run reads, analyses, aligns and maps its files the
 * same way for both; only these three operations differ.
 */
interface IndexSink {

  /** Deletes every document of the source file {@code source}. */
  void deleteSource(String source) throws IOException;

  /**
   * Adds {@code documents} in place of the documents of {@code source} (when not null) and of every
   * document with one of {@code ids}.
   */
  void replace(String source, List<String> ids, List<Document> documents) throws IOException;

  /** Makes everything written so far durable and visible. */
  void commit() throws IOException;
}
