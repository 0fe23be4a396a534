package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: a 2 MB tmpfs, where the tests may mount one (root on Linux), else skipped. The
 * run that fills it prints one line and exits 1; the index still holds its last commit and passes
 * check, and the disk is not left full.
 */
class FullDiskCommandTest {

  @TempDir Path dir;

  private static boolean run(String... command) throws Exception {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  @Test
  void aRunThatFillsTheDiskSaysSoInOneLineAndLeavesTheLastCommit() throws Exception {
    Path disk = Files.createDirectories(dir.resolve("disk"));
    assumeTrue(
        run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString()),
        "cannot mount a tmpfs here");
    try {
      Path index = disk.resolve("index");
      assertEquals(0, CliRun.run(index, "index", Sample.FILE.toString(), "-q").status());

      Path batch = Files.createDirectories(dir.resolve("batch"));
      Random random = new Random(2);
      for (int f = 0; f < 100; f++) {
        StringBuilder text = new StringBuilder("Report " + f + "\n\n");
        for (int w = 0; w < 3_000; w++) {
          text.append((char) ('a' + random.nextInt(26)))
              .append(Integer.toString(random.nextInt(1 << 20), 36))
              .append(' ');
        }
        Files.writeString(batch.resolve("report" + f + ".txt"), text);
      }
      CliRun full = CliRun.run(index, "index", batch.toString(), "-q", "--commit-every", "40");
      assertEquals(1, full.status(), full.toString());
      assertEquals(1, full.err().lines().count(), full.err());
      assertTrue(
          full.err()
              .startsWith(
                  "dossier: error: no space left on device while writing "
                      + index
                      + "; the last commit, "),
          full.err());
      assertTrue(
          full.err().endsWith(" is intact (the run's unfinished files were removed)\n"),
          full.err());

      assertEquals(0, CliRun.run(index, "check").status());
      assertTrue(CliRun.run(index, "search", "Guevara").out().startsWith("1 document matches"));
      assertTrue(
          Files.getFileStore(disk).getUsableSpace() > 0, "the run's partial files were removed");
    } finally {
      run("umount", disk.toString());
    }
  }
}
