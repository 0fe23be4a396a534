package dev.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.testing.Fixtures;
import dev.dossier.testing.Sample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that fills the disk: one line saying what the last commit holds, that commit intact, and
 * the files the run was writing removed. The disk is a directory that fails every write once a
 * number of bytes has been written, as a full file system fails them.
 */
class FullDiskTest {

  private static IndexSchema schema;

  @TempDir Path tmp;

  @BeforeAll
  static void schema() {
    schema = IndexSchema.of(IndexConfigLoader.load(Sample.CONFIG));
  }

  /**
   * A directory whose writes fail with ENOSPC's message once {@code budget} bytes have been written
   * through it; with {@code mergesOnly}, only the writes of merges count and fail (the disk fills
   * as the final merge runs).
   */
  static final class FillingDirectory extends FilterDirectory {
    private final AtomicLong left;
    private final boolean mergesOnly;

    FillingDirectory(Directory in, long budget, boolean mergesOnly) {
      super(in);
      this.left = new AtomicLong(budget);
      this.mergesOnly = mergesOnly;
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      IndexOutput out = super.createOutput(name, context);
      return mergesOnly && context.context != IOContext.Context.MERGE ? out : filling(out);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
        throws IOException {
      IndexOutput out = super.createTempOutput(prefix, suffix, context);
      return mergesOnly && context.context != IOContext.Context.MERGE ? out : filling(out);
    }

    private IndexOutput filling(IndexOutput out) {
      return new FilterIndexOutput("filling(" + out + ")", out.getName(), out) {
        @Override
        public void writeByte(byte b) throws IOException {
          take(1);
          super.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
          take(length);
          super.writeBytes(b, offset, length);
        }
      };
    }

    private void take(long bytes) throws IOException {
      if (left.addAndGet(-bytes) < 0) {
        throw new IOException("No space left on device");
      }
    }
  }

  private Path batch(String name, int documents) throws IOException {
    Path batch = Files.createDirectories(tmp.resolve(name));
    for (int i = 0; i < documents; i++) {
      StringBuilder text =
          new StringBuilder("Minister Guevara spoke of sugar and nickel, report " + name + i + ".");
      for (int p = 0; p < 20; p++) {
        text.append(" The harvest of ")
            .append(1960 + p)
            .append(" in province ")
            .append(name)
            .append(i)
            .append('-')
            .append(p);
      }
      Fixtures.english(batch, name + i, text.toString());
    }
    return batch;
  }

  private static IndexRequest request(Path index, Path batch) {
    return new IndexRequest(index, List.of(batch), false, false, 2, 5, IndexProgress.NONE);
  }

  /** The index's files other than the lock. */
  private static Set<String> files(Path index) throws IOException {
    Set<String> files = new TreeSet<>();
    try (var list = Files.list(index)) {
      list.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("write.lock"))
          .forEach(files::add);
    }
    return files;
  }

  /** The files the last commit needs: its segments file and every file of its segments. */
  private static Set<String> committed(Path index) throws IOException {
    try (Directory dir = FSDirectory.open(index)) {
      return new TreeSet<>(SegmentInfos.readLatestCommit(dir).files(true));
    }
  }

  @Test
  void aRunThatFillsTheDiskKeepsTheLastCommitAndRemovesItsFiles() throws Exception {
    Path index = tmp.resolve("index");
    new Indexer(schema).index(request(index, batch("first", 3)));
    Set<String> before = files(index);

    Path second = batch("second", 40);
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    // in a flush, in a commit, then in the merge at the end of a run (on a merge thread)
    for (long budget : new long[] {5_000, 60_000, -1}) {
      boolean merges = budget < 0;
      Indexer filling =
          new Indexer(
              schema,
              dir -> new FillingDirectory(FSDirectory.open(dir), merges ? 0 : budget, merges));
      DiskFullException e;
      System.setErr(
          new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
      try {
        e = assertThrows(DiskFullException.class, () -> filling.index(request(index, second)));
      } finally {
        System.setErr(stderr);
      }
      assertEquals(
          "",
          printed.toString(java.nio.charset.StandardCharsets.UTF_8),
          "no merge thread printed a trace");
      assertTrue(
          e.getMessage()
              .startsWith("no space left on device while writing " + index + "; the last commit, "),
          e.getMessage());
      assertTrue(
          e.getMessage()
              .endsWith(" documents, is intact (the run's unfinished files were removed)"),
          e.getMessage());
      assertEquals(
          committed(index),
          files(index),
          "only the last commit's files are left (budget " + budget + ")");
      if (merges) { // the failure came from a merge, whatever the run met first (a writer closed by
        // it)
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(trace));
        assertTrue(
            trace.toString().contains("MergeException") || trace.toString().contains(".merge("),
            trace.toString());
      }
      try (Directory dir = FSDirectory.open(index);
          CheckIndex check = new CheckIndex(dir)) {
        assertTrue(check.checkIndex().clean, "the last commit is sound (budget " + budget + ")");
      }
    }
    // with space again, the same command finishes the job
    IndexReport report = new Indexer(schema).index(request(index, second));
    assertTrue(report.added() > 0 || report.unchanged() > 0, report.toString());
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(43, reader.numDocs());
    }
    assertTrue(!before.isEmpty());
  }

  @Test
  void withoutACommitNothingOfTheRunIsLeft() throws Exception {
    Path index = tmp.resolve("index");
    Indexer filling =
        new Indexer(schema, dir -> new FillingDirectory(FSDirectory.open(dir), 5_000, false));
    DiskFullException e =
        assertThrows(
            DiskFullException.class, () -> filling.index(request(index, batch("only", 10))));
    assertEquals(
        "no space left on device while writing "
            + index
            + "; nothing had been committed (the run's files were removed)",
        e.getMessage());
    assertEquals(Set.of(), files(index));
  }
}
