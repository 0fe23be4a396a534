package dev.dossier.index;

import dev.dossier.model.ArchiveDocument;
import dev.dossier.ingest.ArchiveReaders;
import dev.dossier.ingest.CorpusFiles;
import dev.dossier.model.MetadataField;
import dev.dossier.ingest.ReadResult;
import dev.dossier.ingest.RejectedFileException;
import dev.dossier.model.Rejection;
import dev.dossier.ingest.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Indexes archive files incrementally, on every core, safely.
 *
 * <ul>
 *   <li>Incremental: each document records its source file and the file's SHA-256; a file whose hash is
 *       unchanged is skipped unread, a changed file's documents are replaced, and with --prune the documents of
 *       files gone from the folders given are removed.
 *   <li>Parallel: worker threads read, parse and analyse files; IndexWriter takes documents from all of them.
 *   <li>Safe: a file's documents replace its old ones in one atomic {@code updateDocuments} call; the run commits
 *       every {@code commitEvery} documents and at the end, so a crash (even kill -9) leaves the last commit, and
 *       the same command run again finishes the job, with no duplicates because documents are keyed by id. A
 *       second writer is refused by Lucene's write lock.
 * </ul>
 */
public final class Indexer {

  /** Commit user-data key holding the commit time (ISO 8601 instant). */
  static final String COMMITTED_AT = "committed_at";
  /** Commit user-data key holding {@link #FORMAT}. */
  static final String FORMAT_KEY = "dossier_format";
  /**
   * The version of the index layout (fields and how they are made); raise it when a change needs re-indexing.
   * 2: name-key fields. 3: source hash and doc values for incremental runs. 4: stored alignment. 5: no name keys
   * for capitalised words the text also writes in lowercase. 6: name_keys lookup field. 7: metadata fields, a
   * source's document count and collection. 8: Russian name keys lose their case ending in Cyrillic (Уитлэм keeps
   * "em", which is no ending). 9: a Latin-alphabet name's key is all its letters (Tito is not Tit). 10: a final о or o is no ending (Сато is not Сата). 11: no name keys for tokens with digits (HAG49). 12: names learnt from aligned passages. 13: name keys of the title and summary (names_meta).
   */
  static final String FORMAT = "13";

  /**
   * A run that changed the index ends by merging it down to at most this many segments. A search visits every
   * segment (term lookups, the fuzzy expansion of name seeds), so a fresh search on 100,000 documents took 0.60 s
   * on the 33 segments a batch run left and 0.46 s on 5. The merge takes the smallest segments first, so after a
   * small batch only the new segments are merged (a few seconds); after a large one it cost 20 s of a 9-minute
   * run. Elasticsearch's and Solr's advice is the same for indexes written in batches: force-merge once written.
   */
  static final int MAX_SEGMENTS = 5;

  /**
   * A file's documents are written in parts of this many, so that a file of thousands of records (JSON Lines, CSV)
   * never holds more than one part's analysed documents in memory.
   */
  static final int PART = 64;

  /** Opens the Lucene directory of an index folder; tests wrap the real one to fill a disk. */
  @FunctionalInterface
  interface DirectoryOpener {
    Directory open(Path indexDir) throws IOException;
  }

  private final IndexSchema schema;
  private final DocumentMapper mapper;
  private final DocumentAnalyser analyser;
  private final ArchiveReaders readers;
  private final DirectoryOpener opener;

  /** An indexer writing the fields of {@code schema}. */
  public Indexer(IndexSchema schema) {
    this(schema, FSDirectory::open);
  }

  /** An indexer writing through the directories {@code opener} opens. */
  Indexer(IndexSchema schema, DirectoryOpener opener) {
    this.schema = schema;
    this.mapper = new DocumentMapper(schema);
    this.analyser = new DocumentAnalyser(schema);
    this.readers = ArchiveReaders.forConfig(schema.configDirectory());
    this.opener = opener;
  }

