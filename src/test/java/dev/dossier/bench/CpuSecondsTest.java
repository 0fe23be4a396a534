package dev.dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CPU seconds of an indexing run, as bash's {@code time} reports them. */
class CpuSecondsTest {

  @Test
  void aTimedCommandRunsAndEndsWithItsCpuSeconds(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("run.out");
    Process p =
        new ProcessBuilder(Benchmark.timed(List.of("bash", "-c", "echo indexed 'two words'")))
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    assertEquals(0, p.waitFor());
    List<String> lines = Files.readAllLines(out);
    assertEquals("indexed two words", lines.get(0), "the command's own output comes first");
    double cpu = Benchmark.cpuSeconds(out);
    assertTrue(cpu >= 0 && cpu < 60, "" + cpu);
  }

  @Test
  void theLastLineCountsAndAMissingOneIsAnError(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("run.out");
    Files.writeString(out, "bench-cpu-seconds 1.00 0.50\nindexed\nbench-cpu-seconds 210,40 7,60\n");
    assertEquals(218.0, Benchmark.cpuSeconds(out), 1e-9);
    Files.writeString(out, "indexed\n");
    assertThrows(IOException.class, () -> Benchmark.cpuSeconds(out));
  }
}
