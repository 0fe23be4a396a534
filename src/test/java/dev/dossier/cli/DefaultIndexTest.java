package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.testing.Fixtures;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default index follows the bundled corpus, and a rebuild keeps what the user indexed into it
 * besides.
 */
class DefaultIndexTest {

  @Test
  void aRebuildAfterAConfigurationChangeKeepsTheOtherFoldersDocuments(@TempDir Path dir)
      throws Exception {
    Path home = dir.resolve("dossier");
    Files.createDirectories(home.resolve("corpus"));
    Files.copy(Sample.FILE, home.resolve("corpus").resolve(Sample.FILE.getFileName()));
    Fixtures.copyTree(Sample.CONFIG, home.resolve("index-config"));
    Path extra = Files.createDirectories(dir.resolve("cables"));
    Files.writeString(
        extra.resolve("cables.jsonl"),
        "{\"id\": \"cable-1\", \"title\": \"Call on Gromyko\", \"text\": \"The Ambassador called on"
            + " Gromyko today.\"}\n");
    Environment env = new Environment(home, Map.of());

    assertEquals(1, total(env, "Guevara"), "the default index is built from the bundled corpus");
    assertEquals(0, CliRun.runIn(env, "index", extra.toString()).status());
    assertEquals(1, total(env, "Gromyko"));

    Path glossary = home.resolve("index-config/glossary.txt");
    Files.setLastModifiedTime(glossary, FileTime.from(Instant.now().plusSeconds(5)));
    CliRun rebuilt = CliRun.runIn(env, "search", "Gromyko", "--json");
    assertTrue(rebuilt.err().contains("with the 1 other file(s) it held"), rebuilt.toString());
    assertEquals(
        1,
        new ObjectMapper().readTree(rebuilt.out()).get("total").asInt(),
        "the cable survives the rebuild");
    assertEquals(1, total(env, "Guevara"));
  }

  private static int total(Environment env, String query) throws Exception {
    CliRun run = CliRun.runIn(env, "search", query, "--json");
    assertEquals(0, run.status(), run.toString());
    return new ObjectMapper().readTree(run.out()).get("total").asInt();
  }
}
