package dev.dossier.ingest;

import java.util.List;

/**
 * What a reader got from one file: its documents, and the records it had to reject (a file that holds many
 * records, such as JSON Lines or CSV, rejects a bad record and keeps the rest).
 *
 * @param collection the collection the file's documents belong to, for per-collection counts; empty when no
 *     mapping names one
 */
public record ReadResult(List<ArchiveDocument> documents, List<Rejection> rejected, String collection) {

  public ReadResult {
    documents = List.copyOf(documents);
    rejected = List.copyOf(rejected);
    collection = collection == null ? "" : collection;
  }

  /** A file that is one or more documents and nothing else. */
  public static ReadResult of(List<ArchiveDocument> documents) {
    return new ReadResult(documents, List.of(), "");
  }
}
