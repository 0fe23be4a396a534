package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.testing.Sample;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names written by sound, through the CLI, on slices of the real corpora: Stalin's works write Рузвельт, Эттли and
 * Чемберлен, the Australian cables Roosevelt, Attlee, Chamberlain, Rusk and Whitlam. Skipped without ../shared.
 */
class NamesByCorporaEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void indexSlices() throws Exception {
    assumeTrue(Files.isDirectory(Sample.CORPORA), "no " + Sample.CORPORA);
    Path corpora = dir.resolve("corpora");
    slice(corpora, "dfat-australia-foreign-policy-en/dafp_docs_1945_1983.jsonl", 30,
        List.of("Roosevelt", "Attlee", "Rusk", "Whitlam"));
    slice(corpora, "jfk-records-ocr-en/jfk_2021_release_full.jsonl", 10, List.of("Chamberlain"));
    slice(corpora, "ru-stalin-works/stalin_works.jsonl", 30, List.of("Рузвельт", "Эттли", "Чемберлен"));
    index = dir.resolve("index");
    CliRun run = CliRun.run(index, "index", corpora.toString());
    assertEquals(0, run.status(), run.toString());
  }

  /** The first {@code first} records of a corpus file, and then four more naming each of {@code names}. */
  private static void slice(Path root, String file, int first, List<String> names) throws Exception {
    Path target = root.resolve(file);
    Files.createDirectories(target.getParent());
    List<String> lines = new ArrayList<>();
    java.util.Map<String, Integer> picked = new java.util.HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(Sample.CORPORA.resolve(file), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (lines.size() < first) {
          lines.add(line);
          continue;
        }
        for (String name : names) {
          if (picked.getOrDefault(name, 0) < 4 && line.contains(name)) {
            lines.add(line);
            picked.merge(name, 1, Integer::sum);
            break;
          }
        }
        if (names.stream().allMatch(n -> picked.getOrDefault(n, 0) >= 4)) {
          break;
        }
      }
    }
    Files.write(target, lines, StandardCharsets.UTF_8);
  }

  private static JsonNode search(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("search"));
    all.addAll(List.of(args));
    all.addAll(List.of("--json", "--explain", "-n", "100", "--fragments", "100"));
    CliRun run = CliRun.run(index, all.toArray(String[]::new));
    assertEquals(0, run.status(), run.toString());
    return JSON.readTree(run.out());
  }

  /** The words highlighted in {@code language} across all hits, with the level each matched at. */
  private static Set<String> matched(JsonNode result, String language, String level) {
    Set<String> words = new HashSet<>();
    for (JsonNode hit : result.get("hits")) {
      for (JsonNode w : hit.path("explain").path("words")) {
        if (w.get("language").asText().equals(language) && w.get("level").asText().equals(level)) {
          words.add(w.get("word").asText());
        }
      }
    }
    return words;
  }

  @ParameterizedTest
  @CsvSource({
    // query,     language of the texts, a word there, level
    "Roosevelt,   ru, Рузвельт,    transcribed",
    "Рузвельт,    en, Roosevelt,   transcribed",
    "Attlee,      ru, Эттли,       transcribed",
    "Chamberlain, ru, Чемберлен,   transcribed",
    "Чемберлен,   en, Chamberlain, transcribed",
    "Раск,        en, Rusk,        transcribed",
    "Уитлэм,      en, Whitlam,     transcribed",
  })
  void aNameWrittenBySoundFindsItsSpellingInTheOtherScript(String query, String language, String word, String level)
      throws Exception {
    JsonNode result = search(query);
    assertTrue(matched(result, language, level).contains(word),
        query + " -> " + word + ": " + matched(result, language, level));
  }

  @Test
  void aNameOnlyTheTitleHasIsFoundFromTheOtherScript() throws Exception {
    // the cables "Attlee to Chifley" need not name him in their text
    JsonNode attlee = search("Эттли");
    List<String> titles = new ArrayList<>();
    attlee.get("hits").forEach(h -> titles.add(h.get("title").asText()));
    assertTrue(titles.stream().anyMatch(t -> t.contains("Attlee")), titles.toString());
  }

  @Test
  void whitlamComesBackAsWhitlamOnlyAndMaoIsNotMay() throws Exception {
    JsonNode whitlam = search("Уитлэм");
    for (JsonNode hit : whitlam.get("hits")) {
      String found = hit.path("highlight").toString() + hit.get("title").asText();
      assertTrue(found.contains("<em>Whitlam") || hit.get("title").asText().contains("Whitlam"), hit.toString());
    }
    // the slice's cables are dated in May, Stalin's texts write мая; Мао is a name, neither the month nor its stem
    JsonNode mao = search("Мао");
    for (JsonNode hit : mao.get("hits")) {
      assertTrue(hit.path("highlight").toString().matches("(?s).*<em>(Мао|Mao|MAO)\\b.*"), hit.toString());
    }
  }

  @Test
  void theOtherLettersOfAShortNameDoNotPassForIt() throws Exception {
    JsonNode rusk = search("Раск");
    Set<String> english = matched(rusk, "en", "transcribed");
    assertTrue(english.stream().allMatch(w -> w.toLowerCase().startsWith("rusk")), english.toString());
  }
}
