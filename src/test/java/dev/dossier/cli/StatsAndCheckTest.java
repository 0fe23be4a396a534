package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.testing.Fixtures;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier stats} and {@code dossier check}. */
class StatsAndCheckTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void statsCountByLanguageAndDecade() throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Files.copy(Sample.FILE, batch.resolve("sample.txt"));
    Fixtures.english(batch, "cable", "The ambassador met the minister.");
    Files.writeString(
        batch.resolve("undated.txt"), "# A note\n\nЗаписка.\n"); // too short to identify: und
    Files.writeString(
        batch.resolve("fifties.txt"),
        "# June 1955\n\n"
            + "# Memo\n\n"
            + "## Original Language:\n\n"
            + "Russian\n\n"
            + "### Contents:\n\n"
            + "Original Scan\n\n"
            + "Записка.\n");
    Path index = dir.resolve("index");
    assertEquals(0, CliRun.run(index, "index", batch.toString()).status());
    Instant before = Instant.now();
    CliRun run = CliRun.run(index, "stats", "--json");
    assertEquals(0, run.status(), run.toString());
    JsonNode stats = JSON.readTree(run.out());
    assertEquals(4, stats.get("documents").asInt());
    assertEquals(
        Map.of("ru", 2, "en", 1, "und", 1), JSON.convertValue(stats.get("by_language"), Map.class));
    assertEquals(
        Map.of("1950s", 1, "1960s", 2, "undated", 1),
        JSON.convertValue(stats.get("by_decade"), Map.class));
    assertTrue(stats.get("size_bytes").asLong() > 1000);
    assertTrue(Instant.parse(stats.get("last_commit").asText()).isBefore(before));
    CliRun text = CliRun.run(index, "stats");
    assertTrue(text.out().startsWith("Documents:   4\n"), text.out());
  }

  @Test
  void checkPassesASoundIndexAndFailsADamagedOne() throws Exception {
    Path index = dir.resolve("index");
    assertEquals(0, CliRun.run(index, "index", Sample.FILE.toString()).status());
    CliRun sound = CliRun.run(index, "check");
    assertEquals(0, sound.status(), sound.toString());
    assertEquals("OK: " + index + " is sound (1 documents).\n", sound.out());

    // flip bytes in the middle of the largest file: its checksum no longer matches
    Path victim;
    try (var files = Files.list(index)) {
      victim =
          files
              .filter(f -> !f.getFileName().toString().startsWith("segments"))
              .filter(f -> !f.getFileName().toString().equals("write.lock"))
              .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length()))
              .orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(victim);
    for (int i = bytes.length / 2; i < bytes.length / 2 + 16; i++) {
      bytes[i] = (byte) ~bytes[i];
    }
    Files.write(victim, bytes);
    CliRun damaged = CliRun.run(index, "check");
    assertEquals(1, damaged.status(), damaged.toString());
    assertTrue(damaged.err().startsWith("dossier: error: " + index + " is damaged"), damaged.err());
  }

  @Test
  void statsAndCheckOfNoIndexAreUsageErrors() {
    assertEquals(2, CliRun.run(dir.resolve("none"), "stats").status());
    assertEquals(2, CliRun.run(dir.resolve("none"), "check").status());
  }
}
