package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.testing.Sample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies of an index with bytes flipped where a command reads them: the command fails with one line
 * that says the index is damaged (exit 1), instead of showing other text or counts and exiting 0.
 */
class DamagedIndexTest {

  @TempDir static Path dir;
  static Path sound;

  @BeforeAll
  static void indexTheSample() {
    sound = dir.resolve("sound");
    assertEquals(0, CliRun.run(sound, "index", Sample.FILE.toString(), "-q").status());
  }

  /**
   * A copy of the sound index with bytes flipped a little after the codec header named {@code
   * codec}, in the first file whose name starts with {@code file} and holds that header (a small
   * index keeps a segment in one compound file, which holds every codec's).
   */
  private static Path damaged(String name, String file, String codec, int after) throws Exception {
    Path copy = Files.createDirectories(dir.resolve(name));
    try (var files = Files.list(sound)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    try (var files = Files.list(copy)) {
      for (Path f : files.sorted().toList()) {
        byte[] bytes = Files.readAllBytes(f);
        int header = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(codec);
        if (f.getFileName().toString().startsWith(file) && header >= 0) {
          for (int i = header + codec.length() + after;
              i < header + codec.length() + after + 8;
              i++) {
            bytes[i] = (byte) ~bytes[i];
          }
          Files.write(f, bytes);
          return copy;
        }
      }
    }
    throw new AssertionError("no " + file + "* holds " + codec);
  }

  private static void failsAsDamaged(Path index, String... command) {
    CliRun run = CliRun.run(index, command);
    assertEquals(1, run.status(), List.of(command) + ": " + run);
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(
        run.err().startsWith("dossier: error: ") && run.err().contains("damaged"), run.err());
    assertTrue(run.err().contains("rebuild it with dossier index --rebuild PATH..."), run.err());
  }

  @Test
  void aDocumentWhoseStoredTextChangedIsNotShown() throws Exception {
    Path index = damaged("stored", "_", "DossierStoredFields", 200);
    failsAsDamaged(index, "show", Sample.ID);
    failsAsDamaged(index, "search", "Guevara");
    failsAsDamaged(index, "concordance", "хозрасчет");
    assertEquals(1, CliRun.run(index, "check").status());
  }

  @Test
  void statsVerifiesTheDocValuesItCounts() throws Exception {
    Path index = damaged("docvalues", "_", "Lucene90DocValuesData", 40);
    failsAsDamaged(index, "stats");
    assertEquals(1, CliRun.run(index, "check").status());
  }

  @Test
  void aDamagedCommitIsReportedByEveryCommand() throws Exception {
    Path index = damaged("commit", "segments_", "segments", 30);
    for (String[] command :
        new String[][] {{"search", "Guevara"}, {"show", Sample.ID}, {"stats"}}) {
      failsAsDamaged(index, command);
    }
  }
}
