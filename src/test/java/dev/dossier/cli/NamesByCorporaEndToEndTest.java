package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.testing.Sample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names written by sound, through the CLI, on the slices of the shipped corpora
 * (src/test/resources/corpora): Stalin's works write Рузвельт, Эттли and Чемберлен, the Australian
 * cables Roosevelt, Attlee, Rusk and Whitlam, the JFK records Chamberlain.
 */
class NamesByCorporaEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void indexTheSlices() throws Exception {
    index = dir.resolve("index");
    CliRun run = CliRun.run(index, "index", Sample.CORPUS_SLICES.toString());
    assertEquals(0, run.status(), run.toString());
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
    // Chinese by syllable (Wade-Giles kuo-min-tang is Palladius го-мин-дан), and the later syllable
    // of a hyphenated name, written in lowercase, still a name (Чжан Цзо-лину)
    "Kuomintang,  ru, Гоминдана,   transcribed",
    "Wuhan,       ru, Ухане,       transcribed",
    "Tso-lin,     ru, Цзо,         transcribed",
    "Tso-lin,     ru, лину,        transliterated",
  })
  void aNameWrittenBySoundFindsItsSpellingInTheOtherScript(
      String query, String language, String word, String level) throws Exception {
    JsonNode result = search(query);
    assertTrue(
        matched(result, language, level).contains(word),
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
      assertTrue(
          found.contains("<em>Whitlam") || hit.get("title").asText().contains("Whitlam"),
          hit.toString());
    }
    // the slice's cables are dated in May, Stalin's texts write мая; Мао is a name, neither the
    // month nor its stem
    JsonNode mao = search("Мао");
    for (JsonNode hit : mao.get("hits")) {
      assertTrue(
          hit.path("highlight").toString().matches("(?s).*<em>(Мао|Mao|MAO)\\b.*"), hit.toString());
    }
  }

  @Test
  void aPlaceAdjectiveIsNoNameWrittenBySound() throws Exception {
    // the Kuban is not Cuban: an adjective of a place of places.txt is no transcription
    JsonNode result = search("Кубань");
    assertEquals(Set.of(), matched(result, "en", "transcribed"), result.toString());
  }

  @Test
  void theOtherLettersOfAShortNameDoNotPassForIt() throws Exception {
    JsonNode rusk = search("Раск");
    Set<String> english = matched(rusk, "en", "transcribed");
    assertTrue(
        english.stream().allMatch(w -> w.toLowerCase().startsWith("rusk")), english.toString());
  }
}
