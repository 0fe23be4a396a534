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

/** The CLI run in-process on a temporary index of the bundled sample. */
class SearchEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path index;

  @BeforeAll
  static void indexTheSample() {
    CliRun run = CliRun.run(index, "index", Sample.FILE.toString());
    assertEquals(0, run.status(), run.toString());
  }

  static JsonNode search(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("search"));
    all.addAll(List.of(args));
    all.add("--json");
    CliRun run = CliRun.run(index, all.toArray(String[]::new));
    assertEquals(0, run.status(), run.toString());
    return JSON.readTree(run.out());
  }

  static List<String> highlights(JsonNode hit, String language) {
    List<String> snippets = new ArrayList<>();
    hit.path("highlight").path(language).forEach(s -> snippets.add(s.asText()));
    return snippets;
  }

  @Test
  void guevaraFindsTheSampleWithAnEnglishSnippet() throws Exception {
    JsonNode result = search("Guevara");
    assertEquals(1, result.get("total").asInt());
    JsonNode hit = result.get("hits").get(0);
    assertEquals(Sample.ID, hit.get("id").asText());
    assertEquals("1964-01-29", hit.get("date").asText());
    assertTrue(hit.get("title").asText().contains("Record of a Conversation with Ernesto Guevara"));
    assertTrue(hit.get("score").asDouble() > 0);
    assertTrue(result.get("took_ms").asLong() >= 0);
    List<String> en = highlights(hit, "en");
    assertEquals(3, en.size(), "three snippets by default");
    assertTrue(en.stream().allMatch(s -> s.contains("<em>Guevara</em>")), en.toString());
  }

  @Test
  void aRussianInflectedFormFindsTheSampleWithRussianSnippetsOfEveryForm() throws Exception {
    JsonNode hit = search("Гевары", "--fragments", "20").get("hits").get(0);
    assertEquals(Sample.ID, hit.get("id").asText());
    List<String> ru = highlights(hit, "ru");
    String all = String.join(" ", ru);
    for (String form :
        List.of("<em>Гевара</em>", "<em>Геваре</em>", "<em>Гевары</em>", "<em>Гевару</em>")) {
      assertTrue(all.contains(form), form + " in " + ru);
    }
    assertTrue(all.contains("Э.<em>Гевара</em>"), "the highlight lands on the raw OCR text: " + ru);
    assertTrue(
        highlights(hit, "en").stream().allMatch(h -> h.contains("<em>Guevara")),
        "the name in English, by its keys");
  }

  /**
   * The unstemmed field has no offsets of its own: an exact form is highlighted at its own
   * positions, by the offsets of its stem there, and never on the stem's other forms.
   */
  @Test
  void anExactFormIsHighlightedWhereItStandsAndNowhereElse() throws Exception {
    JsonNode hit = search("en:questions", "--exact", "--fragments", "20").get("hits").get(0);
    String all = String.join(" ", highlights(hit, "en"));
    assertTrue(all.contains("economic <em>questions</em>"), all);
    assertTrue(all.contains("individual <em>questions</em>"), all);
    assertFalse(all.contains("<em>question</em>"), all);
    String stemmed =
        String.join(
            " ", highlights(search("en:questions", "--fragments", "20").get("hits").get(0), "en"));
    assertTrue(stemmed.contains("<em>question</em>"), "the stem finds every form: " + stemmed);
    try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(index);
        org.apache.lucene.index.DirectoryReader reader =
            org.apache.lucene.index.DirectoryReader.open(dir)) {
      org.apache.lucene.index.FieldInfos infos =
          org.apache.lucene.index.FieldInfos.getMergedFieldInfos(reader);
      assertEquals(
          org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
          infos.fieldInfo("text_en_exact").getIndexOptions());
      assertEquals(
          org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
          infos.fieldInfo("text_en").getIndexOptions());
    }
  }

  /**
   * An exact phrase with a stop word, which the stemmed field does not hold: its offsets come from
   * analysing the text, and the phrase is highlighted as one span.
   */
  @Test
  void anExactPhraseWithAStopWordIsHighlighted() throws Exception {
    JsonNode hit = search("en:\"conclusion of the conversation\"", "--exact").get("hits").get(0);
    assertEquals(Sample.ID, hit.get("id").asText());
    String all = String.join(" ", highlights(hit, "en"));
    assertTrue(all.contains("<em>conclusion of the conversation</em>"), all);
    JsonNode stop = search("en:the", "--exact", "--fragments", "1").get("hits").get(0);
    assertTrue(
        highlights(stop, "en").get(0).contains("<em>the</em>")
            || highlights(stop, "en").get(0).contains("<em>The</em>"),
        stop.toString());
  }

  @Test
  void theOriginalLanguageComesFirstInHighlights() throws Exception {
    JsonNode hit = search("Guevara OR Гевара").get("hits").get(0);
    assertEquals(List.of("ru", "en"), fieldNames(hit.get("highlight")));
  }

  @Test
  void anInflectedEnglishWordFindsItsForms() throws Exception {
    JsonNode hit = search("conversations").get("hits").get(0);
    assertTrue(String.join(" ", highlights(hit, "en")).contains("<em>conversation</em>"));
  }

  @Test
  void aPhraseMatchesInOrderAndItsReversedFormOnlyWithSlop() throws Exception {
    JsonNode phrase = search("\"friendly conversation\"");
    assertEquals(1, phrase.get("total").asInt());
    assertTrue(
        highlights(phrase.get("hits").get(0), "en")
            .get(0)
            .contains("<em>friendly conversation</em>"),
        phrase.toString());
    assertEquals(0, search("\"conversation friendly\"").get("total").asInt());
    assertEquals(1, search("\"conversation friendly\"~2").get("total").asInt());
  }

  @Test
  void aRussianPhraseMatchesInflectedForms() throws Exception {
    assertEquals(1, search("\"партизанская война\"").get("total").asInt());
    assertEquals(0, search("\"война партизанская\"").get("total").asInt());
  }

  @Test
  void allWordsMustMatchAndOrWidens() throws Exception {
    assertEquals(0, search("Guevara Eisenhower").get("total").asInt());
    assertEquals(1, search("Guevara OR Eisenhower").get("total").asInt());
    assertEquals(0, search("Guevara -Cuba").get("total").asInt());
    assertEquals(1, search("Guevara NOT Eisenhower").get("total").asInt());
  }

  @Test
  void dateRangesMatchWhatTheyOverlap() throws Exception {
    assertEquals(1, search("Guevara date:[1963-01-01 TO 1964-12-31]").get("total").asInt());
    assertEquals(0, search("Guevara date:[1965-01-01 TO 1970-12-31]").get("total").asInt());
    assertEquals(0, search("Guevara date:[1963-01-01 TO 1964-01-28]").get("total").asInt());
    assertEquals(1, search("Guevara date:1964").get("total").asInt());
    assertEquals(1, search("Guevara date:1964-01").get("total").asInt());
    assertEquals(1, search("Guevara date:[* TO 1964-01-29]").get("total").asInt());
  }

  @Test
  void fieldsRestrictWhereAWordMustBe() throws Exception {
    assertEquals(1, search("title:Alekseyev").get("total").asInt());
    assertEquals(0, search("title:хозрасчет").get("total").asInt());
    assertEquals(1, search("ru:хозрасчета").get("total").asInt());
    assertEquals(
        0,
        search("en:перебоями").get("total").asInt(),
        "a Russian word is not in the English text");
    assertEquals(
        1, search("en:хозрасчета").get("total").asInt(), "but its glossary translation is");
    assertEquals(0, search("en:хозрасчета", "--exact").get("total").asInt());
    assertEquals(1, search("summary:\"pro-Chinese\"").get("total").asInt());
    assertEquals(1, search("id:117072").get("total").asInt());
  }

  @Test
  void prefixAndFuzzyTermsMatchUnstemmedForms() throws Exception {
    JsonNode prefix = search("Хрущ*").get("hits").get(0);
    assertTrue(String.join(" ", highlights(prefix, "ru")).contains("<em>Хрущева</em>"));
    JsonNode fuzzy = search("Гевора~1", "--fragments", "20").get("hits").get(0);
    assertTrue(String.join(" ", highlights(fuzzy, "ru")).contains("<em>Гевара</em>"));
  }

  @Test
  void fragmentsLimitsSnippetsPerLanguage() throws Exception {
    assertEquals(
        1, highlights(search("Guevara", "--fragments", "1").get("hits").get(0), "en").size());
    assertTrue(
        highlights(search("Guevara", "--fragments", "50").get("hits").get(0), "en").size() > 10);
    assertTrue(
        search("Guevara", "--fragments", "0").get("hits").get(0).path("highlight").isEmpty());
  }

  @Test
  void limitAndOffsetPage() throws Exception {
    assertEquals(0, search("Guevara", "--offset", "1").get("hits").size());
    assertEquals(1, search("Guevara", "--offset", "1").get("total").asInt());
    assertEquals(0, search("Guevara", "-n", "0").get("hits").size());
  }

  @Test
  void malformedQueryExitsTwoWithOneLineAndNoStackTrace() {
    CliRun run = CliRun.run(index, "search", "Guevara \"friendly");
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals(
        "dossier: error: query 'Guevara \"friendly': unbalanced quote: this '\"' is never closed at"
            + " column 9\n",
        run.err());
  }

  @Test
  void badDateExitsTwo() {
    CliRun run = CliRun.run(index, "search", "date:[1963-02-30 TO 1964]");
    assertEquals(2, run.status());
    assertTrue(
        run.err()
            .startsWith("dossier: error: query 'date:[1963-02-30 TO 1964]': bad date '1963-02-30'"),
        run.err());
    assertEquals(1, run.err().lines().count());
  }

  @Test
  void textOutputMarksMatchesPlainlyWhenNotATerminal() {
    CliRun run = CliRun.run(index, "search", "Guevara", "--fragments", "1");
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().startsWith("1 document matches Guevara; showing 1-1"), run.out());
    assertTrue(
        run.out().contains("1. 117072  1964-01-29  Wilson Center Digital Archive  score "),
        run.out());
    assertTrue(run.out().contains("**Guevara**"), run.out());
    assertFalse(run.out().contains("\u001b["), "no ANSI codes when piped");
    CliRun coloured = CliRun.run(index, "search", "Guevara", "--color", "always");
    assertTrue(coloured.out().contains("\u001b[1;33mGuevara\u001b[0m"), coloured.out());
  }

  @Test
  void noHitsIsNotAnError() {
    CliRun run = CliRun.run(index, "search", "Eisenhower");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("No documents match Eisenhower"), run.out());
  }

  @Test
  void showPrintsTheWholeDocumentAsJson() throws Exception {
    CliRun run = CliRun.run(index, "show", Sample.ID, "--json");
    assertEquals(0, run.status(), run.toString());
    JsonNode doc = JSON.readTree(run.out());
    for (String key :
        List.of(
            "id",
            "title",
            "date",
            "url",
            "citation",
            "summary",
            "credits",
            "original_language",
            "texts")) {
      assertTrue(doc.has(key), key);
    }
    assertEquals("ru", doc.get("original_language").asText());
    assertTrue(doc.get("texts").get("ru").asText().contains("Встретился сегодня с Э.Гевара"));
    assertTrue(doc.get("texts").get("en").asText().contains("[Translator's note:"));
    assertEquals(List.of("ru", "en"), fieldNames(doc.get("texts")));
  }

  @Test
  void showPrintsMetadataOriginalAndTranslation() {
    CliRun run = CliRun.run(index, "show", Sample.ID);
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().contains("Date: 1964-01-29"));
    assertTrue(run.out().contains("== Original (ru) =="));
    assertTrue(run.out().contains("== Translation (en) =="));
    assertTrue(run.out().indexOf("Гевара") < run.out().indexOf("== Translation (en) =="));
  }

  @Test
  void showOfAnUnknownIdExitsOne() {
    CliRun run = CliRun.run(index, "show", "999");
    assertEquals(1, run.status());
    assertTrue(run.err().startsWith("dossier: no document with id '999'"), run.err());
  }

  /**
   * Snowball Russian stems генерал and генерала to генера but генералу to генерал: a search for
   * either form finds all three, and no other word.
   */
  @Test
  void aRussianNounIsFoundInEveryCaseThoughTheStemmerSplitsIt(@TempDir Path dir) throws Exception {
    dev.dossier.testing.Fixtures.russian(dir, "nominative", "Приехал генерал Каледин.");
    dev.dossier.testing.Fixtures.russian(dir, "genitive", "Штаб генерала Алексеева.");
    dev.dossier.testing.Fixtures.russian(dir, "dative", "Письмо генералу Деникину.");
    dev.dossier.testing.Fixtures.russian(dir, "ocean", "Флот стоял на Тихом океане.");
    // the nominative, which stems to океа, in another document: the index shows the split
    dev.dossier.testing.Fixtures.russian(dir, "atlantic", "Атлантический океан велик.");
    dev.dossier.testing.Fixtures.russian(dir, "knew", "Он знал, она знала.");
    dev.dossier.testing.Fixtures.russian(dir, "knowledge", "Знание и знания.");
    Path myIndex = dir.resolve("index");
    assertEquals(0, CliRun.run(myIndex, "index", dir.toString()).status());
    List<String> general = List.of("dative", "genitive", "nominative");
    for (String form : List.of("генерал", "генерала", "генералом")) {
      List<String> ids = new ArrayList<>(CliRun.hitIds(CliRun.searchJson(myIndex, form)));
      ids.sort(null);
      assertEquals(general, ids, form);
    }
    // a place whose Russian name is a split noun, from English and as a Russian phrase
    assertEquals(List.of("ocean"), CliRun.hitIds(CliRun.searchJson(myIndex, "Pacific", "Ocean")));
    assertEquals(List.of("ocean"), CliRun.hitIds(CliRun.searchJson(myIndex, "\"тихий океан\"")));
    // знание and знал are two words, not one split noun
    assertEquals(List.of("knowledge"), CliRun.hitIds(CliRun.searchJson(myIndex, "знание")));
    CliRun explained = CliRun.run(myIndex, "search", "генерал", "--explain");
    assertTrue(explained.out().contains("ru генералу  stemmed <- генерал"), explained.out());
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
