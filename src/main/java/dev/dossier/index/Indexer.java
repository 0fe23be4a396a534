package dev.dossier.index;

import dev.dossier.ingest.files.CorpusFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Indexes archive files incrementally, on every core, safely. This class opens the index and ends
 * the run (commit, merge, checks); {@link IndexRun} takes each file through the parts that do one
 * job each.
 *
 * <ul>
 *   <li>Incremental: each document records its source file and the file's SHA-256; a file whose
 *       hash is unchanged is skipped unread, a changed file's documents are replaced, and with
 *       --prune the documents of files gone from the folders given are removed.
 *   <li>Parallel: worker threads read, parse and analyse files; IndexWriter takes documents from
 *       all of them.
 *   <li>Safe: a file's documents replace its old ones in one atomic {@code updateDocuments} call;
 *       the run commits every {@code commitEvery} documents and at the end, so a crash (even kill
 *       -9) leaves the last commit, and the same command run again finishes the job, with no
 *       duplicates because documents are keyed by id. A second writer is refused by Lucene's write
 *       lock.
 * </ul>
 */
public final class Indexer {

  /** Commit user-data key holding the commit time (ISO 8601 instant). */
  static final String COMMITTED_AT = "committed_at";

  /** Commit user-data key holding {@link #FORMAT}. */
  static final String FORMAT_KEY = "dossier_format";

  /**
   * The version of the index layout (fields and how they are made); raise it when a change needs
   * re-indexing. 2: name-key fields. 3: source hash and doc values for incremental runs. 4: stored
   * alignment. 5: no name keys for capitalised words the text also writes in lowercase. 6:
   * name_keys lookup field. 7: metadata fields, a source's document count and collection. 8:
   * Russian name keys lose their case ending in Cyrillic (Уитлэм keeps "em", which is no ending).
   * 9: a Latin-alphabet name's key is all its letters (Tito is not Tit). 10: a final о or o is no
   * ending (Сато is not Сата). 11: no name keys for tokens with digits (HAG49). 12: names learnt
   * from aligned passages. 13: name keys of the title and summary (names_meta). 14: short ids of
   * URLs, titles and dates derived from the text, the series field, duplicates. 15: the aligned
   * passages of each language as positions of its text field (passages_ru), for concordances. 16:
   * the phonetic codes of names in fields of their own, docs only (phonetic_ru). 17: the unstemmed
   * companion (text_ru_exact) without offsets.
   */
  static final String FORMAT = "17";

  /**
   * A run that changed the index ends by merging it down to at most this many segments. A search
   * visits every segment (term lookups, the fuzzy expansion of name seeds), so a fresh search on
   * 100,000 documents took 0.60 s on the 33 segments a batch run left and 0.46 s on 5. The merge
   * takes the smallest segments first, so after a small batch only the new segments are merged (a
   * few seconds); after a large one it cost 20 s of a 9-minute run. Elasticsearch's and Solr's
   * advice is the same for indexes written in batches: force-merge once written.
   */
  static final int MAX_SEGMENTS = 5;

  /** Opens the Lucene directory of an index folder; tests wrap the real one to fill a disk. */
  @FunctionalInterface
  interface DirectoryOpener {
    Directory open(Path indexDir) throws IOException;
  }

  private final IndexSchema schema;
  private final IndexRun.Stages stages;
  private final DirectoryOpener opener;

  /** An indexer writing the fields of {@code schema}. */
  public Indexer(IndexSchema schema) {
    this(schema, FSDirectory::open);
  }

  /** An indexer writing through the directories {@code opener} opens. */
  Indexer(IndexSchema schema, DirectoryOpener opener) {
    this.schema = schema;
    this.stages = IndexRun.Stages.of(schema);
    this.opener = opener;
  }

  /**
   * Runs one indexing request. A run that fills the disk removes what it wrote since the last
   * commit and fails with a {@link DiskFullException} that says what the index still holds.
   */
  public IndexReport index(IndexRequest request) throws IOException {
    try {
      return write(request);
    } catch (IOException | RuntimeException e) {
      if (FullDisk.caused(e)) {
        throw FullDisk.afterFailure(
            request.indexDir(), e); // the writer is closed by now: its files can go
      }
      throw e;
    }
  }

