package dev.dossier.index;

import dev.dossier.ingest.ArchiveReaders;
import dev.dossier.ingest.files.CorpusFiles;
import dev.dossier.ingest.files.RejectedFileException;
import dev.dossier.ingest.files.TextFiles;
import dev.dossier.ingest.read.ReadResult;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * One indexing run over a writer: its files read, parsed and analysed by a pool of workers, each
 * file either skipped as unchanged, passed over as a spreadsheet's text, rejected, or written; then
 * the files gone pruned. It puts the parts together: {@link FileChanges} says what changed, {@link
 * IdOwners} who owns each id, {@link DocumentWriter} writes a file's documents, {@link Commits}
 * commits as they go, and {@link RunTally} counts for the report.
 */
final class IndexRun {

  /**
   * How a file becomes Lucene documents, built once per schema.
   *
   * @param readers read a file into archive documents
   * @param analyser analyses and aligns a document's texts
   * @param mapper maps an analysed document to a Lucene document
   */
  record Stages(ArchiveReaders readers, DocumentAnalyser analyser, DocumentMapper mapper) {

    /** The stages of {@code schema}: its configuration's readers, analysis and mapping. */
    static Stages of(IndexSchema schema) {
      return new Stages(
          ArchiveReaders.forConfig(schema.configDirectory()),
          new DocumentAnalyser(schema),
          new DocumentMapper(schema));
    }
  }

  private final IndexSink sink;
  private final IndexRequest request;
  private final IndexSnapshot before;
  private final ArchiveReaders readers;
  private final FileChanges changes;
  private final IdOwners owners;
  private final RunTally tally = new RunTally();
  private final DocumentWriter documents;

  /**
   * A run of {@code request} writing through {@code writer} to an index that held {@code before}.
   */
  IndexRun(IndexWriter writer, IndexRequest request, IndexSnapshot before, Stages stages) {
    this(new LuceneSink(writer), request, before, stages);
  }

  /** A run of {@code request} writing to {@code sink}, which held {@code before}. */
  IndexRun(IndexSink sink, IndexRequest request, IndexSnapshot before, Stages stages) {
    this.sink = sink;
    this.request = request;
    this.before = before;
    this.readers = stages.readers();
    this.changes = new FileChanges(before);
    this.owners = new IdOwners(before);
    this.documents =
        new DocumentWriter(
            sink,
            stages.analyser(),
            stages.mapper(),
            new Commits(sink, request.commitEvery()),
            doc -> tally.written(before.hasId(doc.id())));
  }

  /** Files the listing found but could not read. */
  void unreadable(List<Rejection> unreadable) {
    tally.rejected(unreadable);
  }

  /**
   * Indexes the files in two rounds: first the files of records (JSON, JSON Lines, CSV), whose
   * records may take their texts from other files (OCR text dumps beside a metadata spreadsheet);
   * then the rest, passing over the files a spreadsheet took its texts from, so that a text is not
   * also a document of its own.
   */
  void indexAll(List<Path> files) throws IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            request.threads(),
            r -> {
              Thread t = new Thread(r, "dossier-indexer");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Path> records = files.stream().filter(ArchiveReaders::isRecordFile).toList();
      List<Path> others = files.stream().filter(f -> !ArchiveReaders.isRecordFile(f)).toList();
      runAll(pool, records, this::indexFile);
      changes.keepClaimsOfUnread();
      runAll(
          pool,
          others,
          file -> {
            if (changes.isCompanion(file)) {
              readThroughSpreadsheet(file);
            } else {
              indexFile(file);
            }
          });
    } finally {
      pool.shutdownNow();
    }
  }

  /** Work on one file. */
  @FunctionalInterface
  private interface FileTask {
    void run(Path file) throws IOException;
  }

  private static void runAll(ExecutorService pool, List<Path> files, FileTask work)
      throws IOException {
    List<Future<?>> tasks = new ArrayList<>();
    for (Path file : files) {
      tasks.add(
          pool.submit(
              () -> {
                work.run(file);
                return null;
              }));
    }
    for (Future<?> task : tasks) {
      Tasks.get(task);
    }
  }

  /**
   * A text file a spreadsheet's record was read from: not a document itself; one it was before is
   * removed.
   */
  private void readThroughSpreadsheet(Path file) throws IOException {
    String source = SourcePath.of(file);
    IndexSnapshot.FileState previous = before.file(source);
    if (previous != null) {
      sink.deleteSource(source);
      tally.removed(previous.documents());
    }
    tally.companionFile();
    request.progress().fileDone(size(file));
  }

  private void indexFile(Path file) throws IOException {
    String source = SourcePath.of(file);
    String collection = CollectionLabel.of(file, request.paths());
    byte[] bytes = null;
    try {
      bytes = TextFiles.readBytes(file);
      String hash = FileChanges.hash(bytes);
      Optional<IndexSnapshot.FileState> unchanged = changes.unchanged(source, hash);
      if (unchanged.isPresent()) {
        String counted = unchanged.get().collection();
        tally.unchanged(counted.isEmpty() ? collection : counted, unchanged.get().documents());
        return;
      }
      ReadResult read = readers.read(file, bytes);
      String stampHash = changes.read(source, hash, read);
      if (!read.collection().isEmpty()) {
        collection = read.collection();
      }
      tally.rejected(read.rejected());
      int written =
          write(source, new SourceStamp(stampHash, read.documents().size(), collection), read);
      tally.read(collection, written, read.rejected().size() + read.documents().size() - written);
    } catch (RejectedFileException e) {
      tally.rejectedFile(collection, new Rejection(file.toString(), e.getMessage()));
    } catch (AlreadyClosedException e) {
      throw e; // the writer hit a fatal error (a full disk): the run fails, not this file
    } catch (RuntimeException | StackOverflowError e) {
      // a fault of ours on one pathological file: reported with the file, the batch goes on
      tally.rejectedFile(
          collection,
          new Rejection(
              file.toString(), "internal error: " + e + " (please report it with this file)"));
    } finally {
      request.progress().fileDone(bytes == null ? 0 : bytes.length);
    }
  }

  /**
   * Writes the documents of a file read whose ids it may have; returns how many. When none is left,
   * the file's old documents stay, as for a rejected file. The stamp counts the documents the
   * reader gave, not those kept: a file that lost a document to another file's id is read again
   * next run (and its duplicate reported again) until the conflict is gone.
   */
  private int write(String source, SourceStamp stamp, ReadResult read) throws IOException {
    List<ArchiveDocument> kept = owners.claim(source, read.documents(), tally::rejected);
    if (!kept.isEmpty()) {
      documents.write(source, stamp, kept, read.companions());
    }
    return kept.size();
  }

  /**
   * Removes the documents of the files gone from the folders given. A document the run wrote again
   * from another file (it moved) was replaced by its id, so it is counted as updated, not removed.
   */
  void prune(List<Path> listed) throws IOException {
    Map<String, Integer> notRewritten = owners.notRewritten();
    for (String source : changes.gone(listed, request.paths())) {
      sink.deleteSource(source);
      tally.removed(notRewritten.getOrDefault(source, 0));
    }
  }

  /** Whether the run added, replaced or removed documents. */
  boolean changedIndex() {
    return tally.changedIndex();
  }

  /** The run's report, once it is done. */
  IndexReport report(CorpusFiles.Listing listing, long bytes, double seconds) {
    return tally.report(listing, bytes, seconds);
  }

  /** A file's size, 0 when it cannot be read (it is then rejected when read). */
  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
