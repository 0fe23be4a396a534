package dev.dossier.index;

import dev.dossier.ingest.ArchiveDocument;
import dev.dossier.ingest.ArchiveReaders;
import dev.dossier.ingest.CorpusFiles;
import dev.dossier.ingest.RejectedFileException;
import dev.dossier.ingest.Rejection;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Indexes archive files: every document is added or replaced by its id, and the run is committed once at the
 * end, so a failed run leaves the index as it was.
 */
public final class Indexer {

  /** Commit user-data key holding the commit time (ISO 8601 instant). */
  static final String COMMITTED_AT = "committed_at";
  /** Commit user-data key holding {@link #FORMAT}. */
  static final String FORMAT_KEY = "dossier_format";
  /**
   * The version of the index layout (fields and how they are made); raise it when a change needs re-indexing.
   * 2: name-key fields.
   */
  static final String FORMAT = "2";

  private final IndexSchema schema;
  private final DocumentMapper mapper;

  /** An indexer writing the fields of {@code schema}. */
  public Indexer(IndexSchema schema) {
    this.schema = schema;
    this.mapper = new DocumentMapper(schema);
  }

  /**
   * Indexes the files under {@code paths} into the index at {@code indexDir}, creating it when needed.
   *
   * @param replaceAll start from an empty index instead of adding to the existing one
   */
  public IndexReport index(Path indexDir, List<Path> paths, boolean replaceAll) throws IOException {
    long start = System.nanoTime();
    CorpusFiles.Listing listing = CorpusFiles.list(paths);
    List<Rejection> rejected = new ArrayList<>(listing.unreadable());
    int documents = 0;
    IndexWriterConfig writerConfig =
        new IndexWriterConfig(schema.analyzer())
            .setOpenMode(replaceAll ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setCommitOnClose(false);
    try (Directory dir = FSDirectory.open(indexDir);
        IndexWriter writer = openWriter(dir, indexDir, writerConfig)) {
      if (!replaceAll) {
        IndexInfo.requireCurrentFormat(indexDir, writer.getLiveCommitData());
      }
      try {
        for (Path file : listing.files()) {
          try {
            for (ArchiveDocument doc : ArchiveReaders.read(file)) {
              writer.updateDocument(new Term(Fields.ID, doc.id()), mapper.toLucene(doc));
              documents++;
            }
          } catch (RejectedFileException e) {
            rejected.add(new Rejection(file.toString(), e.getMessage()));
          }
        }
        writer.setLiveCommitData(Map.of(COMMITTED_AT, Instant.now().toString(), FORMAT_KEY, FORMAT).entrySet());
        writer.commit();
      } catch (IOException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new IndexReport(listing.files().size() + listing.unreadable().size(), documents, rejected, seconds);
  }

  private static IndexWriter openWriter(Directory dir, Path indexDir, IndexWriterConfig config) throws IOException {
    try {
      return new IndexWriter(dir, config);
    } catch (LockObtainFailedException e) {
      throw new IndexBusyException("index " + indexDir + " is busy: another dossier process is writing to it", e);
    }
  }
}
