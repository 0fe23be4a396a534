package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths that are not regular files: links that lead nowhere, named pipes, devices. Each is rejected
 * with its reason (exit 1), none is opened (a pipe would block the run, /dev/zero never end), and
 * the batch goes in around them.
 */
class SpecialFilesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void eachIsRejectedWithItsReasonAndNoneIsOpened() throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Files.copy(Sample.FILE, batch.resolve("good.txt"));
    Files.createSymbolicLink(batch.resolve("a.txt"), Path.of("b.txt"));
    Files.createSymbolicLink(batch.resolve("b.txt"), Path.of("a.txt"));
    Files.createSymbolicLink(batch.resolve("self.txt"), Path.of("self.txt"));
    Files.createSymbolicLink(batch.resolve("dangling.txt"), Path.of("nowhere.txt"));
    boolean fifo =
        new ProcessBuilder("mkfifo", batch.resolve("pipe.txt").toString()).start().waitFor() == 0;
    boolean zero = Files.exists(Path.of("/dev/zero"));
    if (zero) {
      Files.createSymbolicLink(batch.resolve("zero.txt"), Path.of("/dev/zero"));
    }
    Path index = dir.resolve("index");

    CliRun run =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> CliRun.run(index, "index", batch.toString(), "--json"));
    assertEquals(1, run.status(), run.toString());
    JsonNode report = JSON.readTree(run.out());
    assertEquals(1, report.get("added").asInt(), report.toString());
    Map<String, String> reasons = IndexReports.rejections(report);
    assertEquals("symbolic link loop (to b.txt)", reasons.get("a.txt"));
    assertEquals("symbolic link loop (to a.txt)", reasons.get("b.txt"));
    assertEquals("symbolic link loop (to self.txt)", reasons.get("self.txt"));
    assertEquals(
        "dangling symbolic link (to nowhere.txt): its target does not exist",
        reasons.get("dangling.txt"));
    if (fifo) {
      assertEquals("not a regular file (a named pipe; it is not read)", reasons.get("pipe.txt"));
    }
    if (zero) {
      assertEquals(
          "not a regular file (a character device /dev/zero; it is not read)",
          reasons.get("zero.txt"));
    }
    assertEquals(4 + (fifo ? 1 : 0) + (zero ? 1 : 0), reasons.size(), reasons.toString());

    // named one by one, each is rejected the same way, not refused as a path that does not exist
    for (String name : new String[] {"a.txt", "dangling.txt", fifo ? "pipe.txt" : "self.txt"}) {
      CliRun alone =
          assertTimeoutPreemptively(
              Duration.ofSeconds(60),
              () -> CliRun.run(index, "index", batch.resolve(name).toString(), "-q"));
      assertEquals(1, alone.status(), alone.toString());
      assertTrue(
          alone.err().startsWith("dossier: rejected " + batch.resolve(name) + ": "), alone.err());
    }
  }
}
