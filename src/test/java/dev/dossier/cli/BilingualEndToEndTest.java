package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.testing.Sample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parallel passages, glossary matches, concordance and align, through the CLI on the sample. */
class BilingualEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path index;

  @BeforeAll
  static void indexTheSample() {
    assertEquals(0, CliRun.run(index, "index", Sample.FILE.toString()).status());
  }

  private static JsonNode json(String... args) throws Exception {
    CliRun run = CliRun.run(index, args);
    assertEquals(0, run.status(), run.toString());
    return JSON.readTree(run.out());
  }

  @Test
  void parallelJsonGivesEachMatchingPassageWithItsCounterpartMarkedOnBothSides() throws Exception {
    JsonNode hit = json("search", "--parallel", "\"labor unions\"", "--json").get("hits").get(0);
    JsonNode parallel = hit.get("parallel");
    assertEquals(1, parallel.size(), parallel.toString());
    JsonNode pair = parallel.get(0);
    assertEquals(List.of("original", "translation"), fieldNames(pair));
    assertTrue(
        pair.get("original").asText().startsWith("Далее вопрос зашел о роли <em>профсоюзов</em>."),
        pair.toString());
    assertTrue(pair.get("original").asText().contains("кубинские <em>профсоюзы</em>"));
    assertTrue(
        pair.get("translation")
            .asText()
            .startsWith("Then the question of the role of <em>labor unions</em> came up."));
  }

  @Test
  void theGlossaryWorksInBothDirections() throws Exception {
    JsonNode fromRussian =
        json("search", "профсоюзы", "--json", "--explain", "--fragments", "10").get("hits").get(0);
    assertTrue(
        fromRussian.get("highlight").get("en").toString().contains("<em>labor unions</em>"),
        fromRussian.toString());
    JsonNode words = fromRussian.get("explain").get("words");
    boolean glossary = false;
    for (JsonNode w : words) {
      glossary |=
          w.get("word").asText().equals("labor unions")
              && w.get("level").asText().equals("glossary");
    }
    assertTrue(glossary, words.toString());
    JsonNode fromEnglish =
        json("search", "self-financing", "--json", "--parallel").get("hits").get(0);
    assertEquals(3, fromEnglish.get("parallel").size());
    fromEnglish
        .get("parallel")
        .forEach(
            p ->
                assertTrue(
                    p.get("original").asText().contains("<em>хозрасчета</em>"), p.toString()));
  }

  @Test
  void phrasesMatchInflectedFormsAndSlop() throws Exception {
    JsonNode partisan =
        json("search", "\"партизанская война\"", "--json", "--parallel").get("hits").get(0);
    assertTrue(
        partisan
                .get("parallel")
                .get(0)
                .get("original")
                .asText()
                .contains("<em>партизанской войни</em>")
            || partisan
                .get("parallel")
                .get(0)
                .get("original")
                .asText()
                .contains("<em>партизанской</em>"),
        partisan.toString());
    assertTrue(
        partisan
            .get("parallel")
            .get(0)
            .get("translation")
            .asText()
            .contains("<em>guerilla war</em>"),
        partisan.toString());
    assertEquals(1, json("search", "\"incentives moral nature\"~3", "--json").get("total").asInt());
    assertEquals(0, json("search", "\"incentives moral nature\"", "--json").get("total").asInt());
  }

  @Test
  void concordanceFindsHowATermWasTranslated() throws Exception {
    JsonNode c = json("concordance", "хозрасчет", "--json");
    assertEquals(
        List.of(
            "term",
            "language",
            "documents",
            "complete",
            "pairs",
            "counterparts",
            "translations",
            "all_candidates_counted"),
        fieldNames(c));
    assertEquals(3, c.get("pairs").size());
    assertEquals(1, c.get("documents").asInt());
    assertTrue(c.get("complete").asBoolean());
    assertEquals(3, c.get("counterparts").asInt(), "the pairs counted in the index");
    assertTrue(c.get("all_candidates_counted").asBoolean());
    assertEquals("self-financing", c.get("translations").get(0).get("text").asText());
    assertEquals(1.0, c.get("translations").get(0).get("score").asDouble(), 1e-9);
    c.get("pairs")
        .forEach(
            p -> {
              assertEquals(Sample.ID, p.get("id").asText());
              assertTrue(p.get("original").asText().contains("<em>хозрасчета</em>"), p.toString());
            });
    JsonNode unions = json("concordance", "профсоюзы", "--json");
    assertEquals("labor unions", unions.get("translations").get(0).get("text").asText());
    JsonNode back = json("concordance", "self-financing", "--json");
    assertEquals("хозрасчета", back.get("translations").get(0).get("text").asText());
  }

  @Test
  void concordanceShowsTheFirstPairsAskedForAndCountsTheTranslationsOverAll() throws Exception {
    JsonNode one = json("concordance", "хозрасчет", "--pairs", "1", "--json");
    assertEquals(1, one.get("pairs").size());
    assertFalse(one.get("complete").asBoolean());
    assertEquals(3, one.get("counterparts").asInt());
    assertEquals(3, one.get("translations").get(0).get("pairs").asInt(), "over all three pairs");
    CliRun text = CliRun.run(index, "concordance", "хозрасчет", "--pairs", "1");
    assertEquals(0, text.status(), text.toString());
    assertTrue(
        text.out()
            .startsWith(
                "хозрасчет (ru): 1 document; the first 1 passage pair shown, oldest first"
                    + " (--pairs N or all)"),
        text.out());
    assertEquals(
        3, json("concordance", "хозрасчет", "--pairs", "all", "--json").get("pairs").size());
    CliRun wrong = CliRun.run(index, "concordance", "хозрасчет", "--pairs", "some");
    assertEquals(2, wrong.status(), wrong.toString());
    assertTrue(wrong.err().contains("'some' is not a whole number"), wrong.err());
  }

  @Test
  void concordanceCsvHasAHeaderAndOneRowPerPair() {
    CliRun run = CliRun.run(index, "concordance", "хозрасчет", "--csv");
    assertEquals(0, run.status(), run.toString());
    List<String> lines = run.out().lines().toList();
    assertEquals("id,original,translation", lines.get(0));
    assertEquals(4, lines.size());
    assertTrue(lines.get(1).startsWith("117072,\"Будучи прямым"), lines.get(1));
  }

  @Test
  void showParallelPrintsEveryPassageOfBothTextsInOrder() throws Exception {
    JsonNode doc = json("show", Sample.ID, "--parallel", "--json");
    JsonNode pairs = doc.get("pairs");
    assertEquals(22, pairs.size());
    assertEquals("N9 N6", pairs.get(0).get("original").asText());
    assertEquals("", pairs.get(0).get("translation").asText());
    StringBuilder originals = new StringBuilder();
    StringBuilder translations = new StringBuilder();
    for (JsonNode p : pairs) {
      originals.append(p.get("original").asText());
      translations.append(p.get("translation").asText());
    }
    assertEquals(
        doc.get("texts").get("ru").asText().replaceAll("\\s", ""),
        originals.toString().replaceAll("\\s", ""));
    assertEquals(
        doc.get("texts").get("en").asText().replaceAll("\\s", ""),
        translations.toString().replaceAll("\\s", ""));
    assertEquals("1964-01-29", doc.get("date").asText(), "the metadata comes with the pairs");
  }

  @Test
  void alignPrintsTheAlignmentOfAFile() throws Exception {
    JsonNode aligned = json("align", Sample.FILE.toString(), "--json");
    assertEquals(22, aligned.get("pairs").size());
    JsonNode note = aligned.get("pairs").get(7);
    assertEquals("", note.get("original").asText());
    assertTrue(note.get("translation").asText().startsWith("[Translator's note:"));
    CliRun text = CliRun.run(index, "align", Sample.FILE.toString());
    assertTrue(text.out().startsWith("117072: 22 passage pairs"), text.out());
    CliRun missing = CliRun.run(index, "align", "/no/such/file.txt");
    assertEquals(2, missing.status());
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
