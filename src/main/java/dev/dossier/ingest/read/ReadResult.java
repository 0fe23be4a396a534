package dev.dossier.ingest.read;

import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.Rejection;
import java.util.List;

/**
 * What a reader got from one file: its documents, and the records it had to reject (a file that
 * holds many records, such as JSON Lines or CSV, rejects a bad record and keeps the rest).
 *
 * @param collection the collection the file's documents belong to, for per-collection counts; empty
 *     when no mapping names one
 * @param companions by document id, the other files its texts were read from (the OCR text files a
 *     metadata spreadsheet names), absolute; they are part of the file for indexing, not documents
 *     of their own
 */
public record ReadResult(
    List<ArchiveDocument> documents,
    List<Rejection> rejected,
    String collection,
    java.util.Map<String, List<java.nio.file.Path>> companions) {

  public ReadResult {
    documents = List.copyOf(documents);
    rejected = List.copyOf(rejected);
    collection = collection == null ? "" : collection;
    companions = java.util.Map.copyOf(companions);
  }

  /** Every companion file read, in path order. */
  public java.util.SortedSet<java.nio.file.Path> companionFiles() {
    java.util.SortedSet<java.nio.file.Path> all = new java.util.TreeSet<>();
    companions.values().forEach(all::addAll);
    return all;
  }

  /** A file that is one or more documents and nothing else. */
  public static ReadResult of(List<ArchiveDocument> documents) {
    return new ReadResult(documents, List.of(), "", java.util.Map.of());
  }
}