  private IndexReport write(IndexRequest request) throws IOException {
    long start = System.nanoTime();
    CorpusFiles.Listing listing = CorpusFiles.list(request.paths());
    long bytes = listing.files().stream().mapToLong(IndexRun::size).sum();
    request.progress().started(listing.files().size(), bytes);
    QuietMergeScheduler merges = new QuietMergeScheduler();
    try (Directory dir = opener.open(request.indexDir());
        IndexWriter writer = openWriter(dir, request.indexDir(), writerConfig(request, merges))) {
      IndexRun run = new IndexRun(writer, request, snapshot(writer, request), stages);
      run.unreadable(listing.unreadable());
      java.util.Set<String> segmentsBefore = IndexIntegrity.segments(writer);
      try {
        run.indexAll(listing.files());
        if (request.prune()) {
          run.prune(listing.files());
        }
        Commits.commit(
            writer); // every document is safe before the merge, which an interrupt may cut short
        if (run.changedIndex()) {
          request.progress().merging();
          writer.forceMerge(MAX_SEGMENTS);
          Commits.commit(writer);
        }
        IndexIntegrity.requireMergesDone(request.indexDir(), merges.failures());
      } catch (IOException | RuntimeException e) {
        // what closed the writer, or failed in a merge thread, says more than "this IndexWriter is
        // closed"
        withSuppressed(e, writer.getTragicException());
        merges.failures().forEach(failure -> withSuppressed(e, failure));
        writer.rollback();
        throw e;
      }
      IndexIntegrity.verifyNewSegments(request.indexDir(), dir, segmentsBefore);
      double seconds = (System.nanoTime() - start) / 1e9;
      return run.report(listing, bytes, seconds);
    } finally {
      request.progress().finished();
    }
  }

  private IndexWriterConfig writerConfig(IndexRequest request, QuietMergeScheduler merges) {
    return new IndexWriterConfig(schema.analyzer())
        .setOpenMode(
            request.rebuild()
                ? IndexWriterConfig.OpenMode.CREATE
                : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(ramBufferMb(Runtime.getRuntime().maxMemory()))
        .setCommitOnClose(false)
        .setCodec(new DossierCodec())
        .setMergeScheduler(merges);
  }

  private static void withSuppressed(Throwable e, Throwable other) {
    if (other != null
        && other != e
        && !java.util.Arrays.asList(e.getSuppressed()).contains(other)) {
      e.addSuppressed(other);
    }
  }

  /**
   * Indexes {@code paths} with every core and default batches; {@code rebuild} starts from an empty
   * index.
   */
  public IndexReport index(Path indexDir, List<Path> paths, boolean rebuild) throws IOException {
    return index(IndexRequest.of(indexDir, paths, rebuild));
  }

  private static IndexSnapshot snapshot(IndexWriter writer, IndexRequest request)
      throws IOException {
    if (request.rebuild()) {
      return IndexSnapshot.empty();
    }
    IndexInfo.requireCurrentFormat(request.indexDir(), writer.getLiveCommitData());
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return IndexSnapshot.of(reader);
    }
  }

  /**
   * How much RAM the writer buffers before it flushes a segment: an eighth of the heap, from 32 to
   * 512 MB. Fewer, larger flushed segments mean less merging while indexing and fewer segments for
   * every later search to visit; at 20,000 bench documents 512 MB instead of 128 MB indexed 8 %
   * faster and left 4 segments instead of 12. (Elasticsearch gives its indexing buffer a tenth of
   * the heap.)
   */
  static double ramBufferMb(long maxHeapBytes) {
    return Math.max(32, Math.min(512, maxHeapBytes / 8 / (1024 * 1024)));
  }

  private static IndexWriter openWriter(Directory dir, Path indexDir, IndexWriterConfig config)
      throws IOException {
    IndexFolder.requireNotForeign(
        indexDir, dir); // not even a rebuild: the folder is someone else's index
    try {
      return new IndexWriter(dir, config);
    } catch (LockObtainFailedException e) {
      throw new IndexBusyException(
          "index " + indexDir + " is busy: another dossier process is writing to it", e);
    }
  }
}
