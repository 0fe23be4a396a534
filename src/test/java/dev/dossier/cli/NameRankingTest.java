package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.testing.Fixtures;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ranking by match level, and precision against near-miss words, on small fixture documents. */
class NameRankingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private JsonNode search(Path index, String query, String... more) throws Exception {
    List<String> args =
        new ArrayList<>(List.of("search", query, "--json", "--explain", "-n", "50"));
    args.addAll(List.of(more));
    CliRun run = CliRun.run(index, args.toArray(String[]::new));
    assertEquals(0, run.status(), run.toString());
    return JSON.readTree(run.out());
  }

  private static List<String> ids(JsonNode result) {
    return CliRun.hitIds(result);
  }

  @Test
  void exactOutranksStemmedOutranksTransliteratedOutranksTranscribedOutranksOcr() throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    // the same sentence, the name in a different form each time; the OCR one is told the most often
    Fixtures.russian(batch, "exact", "Вчера Гевара выступил на собрании рабочих.");
    Fixtures.russian(batch, "stemmed", "Вчера Гевары не было на собрании рабочих.");
    Fixtures.russian(batch, "translit", "Вчера Gevara выступил на собрании рабочих.");
    Fixtures.english(
        batch, "transcribed", "Yesterday Guevara spoke at the meeting of the workers.");
    Fixtures.russian(
        batch, "ocr", "Вчера Гезара выступил. Гезара ушел. Гезара вернулся на собрание рабочих.");
    Fixtures.russian(batch, "unrelated", "Вчера Говоря выступил на собрании рабочих.");
    Path index = dir.resolve("index");
    assertEquals(0, CliRun.run(index, "index", batch.toString()).status());
    JsonNode result = search(index, "Гевара", "--similar");
    assertEquals(List.of("exact", "stemmed", "translit", "transcribed", "ocr"), ids(result));
    List<String> levels = new ArrayList<>();
    result.get("hits").forEach(h -> levels.add(h.get("explain").get("level").asText()));
    assertEquals(List.of("exact", "stemmed", "transliterated", "transcribed", "OCR-fuzzy"), levels);
    // without --similar, the OCR-damaged one is counted apart
    JsonNode listed = search(index, "Гевара");
    assertEquals(4, listed.get("total").asInt());
    assertEquals(1, listed.get("similar").asInt());
  }

  @Test
  void aDocumentWithTheNameInBothLanguagesIsNotScoredTwice() throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Files.copy(Sample.FILE, batch.resolve("bilingual.txt"));
    String text = Sample.text();
    String englishOnly =
        text.substring(0, text.indexOf("N9 N6"))
                .replaceAll("https://\\S+", "")
                .replace("Russian\n", "English\n")
            + text.substring(text.indexOf("from the diary of A. I. Alekseyev Secret Copy"));
    Files.writeString(batch.resolve("english-only.txt"), englishOnly);
    Path index = dir.resolve("index");
    assertEquals(0, CliRun.run(index, "index", batch.toString()).status());
    JsonNode hits = search(index, "Guevara").get("hits");
    assertEquals(2, hits.size());
    assertEquals(hits.get(0).get("score").asDouble(), hits.get(1).get("score").asDouble(), 1e-6);
  }

  @Test
  void nearMissWordsAreNotTakenForNames() throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Fixtures.russian(
        batch,
        "near-misses",
        "Куда он пошел? Губа болит. Говорю тебе: Говоря правду, Ленив он. Сталь крепка, Стали"
            + " много. Кубок вручили. Линия фронта. Хрустел снег.");
    Fixtures.russian(batch, "control", "Делегация прибыла на Кубу, а потом на Кубе осталась.");
    Path index = dir.resolve("index");
    assertEquals(0, CliRun.run(index, "index", batch.toString()).status());
    for (String name : new String[] {"Guevara", "Гевара", "Lenin", "Stalin", "Khrushchev"}) {
      assertEquals(0, search(index, name).get("total").asInt(), name);
    }
    JsonNode cuba = search(index, "Cuba");
    assertEquals(
        List.of("control"), ids(cuba), "Кубу and Кубе are Cuba; Куда, Губа and Кубок are not");
  }

  @Test
  void latinLookAlikesInOcrTextDoNotHideAName() throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    // "Гeвара" with a Latin e, "Xрущев" with a Latin X
    Fixtures.russian(batch, "mixed", "Встретился с Гeвара. Письмо тов. Xрущева.");
    Path index = dir.resolve("index");
    assertEquals(0, CliRun.run(index, "index", batch.toString()).status());
    JsonNode guevara = search(index, "Guevara");
    assertEquals(1, guevara.get("total").asInt());
    assertTrue(
        guevara
            .get("hits")
            .get(0)
            .get("highlight")
            .get("ru")
            .get(0)
            .asText()
            .contains("<em>Гeвара</em>"),
        "highlighted on the raw OCR text");
    assertEquals(1, search(index, "Khrushchev").get("total").asInt());
    assertEquals(1, search(index, "Гевары").get("total").asInt());
  }
}
