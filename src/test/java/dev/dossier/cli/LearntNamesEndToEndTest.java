package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.testing.Fixtures;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names learnt from the sample's aligned passages: listed by {@code dossier names}, used by search,
 * refusable.
 */
class LearntNamesEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theSampleTeachesItsNamesAndASearchUsesThem(@TempDir Path dir) throws Exception {
    Environment env = env(dir);
    assertEquals(0, CliRun.runIn(env, "index", Sample.FILE.toString()).status());
    JsonNode names = JSON.readTree(CliRun.runIn(env, "names", "--json").out());
    List<String> pairs = new ArrayList<>();
    names.get("pairs").forEach(p -> pairs.add(p.get("ru").asText() + "=" + p.path("en").asText()));
    assertTrue(pairs.contains("Хрущева=Khrushchev"), pairs.toString());
    assertTrue(pairs.contains("Гевара=Guevara"), pairs.toString());
    assertTrue(pairs.contains("Ленина=Lenin"), pairs.toString());
    // a page break or a date is no name; every pair names two words of the sample, none twice
    assertEquals(pairs.size(), pairs.stream().distinct().count());
    assertTrue(
        names.get("total").asInt() >= 5 && names.get("total").asInt() <= 20, names.toString());
    CliRun filtered = CliRun.runIn(env, "names", "Хрущ");
    assertEquals(0, filtered.status());
    assertTrue(
        filtered.out().contains("Хрущева") && filtered.out().contains("Khrushchev"),
        filtered.out());
    assertFalse(filtered.out().contains("Гевара"), filtered.out());

    JsonNode search =
        JSON.readTree(CliRun.runIn(env, "search", "Гевара", "--json", "--explain").out());
    assertEquals("learnt", level(search, "en", "Guevara"));
  }

  @Test
  void aPairRefusedInTheVariantsFileIsNeitherLearntNorTranscribedAtTheNextSearch(@TempDir Path dir)
      throws Exception {
    Environment env = env(dir);
    assertEquals(0, CliRun.runIn(env, "index", Sample.FILE.toString()).status());
    Files.writeString(
        dir.resolve("config").resolve("name-variants.txt"),
        "\nГевара != Guevara\n",
        StandardOpenOption.APPEND);
    JsonNode names = JSON.readTree(CliRun.runIn(env, "names", "Гевара", "--json").out());
    assertTrue(names.get("pairs").get(0).get("refused").asBoolean(), names.toString());
    assertTrue(CliRun.runIn(env, "names", "Гевара").out().contains("refused by name-variants.txt"));
    JsonNode search =
        JSON.readTree(CliRun.runIn(env, "search", "Гевара", "--json", "--explain").out());
    assertEquals(null, level(search, "en", "Guevara"), search.toString());
  }

  @Test
  void anIndexOfOneLanguageLearnsNothing(@TempDir Path dir) throws Exception {
    Environment env = env(dir);
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Fixtures.english(batch, "one", "Roosevelt met Churchill in Washington.");
    assertEquals(0, CliRun.runIn(env, "index", batch.toString()).status());
    CliRun run = CliRun.runIn(env, "names");
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().startsWith("No name pairs learnt"), run.out());
  }

  private static Environment env(Path dir) throws Exception {
    Path config = dir.resolve("config");
    Fixtures.copyTree(Sample.CONFIG, config);
    return new Environment(
        Sample.PROJECT,
        Map.of(
            "DOSSIER_CONFIG", config.toString(), "DOSSIER_INDEX", dir.resolve("index").toString()));
  }

  private static String level(JsonNode result, String language, String word) {
    for (JsonNode hit : result.get("hits")) {
      for (JsonNode w : hit.path("explain").path("words")) {
        if (w.get("language").asText().equals(language) && w.get("word").asText().equals(word)) {
          return w.get("level").asText();
        }
      }
    }
    return null;
  }
}
