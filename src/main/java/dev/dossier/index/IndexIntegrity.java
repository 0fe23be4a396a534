package dev.dossier.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * What Dossier verifies of an index, and when, besides what Lucene checks on open (the whole
 * checksum of the commit point and of each segment's small metadata files, the footer of every
 * other file): after a run that wrote segments, every file of those segments is read back against
 * its checksum (CheckIndex's integrity level, as Elasticsearch's {@code
 * index.shard.check_on_startup: checksum} does); when reading the index fails in a way it should
 * not, the checksums of every segment are verified to tell damage from a fault of ours.
 */
public final class IndexIntegrity {

  private IndexIntegrity() {}

  /**
   * Opens the last commit of the index in {@code dir}; a commit or segment metadata that fails its
   * checksum (Lucene verifies those whole on open) is reported as damage, not as an I/O error.
   */
  public static DirectoryReader open(Path indexDir, Directory dir) throws IOException {
    try {
      return DirectoryReader.open(dir);
    } catch (CorruptIndexException e) {
      throw damaged(indexDir, e);
    }
  }

  /**
   * Verifies the checksums of the doc values of every segment of {@code reader}, the columns stats
   * counts: each segment's {@code .dvd} read once, a small part of an index.
   */
  static void verifyDocValues(Path indexDir, IndexReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      if (leaf.reader() instanceof CodecReader codec && codec.getDocValuesReader() != null) {
        try {
          codec.getDocValuesReader().checkIntegrity();
        } catch (CorruptIndexException e) {
          throw damaged(indexDir, e);
        }
      }
    }
  }

  private static IndexDamagedException damaged(Path indexDir, Exception e) {
    return new IndexDamagedException(
        "the index at "
            + indexDir
            + " is damaged ("
            + describe(e)
            + "); run dossier check, then rebuild it with dossier index --rebuild PATH...",
        e);
  }

  private static final java.util.regex.Pattern PATH =
      java.util.regex.Pattern.compile("path=\"([^\"]+)\"");

  /**
   * Lucene's description of damage, with the file it is in rather than the chain of inputs that
   * read it.
   */
  private static String describe(Exception e) {
    if (e instanceof CorruptIndexException corrupt) {
      java.util.regex.Matcher path = PATH.matcher(String.valueOf(corrupt.getResourceDescription()));
      String file = path.find() ? " in " + Path.of(path.group(1)).getFileName() : "";
      return firstLine(corrupt.getOriginalMessage())
              .replace(" (hardware problem?)", "")
              .replace(" : ", ": ")
              .strip()
          + file;
    }
    return firstLine(e.getMessage());
  }

  /** The names of the segments of the index's last commit (none for a new index). */
  static Set<String> segments(IndexWriter writer) throws IOException {
    Directory dir = writer.getDirectory();
    Set<String> names = new HashSet<>();
    if (DirectoryReader.indexExists(dir)) {
      for (SegmentCommitInfo info : SegmentInfos.readLatestCommit(dir)) {
        names.add(info.info.name);
      }
    }
    return names;
  }

  /**
   * Reads back every file of the segments the last commit has and {@code before} did not, against
   * its checksum; a file that fails means the disk (or memory) returned other bytes than were
   * written.
   */
  static void verifyNewSegments(Path indexDir, Directory dir, Set<String> before)
      throws IOException {
    for (SegmentCommitInfo info : SegmentInfos.readLatestCommit(dir)) {
      if (before.contains(info.info.name)) {
        continue;
      }
      for (String file : info.files()) {
        try (IndexInput in = dir.openInput(file, IOContext.READONCE)) {
          CodecUtil.checksumEntireFile(in);
        } catch (CorruptIndexException e) {
          throw new IndexDamagedException(
              "the run wrote "
                  + indexDir.resolve(file)
                  + " but reads it back with another checksum ("
                  + e.getMessage()
                  + "); the disk or memory may be failing: run dossier check",
              e);
        }
      }
    }
  }

  /**
   * Fails when a background merge failed during a run that otherwise committed: the documents are
   * safe, but a merge does not fail without a reason worth knowing.
   */
  static void requireMergesDone(Path indexDir, List<Throwable> failures) throws IOException {
    if (!failures.isEmpty()) {
      Throwable first = failures.get(0);
      Throwable cause = first.getCause() == null ? first : first.getCause();
      IOException e =
          new IOException(
              "a segment merge in "
                  + indexDir
                  + " failed ("
                  + cause
                  + "); every document of the run is committed",
              first);
      failures.subList(1, failures.size()).forEach(e::addSuppressed);
      throw e;
    }
  }

  /**
   * The error to report when reading {@code reader}'s index failed with {@code failure}: damage,
   * when a segment's checksums fail (each file read whole, so only when something already went
   * wrong); else {@code failure} itself.
   */
  public static Exception diagnose(Path indexDir, IndexReader reader, Exception failure) {
    if (failure instanceof IndexDamagedException) {
      return failure;
    }
    for (LeafReaderContext leaf : reader.leaves()) {
      try {
        leaf.reader().checkIntegrity();
      } catch (IOException | RuntimeException e) {
        IndexDamagedException damaged = damaged(indexDir, e);
        damaged.addSuppressed(failure);
        return damaged;
      }
    }
    return failure;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "checksum failed";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
