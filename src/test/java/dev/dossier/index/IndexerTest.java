package dev.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IndexerTest {

  private static final long MB = 1024 * 1024;

  @Test
  void writerBuffersAnEighthOfTheHeapBetween32And512Mb() {
    assertEquals(32, Indexer.ramBufferMb(64 * MB));
    assertEquals(128, Indexer.ramBufferMb(1024 * MB));
    assertEquals(512, Indexer.ramBufferMb(4096 * MB));
    assertEquals(512, Indexer.ramBufferMb(6144 * MB));
  }
}
