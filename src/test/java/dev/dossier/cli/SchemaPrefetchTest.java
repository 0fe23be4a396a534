package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.ConfigException;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaPrefetchTest {

  private final Environment env = new Environment(Sample.PROJECT, Map.of());

  @Test
  void buildsTheSchemaOfTheConfigurationTheOptionsWillName() {
    Path config = Sample.CONFIG;
    assertTrue(
        SchemaPrefetch.start(env, "search", "--config", config.toString(), "Guevara")
            .take(config)
            .isPresent());
    assertTrue(
        SchemaPrefetch.start(env, "show", "--config=" + config, "117072").take(config).isPresent());
    assertTrue(
        SchemaPrefetch.start(env, "search", "Guevara").take(env.defaultConfig()).isPresent());
  }

  @Test
  void isNotTakenForAnotherFolderNorStartedForOtherCommands(@TempDir Path other) {
    assertTrue(SchemaPrefetch.start(env, "search", "Guevara").take(other).isEmpty());
    assertTrue(
        SchemaPrefetch.start(env, "search", "--", "--config", other.toString())
            .take(other)
            .isEmpty());
    assertTrue(SchemaPrefetch.start(env, "index", "corpus").take(env.defaultConfig()).isEmpty());
  }

  @Test
  void aBadConfigurationFailsWhenTakenWithTheLoadersMessage(@TempDir Path config) throws Exception {
    Files.writeString(config.resolve("dossier.yaml"), "analyzers: [unclosed\n");
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                SchemaPrefetch.start(env, "search", "--config", config.toString(), "x")
                    .take(config));
    assertEquals(1, e.getMessage().lines().count());
  }
}
