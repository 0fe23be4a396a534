package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.testing.Sample;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An indexing child process killed with SIGKILL in the middle of a batch: the index opens, passes
 * check and holds its last commit; while the child ran, search worked and a second indexer was
 * refused; the same command run again completes the job with no duplicates. The child ({@code
 * CommitHoldingIndexer}) prints a line when its first commit is on disk and holds its second commit
 * pending until it is killed, so the test waits for that line, not for time to pass, and the kill
 * always finds a run with a commit pending and documents uncommitted.
 */
class CrashSafetyTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** More than 1,000 files, for the capped count at the end. */
  private static final int FILES = 2000;

  /**
   * Each file's text: a paragraph of the sample, not the whole of it, since what is tested is how a
   * run ends, not how much it writes (2,000 copies of the whole sample took three quarters of the
   * test's time).
   */
  private static final String TEXT =
      "Запись беседы с министром промышленности Кубы\n\n"
          + "По вопросу позиции Гевары в отношении партизанской борьбы я не стал вступать с ним в"
          + " полемику, сказав, что я не читал его статьи в журнале \"Куба сосиалиста\".\n";

  @TempDir Path dir;

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES) // were the child to hang before its first commit
  void killNineThenCheckThenResume() throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    for (int i = 0; i < FILES; i++) {
      Files.writeString(
          batch.resolve(String.format("doc%05d.txt", i)), TEXT); // its id is the file's name
    }
    Path index = dir.resolve("index");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.dossier.index.CommitHoldingIndexer",
                Sample.CONFIG.toString(),
                index.toString(),
                batch.toString(),
                "50")
            .redirectError(dir.resolve("child.log").toFile())
            .start();
    try (BufferedReader childOut =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      // the child says when its first commit is on disk, and holds its second until it is killed
      String line = childOut.readLine();
      assertTrue(
          line != null && line.startsWith("committed segments_"),
          "the child stopped before its first commit: "
              + line
              + "\n"
              + Files.readString(dir.resolve("child.log")));
      // search sees the last commit while the child writes
      CliRun search = CliRun.run(index, "search", "Гевары", "--json", "--fragments", "0");
      assertEquals(0, search.status(), search.toString());
      int seen = JSON.readTree(search.out()).get("total").asInt();
      assertTrue(seen >= 50 && seen <= FILES, "search saw " + seen);
      // a second indexer is refused, and touches nothing
      CliRun second = CliRun.run(index, "index", Sample.FILE.toString());
      assertEquals(1, second.status(), second.toString());
      assertTrue(
          second.err().contains("is busy: another dossier process is writing to it"), second.err());
      assertTrue(
          child.isAlive(),
          "the child was still indexing when killed: "
              + Files.readString(dir.resolve("child.log")));
    } finally {
      child.destroyForcibly(); // SIGKILL
      child.waitFor(30, TimeUnit.SECONDS);
    }

    CliRun check = CliRun.run(index, "check");
    assertEquals(0, check.status(), check.toString());
    JsonNode stats = JSON.readTree(CliRun.run(index, "stats", "--json").out());
    int committed = stats.get("documents").asInt();
    assertTrue(committed >= 50 && committed < FILES, "committed " + committed);
    assertEquals(
        committed,
        JSON.readTree(CliRun.run(index, "search", "*:*", "--count-all", "--json").out())
            .get("total")
            .asInt());

    CliRun resume = CliRun.run(index, "index", batch.toString(), "--json");
    assertEquals(0, resume.status(), resume.toString());
    JsonNode report = JSON.readTree(resume.out());
    assertEquals(
        List.of(FILES - committed, committed),
        List.of(report.get("added").asInt(), report.get("unchanged").asInt()));
    assertEquals(
        FILES, JSON.readTree(CliRun.run(index, "stats", "--json").out()).get("documents").asInt());
    assertEquals(
        FILES,
        JSON.readTree(CliRun.run(index, "search", "*:*", "--count-all", "--json").out())
            .get("total")
            .asInt());
    // without --count-all the count stops at 1,000 and says so
    JsonNode capped = JSON.readTree(CliRun.run(index, "search", "*:*", "--json").out());
    assertEquals(
        List.of(1000, "gte"),
        List.of(
            capped.get("total").asInt() >= 1000 ? 1000 : -1,
            capped.get("total_relation").asText()));
    assertEquals(0, CliRun.run(index, "check").status());
  }
}
