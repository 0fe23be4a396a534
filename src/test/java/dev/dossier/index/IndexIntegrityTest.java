package dev.dossier.index;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The segments a run wrote are read back against their checksums; the ones it did not write are not
 * read.
 */
class IndexIntegrityTest {

  @Test
  void aNewSegmentThatReadsBackOtherwiseIsReported(@TempDir Path tmp) throws Exception {
    Path index = tmp.resolve("index");
    new Indexer(IndexSchema.of(IndexConfigLoader.load(Sample.CONFIG)))
        .index(index, List.of(Sample.FILE), true);
    Path data;
    try (var files = Files.list(index)) {
      data = files.filter(f -> f.toString().endsWith(".cfs")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(data);
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(data, bytes);
    try (Directory dir = FSDirectory.open(index)) {
      IndexDamagedException e =
          assertThrows(
              IndexDamagedException.class,
              () -> IndexIntegrity.verifyNewSegments(index, dir, Set.of()));
      assertTrue(
          e.getMessage()
              .startsWith("the run wrote " + data + " but reads it back with another checksum"),
          e.getMessage());
      Set<String> old = new HashSet<>();
      for (SegmentCommitInfo info : SegmentInfos.readLatestCommit(dir)) {
        old.add(info.info.name);
      }
      IndexIntegrity.verifyNewSegments(index, dir, old); // segments of earlier runs: not read again
    }
  }
}
