package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.testing.Fixtures;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-running {@code dossier index} on a folder that changes between runs. */
class IncrementalIndexTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  Path batch;
  Path index;

  @BeforeEach
  void firstRun() throws Exception {
    batch = Files.createDirectories(dir.resolve("batch"));
    Files.copy(Sample.FILE, batch.resolve("sample.txt"));
    Fixtures.russian(batch, "cable-1", "Посол встретился с Гевара в Гаване.");
    Fixtures.russian(batch, "cable-2", "Делегация прибыла в Ташкент.");
    index = dir.resolve("index");
    JsonNode first = index(batch.toString());
    assertCounts(first, 3, 0, 0, 0);
  }

  private JsonNode index(String... args) throws Exception {
    String[] all = new String[args.length + 2];
    all[0] = "index";
    System.arraycopy(args, 0, all, 1, args.length);
    all[all.length - 1] = "--json";
    CliRun run = CliRun.run(index, all);
    assertEquals(0, run.status(), run.toString());
    return JSON.readTree(run.out());
  }

  private int total(String query) throws Exception {
    CliRun run = CliRun.run(index, "search", query, "--json");
    assertEquals(0, run.status(), run.toString());
    return JSON.readTree(run.out()).get("total").asInt();
  }

  private static void assertCounts(
      JsonNode report, int added, int updated, int unchanged, int removed) {
    assertEquals(
        List.of(added, updated, unchanged, removed),
        List.of(
            report.get("added").asInt(),
            report.get("updated").asInt(),
            report.get("unchanged").asInt(),
            report.get("removed").asInt()),
        report.toString());
  }

  @Test
  void anUnchangedFolderIsSkipped() throws Exception {
    JsonNode again = index(batch.toString());
    assertCounts(again, 0, 0, 3, 0);
    assertEquals(0, again.get("rejected").size());
    assertTrue(again.get("seconds").asDouble() >= 0);
    assertEquals(3, total("*:*"));
  }

  @Test
  void aChangedFileReplacesItsDocument() throws Exception {
    Fixtures.russian(batch, "cable-2", "Делегация прибыла в Пекин.");
    JsonNode again = index(batch.toString());
    assertCounts(again, 0, 1, 2, 0);
    assertEquals(0, total("Ташкент"), "the old text is gone");
    assertEquals(1, total("Пекин"));
    assertEquals(3, total("*:*"));
  }

  @Test
  void pruneRemovesTheDocumentsOfDeletedFilesAndOnlyWhenAsked() throws Exception {
    Files.delete(batch.resolve("cable-1.txt"));
    assertCounts(index(batch.toString()), 0, 0, 2, 0);
    assertEquals(3, total("*:*"), "without --prune the document stays");
    assertCounts(index(batch.toString(), "--prune"), 0, 0, 2, 1);
    assertEquals(2, total("*:*"));
    assertEquals(0, total("Гаване"));
  }

  @Test
  void pruneOnlyTouchesTheFoldersGiven() throws Exception {
    Path other = Files.createDirectories(dir.resolve("other"));
    Fixtures.russian(other, "memo", "Записка о Берлине.");
    index(other.toString());
    Files.delete(batch.resolve("cable-1.txt"));
    JsonNode pruned = index(other.toString(), "--prune");
    assertCounts(pruned, 0, 0, 1, 0);
    assertEquals(4, total("*:*"), "cable-1 is under a folder not given, so it stays");
  }

  @Test
  void aMovedFileUpdatesItsDocumentAndLeavesNoDuplicate() throws Exception {
    Path moved = Files.createDirectories(batch.resolve("moved"));
    Files.move(batch.resolve("cable-2.txt"), moved.resolve("cable-2.txt"));
    JsonNode again = index(batch.toString(), "--prune");
    assertEquals(3, total("*:*"));
    assertEquals(1, again.get("updated").asInt(), again.toString());
    assertEquals(1, total("Ташкент"));
  }

  @Test
  void twoFilesWithOneIdAreReportedNotMerged() throws Exception {
    Path other = Files.createDirectories(dir.resolve("dup"));
    Fixtures.russian(other, "x", "Первый.");
    Path second = Files.createDirectories(other.resolve("sub"));
    Fixtures.russian(second, "x", "Второй.");
    CliRun run = CliRun.run(index, "index", other.toString(), "--json", "--threads", "1");
    assertEquals(1, run.status(), run.toString());
    JsonNode report = JSON.readTree(run.out());
    assertEquals(1, report.get("added").asInt());
    assertTrue(
        report
            .get("rejected")
            .get(0)
            .get("reason")
            .asText()
            .startsWith("duplicate id 'x' (also in "),
        report.toString());
  }
}
