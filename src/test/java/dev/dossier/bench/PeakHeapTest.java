package dev.dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's peak heap, read from a child JVM's GC log. */
class PeakHeapTest {

  @Test
  void thePeakIsTheLargestOccupancyBeforeACollection(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("gc.log");
    Files.writeString(
        log,
        """
        [0.010s][info][gc] Using G1
        [1.204s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 75M->12M(1536M) 9.1ms
        [9.876s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 1021M->310M(1536M) 20ms
        [9.990s][info][gc] GC(8) Pause Remark 402M->398M(1536M) 3.2ms
        [10.5s][info][gc] GC(9) Pause Young (Concurrent Start) 870M->300M(1536M) 11ms
        """);
    assertEquals(1021 * 1.048576, Benchmark.peakBeforeCollections(log), 1e-9);
  }
}