  /**
   * Runs one indexing request. A run that fills the disk removes what it wrote since the last commit and fails with a
   * {@link DiskFullException} that says what the index still holds.
   */
  public IndexReport index(IndexRequest request) throws IOException {
    try {
      return write(request);
    } catch (IOException | RuntimeException e) {
      if (FullDisk.caused(e)) {
        throw FullDisk.afterFailure(request.indexDir(), e); // the writer is closed by now: its files can go
      }
      throw e;
    }
  }

  private IndexReport write(IndexRequest request) throws IOException {
    long start = System.nanoTime();
    CorpusFiles.Listing listing = CorpusFiles.list(request.paths());
    long bytes = listing.files().stream().mapToLong(Indexer::size).sum();
    request.progress().started(listing.files().size(), bytes);
    IndexWriterConfig writerConfig =
        new IndexWriterConfig(schema.analyzer())
            .setOpenMode(request.rebuild() ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(ramBufferMb(Runtime.getRuntime().maxMemory()))
            .setCommitOnClose(false);
    QuietMergeScheduler merges = new QuietMergeScheduler();
    writerConfig.setMergeScheduler(merges);
    try (Directory dir = opener.open(request.indexDir());
        IndexWriter writer = openWriter(dir, request.indexDir(), writerConfig)) {
      Run run = new Run(writer, request, snapshot(writer, request));
      run.unreadable(listing.unreadable());
      java.util.Set<String> segmentsBefore = IndexIntegrity.segments(writer);
      try {
        run.indexAll(listing.files());
        if (request.prune()) {
          run.prune(listing.files());
        }
        commit(writer); // every document is safe before the merge, which an interrupt may cut short
        if (run.changedIndex()) {
          request.progress().merging();
          writer.forceMerge(MAX_SEGMENTS);
          commit(writer);
        }
        IndexIntegrity.requireMergesDone(request.indexDir(), merges.failures());
      } catch (IOException | RuntimeException e) {
        // what closed the writer, or failed in a merge thread, says more than "this IndexWriter is closed"
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

  private static void withSuppressed(Throwable e, Throwable other) {
    if (other != null && other != e && !java.util.Arrays.asList(e.getSuppressed()).contains(other)) {
      e.addSuppressed(other);
    }
  }

  /** Indexes {@code paths} with every core and default batches; {@code rebuild} starts from an empty index. */
  public IndexReport index(Path indexDir, List<Path> paths, boolean rebuild) throws IOException {
    return index(IndexRequest.of(indexDir, paths, rebuild));
  }

  private static IndexSnapshot snapshot(IndexWriter writer, IndexRequest request) throws IOException {
    if (request.rebuild()) {
      return IndexSnapshot.empty();
    }
    IndexInfo.requireCurrentFormat(request.indexDir(), writer.getLiveCommitData());
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return IndexSnapshot.of(reader);
    }
  }

  /** The state of one run: its writer, what the index held, and the counts so far. */
  private final class Run {
    private final IndexWriter writer;
    private final IndexRequest request;
    private final IndexSnapshot before;
    private final LongAdder added = new LongAdder();
    private final LongAdder updated = new LongAdder();
    private final LongAdder unchanged = new LongAdder();
    private final LongAdder removed = new LongAdder();
    private final AtomicLong sinceCommit = new AtomicLong();
    private final ConcurrentLinkedQueue<Rejection> rejected = new ConcurrentLinkedQueue<>();
    private final Map<String, String> idsInThisRun = new ConcurrentHashMap<>();
    private final Map<String, CollectionCounts> collections = new ConcurrentHashMap<>();
    /** The files records took their texts from: read in the first round, or known from the index if unchanged. */
    private final java.util.Set<String> claimed = ConcurrentHashMap.newKeySet();
    /** The files read (not skipped as unchanged) in this run. */
    private final java.util.Set<String> reRead = ConcurrentHashMap.newKeySet();
    private final LongAdder companionFiles = new LongAdder();
    private final NameKeyLedger nameKeys = new NameKeyLedger();

    Run(IndexWriter writer, IndexRequest request, IndexSnapshot before) {
      this.writer = writer;
      this.request = request;
      this.before = before;
    }

    void unreadable(List<Rejection> unreadable) {
      rejected.addAll(unreadable);
    }

    /**
     * Indexes the files in two rounds: first the files of records (JSON, JSON Lines, CSV), whose records may take
     * their texts from other files (OCR text dumps beside a metadata spreadsheet); then the rest, passing over the
     * files a spreadsheet took its texts from, so that a text is not also a document of its own.
     */
    void indexAll(List<Path> files) throws IOException {
      ExecutorService pool = Executors.newFixedThreadPool(request.threads(), r -> {
        Thread t = new Thread(r, "dossier-indexer");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Path> records = files.stream().filter(ArchiveReaders::isRecordFile).toList();
        List<Path> others = files.stream().filter(f -> !ArchiveReaders.isRecordFile(f)).toList();
        runAll(pool, records, this::indexFile);
        // a spreadsheet not read again in this run (unchanged, or not among the paths given) keeps its claims
        before.files().forEach((source, state) -> {
          if (!reRead.contains(source)) {
            claimed.addAll(state.companions());
          }
        });
        runAll(pool, others, file -> {
          if (claimed.contains(SourcePath.of(file))) {
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

    private void runAll(ExecutorService pool, List<Path> files, FileTask work) throws IOException {
      List<Future<?>> tasks = new ArrayList<>();
      for (Path file : files) {
        tasks.add(pool.submit(() -> {
          work.run(file);
          return null;
        }));
      }
      for (Future<?> task : tasks) {
        Tasks.get(task);
      }
    }

    /** A text file a spreadsheet's record was read from: not a document itself; one it was before is removed. */
    private void readThroughSpreadsheet(Path file) throws IOException {
      String source = SourcePath.of(file);
      IndexSnapshot.FileState previous = before.file(source);
      if (previous != null) {
        writer.deleteDocuments(new Term(Fields.SOURCE, source));
        removed.add(previous.documents());
      }
      companionFiles.increment();
      request.progress().fileDone(size(file));
    }

    private void indexFile(Path file) throws IOException {
      String source = SourcePath.of(file);
      String collection = CollectionLabel.of(file, request.paths());
      byte[] bytes = null;
      try {
        bytes = TextFiles.readBytes(file);
        String hash = DigestUtils.sha256Hex(bytes);
        IndexSnapshot.FileState previous = before.file(source);
        if (previous != null && previous.isCurrent(withCompanions(hash, previous.companions()))) {
          unchanged.add(previous.documents());
          count(previous.collection().isEmpty() ? collection : previous.collection(), 0, previous.documents(), 0);
          return;
        }
        ReadResult read = readers.read(file, bytes);
        reRead.add(source); // a file now rejected keeps its old documents, and their claims
        if (!read.collection().isEmpty()) {
          collection = read.collection();
        }
        rejected.addAll(read.rejected());
        read.companionFiles().forEach(c -> claimed.add(SourcePath.of(c)));
        String fullHash = read.companions().isEmpty()
            ? hash
            : withCompanions(hash, read.companionFiles().stream().map(SourcePath::of).toList());
        int written = write(source, fullHash, collection, read);
        count(collection, written, 0, read.rejected().size() + read.documents().size() - written);
      } catch (RejectedFileException e) {
        rejected.add(new Rejection(file.toString(), e.getMessage()));
        count(collection, 0, 0, 1);
      } catch (AlreadyClosedException e) {
        throw e; // the writer hit a fatal error (a full disk): the run fails, not this file
      } catch (RuntimeException | StackOverflowError e) {
        // a fault of ours on one pathological file: reported with the file, the batch goes on
        rejected.add(new Rejection(file.toString(), "internal error: " + e + " (please report it with this file)"));
        count(collection, 0, 0, 1);
      } finally {
        request.progress().fileDone(bytes == null ? 0 : bytes.length);
      }
    }

    /**
     * The hash of a file together with the files its records took their texts from: a changed text file changes
     * it, so the spreadsheet is read again. Empty when a companion is gone or unreadable (never current then).
     */
    private String withCompanions(String hash, java.util.Collection<String> companions) {
      if (companions.isEmpty()) {
        return hash;
      }
      StringBuilder all = new StringBuilder(hash);
      for (String companion : new java.util.TreeSet<>(companions)) {
        try {
          all.append('\n').append(companion).append(':')
              .append(DigestUtils.sha256Hex(TextFiles.readBytes(SourcePath.toPath(companion))));
        } catch (RejectedFileException e) {
          return "";
        }
      }
      return DigestUtils.sha256Hex(all.toString());
    }

    private void count(String collection, long written, long unchangedDocs, long rejectedItems) {
      collections.merge(collection, new CollectionCounts(written, unchangedDocs, rejectedItems), CollectionCounts::plus);
    }

    /**
     * Writes a file's documents in place of its old ones; returns how many were written. A document whose id the file
     * gave already, or another file has (in this run, or in the index from a file that still exists), is rejected:
     * an id names one document. When none is left, the file's old documents stay, as for a rejected file. A file of
     * at most {@link #PART} documents is replaced in one atomic call; a larger one has its old documents deleted,
     * then is written part by part (its stamp lets the next run see a file cut short by a crash).
     */
    private int write(String source, String hash, String collection, ReadResult read) throws IOException {
      List<ArchiveDocument> docs = read.documents();
      List<ArchiveDocument> kept = new ArrayList<>();
      java.util.Set<String> inFile = new java.util.HashSet<>();
      for (ArchiveDocument doc : docs) {
        if (!inFile.add(doc.id())) {
          rejected.add(new Rejection(source, "duplicate id '" + doc.id() + "' (twice in this file)"));
          continue;
        }
        String other = ownerElsewhere(doc.id(), source);
        if (other == null) {
          other = idsInThisRun.putIfAbsent(doc.id(), source);
        }
        if (other != null && !other.equals(source)) {
          rejected.add(new Rejection(source, "duplicate id '" + doc.id() + "' (also in " + other + ")"));
        } else {
          kept.add(withCollection(doc.withSource(source), collection));
        }
      }
      if (kept.isEmpty()) {
        return 0;
      }
      // The count the reader gave, not the count kept: a file that lost a document to another file's id is read
      // again next run (and its duplicate reported again) until the conflict is gone.
      SourceStamp stamp = new SourceStamp(hash, docs.size(), collection);
      if (kept.size() > PART) {
        writer.deleteDocuments(new Term(Fields.SOURCE, source));
      }
      for (int from = 0; from < kept.size(); from += PART) {
        List<ArchiveDocument> part = kept.subList(from, Math.min(kept.size(), from + PART));
        BooleanQuery.Builder replaced = new BooleanQuery.Builder();
        if (kept.size() <= PART) {
          replaced.add(new TermQuery(new Term(Fields.SOURCE, source)), BooleanClause.Occur.SHOULD);
        }
        List<Document> lucene = new ArrayList<>();
        for (ArchiveDocument doc : part) {
          replaced.add(new TermQuery(new Term(Fields.ID, doc.id())), BooleanClause.Occur.SHOULD);
          lucene.add(mapper.toLucene(
              analyser.analyse(doc), stamp, read.companions().getOrDefault(doc.id(), List.of()), nameKeys));
        }
        writer.updateDocuments(replaced.build(), lucene);
        for (ArchiveDocument doc : part) {
          (before.hasId(doc.id()) ? updated : added).increment();
        }
        maybeCommit(part.size());
      }
      return kept.size();
    }

    /**
     * The file that held a document with this id when the run started, if it is another file and still exists: an
     * unchanged file is skipped unread, so its ids are known only from the index. (A document whose old file is
     * gone has moved, and is updated.)
     */
    private String ownerElsewhere(String id, String source) {
      String owner = before.sourceOf(id);
      return owner != null && !owner.isEmpty() && !owner.equals(source) && Files.exists(SourcePath.toPath(owner))
          ? owner
          : null;
    }

    private void maybeCommit(int written) throws IOException {
      if (sinceCommit.addAndGet(written) >= request.commitEvery()) {
        synchronized (this) {
          if (sinceCommit.get() >= request.commitEvery()) {
            sinceCommit.set(0);
            commit(writer);
          }
        }
      }
    }

    /**
     * Removes the documents of the files gone from the folders given: a file this run listed, or one that exists,
     * is never pruned, whatever its name's bytes. A document the run wrote again from another file (it moved) was
     * replaced by its id, so it is counted as updated, not removed.
     */
    void prune(List<Path> listed) throws IOException {
      List<Path> roots = new ArrayList<>();
      for (Path path : request.paths()) {
        if (Files.isDirectory(path)) {
          roots.add(path.toAbsolutePath().normalize());
        }
      }
      java.util.Set<String> present = new java.util.HashSet<>();
      listed.forEach(file -> present.add(SourcePath.of(file)));
      Map<String, Integer> notRewritten = new java.util.HashMap<>();
      before.ids().forEach((id, source) -> {
        if (!idsInThisRun.containsKey(id)) {
          notRewritten.merge(source, 1, Integer::sum);
        }
      });
      for (String source : before.files().keySet()) {
        Path path = SourcePath.toPath(source);
        if (!present.contains(source) && roots.stream().anyMatch(path::startsWith) && !Files.exists(path)) {
          writer.deleteDocuments(new Term(Fields.SOURCE, source));
          removed.add(notRewritten.getOrDefault(source, 0));
        }
      }
    }

    /** Whether the run added, replaced or removed documents. */
    boolean changedIndex() {
      return added.sum() + updated.sum() + removed.sum() > 0;
    }

    IndexReport report(CorpusFiles.Listing listing, long bytes, double seconds) {
      int files = listing.files().size() + listing.unreadable().size();
      List<Rejection> sorted = new ArrayList<>(rejected);
      sorted.sort(Comparator.comparing(Rejection::path));
      return new IndexReport(
          files, bytes, added.sum(), updated.sum(), unchanged.sum(), removed.sum(), sorted,
          listing.skipped().stream().map(Path::toString).toList(), companionFiles.sum(), new java.util.TreeMap<>(collections), seconds);
    }
  }

  /** The document, with {@code collection} as its collection when its reader named none. */
  private static ArchiveDocument withCollection(ArchiveDocument d, String collection) {
    if (!d.metadata(MetadataField.COLLECTION).isEmpty() || collection.isEmpty()) {
      return d;
    }
    return d.withMetadata(MetadataField.COLLECTION, List.of(collection));
  }

  private static void commit(IndexWriter writer) throws IOException {
    writer.setLiveCommitData(Map.of(COMMITTED_AT, Instant.now().toString(), FORMAT_KEY, FORMAT).entrySet());
    writer.commit();
  }

  /**
   * How much RAM the writer buffers before it flushes a segment: an eighth of the heap, from 32 to 512 MB. Fewer,
   * larger flushed segments mean less merging while indexing and fewer segments for every later search to visit;
   * at 20,000 bench documents 512 MB instead of 128 MB indexed 8 % faster and left 4 segments instead of 12.
   * (Elasticsearch gives its indexing buffer a tenth of the heap.)
   */
  static double ramBufferMb(long maxHeapBytes) {
    return Math.max(32, Math.min(512, maxHeapBytes / 8 / (1024 * 1024)));
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static IndexWriter openWriter(Directory dir, Path indexDir, IndexWriterConfig config) throws IOException {
    IndexFolder.requireNotForeign(indexDir, dir); // not even a rebuild: the folder is someone else's index
    try {
      return new IndexWriter(dir, config);
    } catch (LockObtainFailedException e) {
      throw new IndexBusyException("index " + indexDir + " is busy: another dossier process is writing to it", e);
    }
  }

}
