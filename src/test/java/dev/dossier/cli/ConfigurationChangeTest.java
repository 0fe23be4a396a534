package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.testing.Fixtures;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration is read at run time: editing it and re-indexing changes behaviour with no code
 * change.
 */
class ConfigurationChangeTest {

  @Test
  void removingEnglishStemmingFromTheConfigurationStopsInflectedMatches(@TempDir Path dir)
      throws Exception {
    Path config = dir.resolve("config");
    Fixtures.copyTree(Sample.CONFIG, config);
    Path yaml = config.resolve("dossier.yaml");
    String shipped = Files.readString(yaml);
    Files.writeString(yaml, shipped.replace("      - porterStem\n", ""));

    Path index = dir.resolve("index");
    Environment env =
        new Environment(
            Sample.PROJECT,
            Map.of("DOSSIER_CONFIG", config.toString(), "DOSSIER_INDEX", index.toString()));
    assertEquals(0, CliRun.runIn(env, "index", Sample.FILE.toString()).status());
    assertEquals(
        0,
        total(env, "en:\"conversations\""),
        "no stemming: conversations no longer finds conversation");
    assertEquals(1, total(env, "en:\"conversation\""));

    Files.writeString(yaml, shipped);
    assertEquals(0, CliRun.runIn(env, "index", "--rebuild", Sample.FILE.toString()).status());
    assertEquals(
        1, total(env, "en:\"conversations\""), "stemming restored by the configuration alone");
  }

  private static int total(Environment env, String query) throws Exception {
    CliRun run = CliRun.runIn(env, "search", query, "--json");
    assertEquals(0, run.status(), run.toString());
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(run.out())
        .get("total")
        .asInt();
  }
}
