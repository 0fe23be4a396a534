package dev.dossier.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.analysis.AnalyzerFactory;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexConfigLoaderTest {

  @Test
  void loadsTheShippedConfiguration() {
    IndexConfig config = IndexConfigLoader.load(Sample.CONFIG);
    assertEquals(List.of("ru", "en", "es", "de", "fr", "und"), config.languageCodes());
    assertEquals("ru", config.languages().get("ru").analyzer());
    assertEquals("ru_exact", config.languages().get("ru").exactAnalyzer());
    assertEquals("ru_names", config.languages().get("ru").namesAnalyzer());
    assertEquals("snowballPorter", config.analyzers().get("ru").filters().get(2).type());
    assertEquals("Russian", config.analyzers().get("ru").filters().get(2).params().get("language"));
    assertEquals("es_names", config.languages().get("es").namesAnalyzer());
    assertEquals(
        "und", config.languageFor("it").code(), "undeclared languages fall in the und slot");
    assertEquals("en", config.metadata().get("title"));
  }

  @Test
  void missingFileIsNamed(@TempDir Path dir) {
    ConfigException e = assertThrows(ConfigException.class, () -> IndexConfigLoader.load(dir));
    assertTrue(
        e.getMessage().contains("no index configuration at " + dir.resolve("dossier.yaml")),
        e.getMessage());
  }

  @Test
  void unknownAnalyzerReferenceIsNamed(@TempDir Path dir) throws Exception {
    write(
        dir,
        "analyzers:\n"
            + "  a: {tokenizer: standard}\n"
            + "languages:\n"
            + "  und: {analyzer: a, exact: b, names: a}\n");
    ConfigException e = assertThrows(ConfigException.class, () -> IndexConfigLoader.load(dir));
    assertTrue(
        e.getMessage().endsWith("language 'und': unknown analyzer 'b' (declared: a)"),
        e.getMessage());
  }

  @Test
  void unknownFactoryNameFailsWhenTheAnalyzerIsBuilt(@TempDir Path dir) throws Exception {
    write(
        dir,
        "analyzers:\n"
            + "  a: {tokenizer: standard, filters: [lowercase, snowbal]}\n"
            + "languages:\n"
            + "  und: {analyzer: a, exact: a, names: a}\n");
    IndexConfig config = IndexConfigLoader.load(dir);
    ConfigException e = assertThrows(ConfigException.class, () -> AnalyzerFactory.buildAll(config));
    assertTrue(e.getMessage().contains("analyzer 'a'"), e.getMessage());
    assertTrue(e.getMessage().contains("snowbal"), e.getMessage());
  }

  @Test
  void undIsRequired(@TempDir Path dir) throws Exception {
    write(
        dir,
        "analyzers:\n"
            + "  a: {tokenizer: standard}\n"
            + "languages:\n"
            + "  en: {analyzer: a, exact: a, names: a}\n");
    ConfigException e = assertThrows(ConfigException.class, () -> IndexConfigLoader.load(dir));
    assertTrue(e.getMessage().contains("must declare 'und'"), e.getMessage());
  }

  @Test
  void malformedYamlIsOneLine(@TempDir Path dir) throws Exception {
    write(dir, "analyzers: [unclosed\n");
    ConfigException e = assertThrows(ConfigException.class, () -> IndexConfigLoader.load(dir));
    assertTrue(e.getMessage().startsWith(dir.resolve("dossier.yaml") + ": "), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
    assertTrue(e.getMessage().contains("(line 2, column 1)"), e.getMessage());
  }

  @Test
  void aSectionOfTheWrongShapeIsNamed(@TempDir Path dir) throws Exception {
    write(dir, "analyzers: [a, b]\nlanguages: {}\n");
    ConfigException e = assertThrows(ConfigException.class, () -> IndexConfigLoader.load(dir));
    assertTrue(e.getMessage().endsWith("missing section 'analyzers'"), e.getMessage());
  }

  private static void write(Path dir, String yaml) throws Exception {
    Files.writeString(dir.resolve("dossier.yaml"), yaml);
  }
}
