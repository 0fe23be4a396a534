package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.testing.Fixtures;
import dev.dossier.testing.Sample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names across scripts, spellings, cases and OCR damage, on the sample, through the CLI. */
class NameSearchEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern EM = Pattern.compile("<em>(.*?)</em>");

  @TempDir static Path index;

  @BeforeAll
  static void indexTheSample() {
    assertEquals(0, CliRun.run(index, "index", Sample.FILE.toString()).status());
  }

  static JsonNode search(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("search"));
    all.addAll(List.of(args));
    all.addAll(List.of("--json", "--explain", "--fragments", "100"));
    CliRun run = CliRun.run(index, all.toArray(String[]::new));
    assertEquals(0, run.status(), run.toString());
    return JSON.readTree(run.out());
  }

  /**
   * Every highlighted word of the first hit in {@code language}, with the level --explain gives it.
   */
  static Map<String, String> matched(JsonNode result, String language) {
    Map<String, String> words = new TreeMap<>();
    JsonNode hit = result.get("hits").get(0);
    hit.path("explain")
        .path("words")
        .forEach(
            w -> {
              if (w.get("language").asText().equals(language)) {
                words.put(w.get("word").asText(), w.get("level").asText());
              }
            });
    // the explained words are exactly the highlighted ones
    TreeSet<String> highlighted = new TreeSet<>();
    hit.path("highlight")
        .path(language)
        .forEach(
            s -> {
              Matcher m = EM.matcher(s.asText());
              while (m.find()) {
                highlighted.add(m.group(1));
              }
            });
    assertEquals(highlighted, words.keySet());
    return words;
  }

  @Test
  void guevaraHighlightsEveryRussianFormIncludingOcrDamageAndNothingElse() throws Exception {
    JsonNode result = search("Guevara");
    assertEquals(Sample.ID, result.get("hits").get(0).get("id").asText());
    Map<String, String> ru = matched(result, "ru");
    assertEquals(
        // the sample's own aligned passages translate Гевара as Guevara: learnt
        Map.of(
            "Гевара",
            "learnt",
            "Гевары",
            "learnt",
            "Геваре",
            "learnt",
            "Гевару",
            "learnt",
            "Гезара",
            "OCR-fuzzy",
            "Тевара",
            "OCR-fuzzy"),
        ru);
    assertEquals("exact", matched(result, "en").get("Guevara"));
    assertEquals("exact", result.get("hits").get(0).get("explain").get("level").asText());
  }

  @Test
  void aRussianNameHighlightsTheEnglishSpelling() throws Exception {
    JsonNode result = search("Гевара");
    assertEquals(Map.of("Guevara", "learnt", "Guevara's", "learnt"), matched(result, "en"));
    Map<String, String> ru = matched(result, "ru");
    assertEquals("exact", ru.get("Гевара"));
    assertEquals("stemmed", ru.get("Гевары"));
    assertEquals("OCR-fuzzy", ru.get("Гезара"));
  }

  @ParameterizedTest
  @CsvSource({
    // query,       language, word in the text, level
    "Khrushchev,    ru, Хрущева,      transliterated",
    "Хрущёв,        en, Khrushchev's, transliterated",
    // Snowball stems Хрущев to хрущ but Хрущева to хрущев: the name keys catch what the stemmer
    // misses
    "Хрущев,        ru, Хрущева,      transliterated",
    "Гевару,        ru, Гевара,       stemmed",
    "Khruschev,     ru, Хрущева,      transcribed",
    "Khrushchov,    ru, Хрущева,      alias",
    "Alekseyev,     ru, АЛЕКСЕЕВА,    transliterated",
    "Alekseyev,     ru, АЛЕКСЕЕВ,     transliterated",
    "Alexeyev,      ru, АЛЕКСЕЕВА,    transcribed",
    "Khrouchtchev,  ru, Хрущева,      transcribed",
    "Алексеев,      en, Alekseyev,    transliterated",
    "Lenin,         ru, Ленина,       transliterated",
    "Ленин,         en, Lenin,        transliterated",
    "Cuba,          ru, Кубы,         conventional",
    "Cuba,          ru, Куба,         conventional",
    "Куба,          en, Cuba,         conventional",
    "Andropov,      ru, Андропозу,    OCR-fuzzy",
    "Андропов,      ru, Андропозу,    OCR-fuzzy",
    "Gevara,        ru, Гевара,       transliterated",
    "Gevara,        en, Guevara,      phonetic",
  })
  void namesMatchAcrossScriptsAtTheirLevel(String query, String language, String word, String level)
      throws Exception {
    JsonNode result = search(query);
    assertEquals(1, result.get("hits").size(), query);
    // a document found only by similarity (Андропозу alone) is listed when nothing matches for
    // certain, and said to be
    boolean similar = level.equals("OCR-fuzzy");
    assertEquals(similar ? 0 : 1, result.get("total").asInt(), query);
    assertEquals(
        level,
        matched(result, language).get(word),
        query + " -> " + word + " in " + matched(result, language));
  }

  @ParameterizedTest
  @CsvSource({
    "Guevara, Гевар|Гезар|Тевар",
    "Khrushchev, Хрущев",
    "Lenin, Ленин",
    "Cuba, Куб",
    "Alekseyev, АЛЕКСЕЕВ"
  })
  void aNameQueryHighlightsOnlyFormsOfThatName(String query, String stem) throws Exception {
    Map<String, String> ru = matched(search(query), "ru");
    assertTrue(!ru.isEmpty(), query);
    for (String word : ru.keySet()) {
      assertTrue(
          word.matches("(?iu)(" + stem + ").*"), query + " highlighted " + word + " in " + ru);
    }
  }

  @Test
  void fragmentsCanShowEveryPassageSoEveryOccurrenceIsHighlighted() throws Exception {
    String russian =
        Sample.text()
            .substring(0, Sample.text().indexOf("from the diary of A. I. Alekseyev Secret"));
    Matcher forms = Pattern.compile("Гевар[аеуы]|Гезара|Тевара").matcher(russian);
    int occurrences = 0;
    while (forms.find()) {
      occurrences++;
    }
    int highlighted = 0;
    for (JsonNode snippet : search("Guevara").get("hits").get(0).get("highlight").get("ru")) {
      Matcher m = EM.matcher(snippet.asText());
      while (m.find()) {
        highlighted++;
      }
    }
    assertEquals(occurrences, highlighted);
    assertTrue(occurrences >= 15, "the sample names Guevara " + occurrences + " times in Russian");
  }

  @Test
  void aliasesFromTheVariantsFileMatchRomanizationsNoRuleConnects() throws Exception {
    JsonNode result = search("\"Mao Tse-tung\"");
    assertEquals(1, result.get("total").asInt());
    assertEquals("alias", matched(result, "ru").get("Мао Цзе-дуну"));
    assertEquals("alias", matched(result, "en").get("Mao Zedong"));
    JsonNode unquoted = search("Mao Zedong");
    assertEquals("alias", matched(unquoted, "ru").get("Мао Цзе-дуну"));
    assertEquals("exact", matched(unquoted, "en").get("Mao Zedong"));
  }

  @Test
  void aNameTypedInLowercaseIsStillMatchedAsAName() throws Exception {
    JsonNode result = search("guevara");
    assertEquals("learnt", matched(result, "ru").get("Гевара"));
    assertEquals("OCR-fuzzy", matched(result, "ru").get("Гезара"));
  }

  @Test
  void anOrdinaryWordInLowercaseIsNotExpandedAsAName(@TempDir Path dir) throws Exception {
    // "treaty" is written in lowercase in most documents: an ordinary word, so the OCR-fuzzy level
    // of names
    // does not reach the capitalised "Treatv" of the last document; capitalised in the query, it is
    // a name.
    for (int i = 0; i < 3; i++) {
      Fixtures.english(dir, "plain" + i, "The treaty was signed in Moscow; the treaty holds.");
    }
    Fixtures.english(dir, "ocr", "Treatv of friendship, scanned.");
    Path myIndex = indexed(dir);
    JsonNode lowercase = JSON.readTree(CliRun.run(myIndex, "search", "treaty", "--json").out());
    assertEquals(3, lowercase.get("total").asInt());
    assertTrue(lowercase.path("similar").isMissingNode(), lowercase.toString());
    // capitalised, it is a name: the OCR-damaged one matches too, by similarity, counted apart and
    // listed on request
    JsonNode name = JSON.readTree(CliRun.run(myIndex, "search", "Treaty", "--json").out());
    assertEquals(3, name.get("total").asInt());
    assertEquals(1, name.get("similar").asInt());
    assertEquals(
        4,
        JSON.readTree(CliRun.run(myIndex, "search", "Treaty", "--json", "--similar").out())
            .get("hits")
            .size());
  }

  @Test
  void aRussianAdjectiveOfANameBeforeItsNounFindsTheNameButASurnameInSkiyDoesNot(@TempDir Path dir)
      throws Exception {
    Fixtures.english(dir, "strait", "Shipping in the Malacca Strait was discussed with Tom Brown.");
    Fixtures.english(dir, "islands", "The Cocos Islands were transferred to Australia.");
    Path myIndex = indexed(dir);
    // Малаккский пролив is the Malacca Strait, Кокосовые острова the Cocos Islands
    assertEquals(
        List.of("strait"), CliRun.hitIds(CliRun.searchJson(myIndex, "Малаккский", "пролив")));
    assertEquals(
        List.of("islands"), CliRun.hitIds(CliRun.searchJson(myIndex, "Кокосовые", "острова")));
    // a surname in -ский alone is not the adjective of a name: Томский is not Tom
    assertEquals(List.of(), CliRun.hitIds(CliRun.searchJson(myIndex, "Томский")));
  }

  @Test
  void aNameOfSeveralWordsIsMatchedWhereItsWordsStandTogether(@TempDir Path dir) throws Exception {
    Fixtures.english(dir, "together", "Foreign Minister Thanat Khoman arrived in Canberra.");
    Fixtures.english(
        dir,
        "apart",
        "Thanat was absent; Khoman and Coman were not. Martin came early and Luther stayed.");
    Fixtures.english(dir, "islands", "Elections were held in the Solomon Islands.");
    Fixtures.english(dir, "joined", "Senator McKenna asked about Dien Bien Phu.");
    Fixtures.russian(dir, "wu", "Войска У Пей-фу отступили к Ханькоу.");
    Fixtures.russian(dir, "ordinary", "У нас не было воды. Пей, сказал он, фу, какая жара.");
    Path myIndex = indexed(dir);
    // Танат Коман is Thanat Khoman where the two stand together, though Coman is a cheaper spelling
    JsonNode together = JSON.readTree(CliRun.run(myIndex, "search", "Танат Коман", "--json").out());
    assertEquals(List.of("together"), CliRun.hitIds(together));
    assertTrue(together.path("similar").isMissingNode(), together.toString());
    // a name whose words never stand together is not found in a text that has each word apart
    JsonNode apart = JSON.readTree(CliRun.run(myIndex, "search", "Мартин Лютер", "--json").out());
    assertEquals(0, apart.get("total").asInt(), apart.toString());
    assertTrue(apart.path("similar").isMissingNode(), apart.toString());
    // each word alone finds it
    assertEquals(List.of("apart"), CliRun.hitIds(CliRun.searchJson(myIndex, "Лютер")));
    // a name Russian writes with a hyphen is one word in English
    assertEquals(List.of("joined"), CliRun.hitIds(CliRun.searchJson(myIndex, "Мак-Кенна")));
    // syllables too short for a name key stand in the Russian text's unstemmed field
    assertEquals(List.of("wu"), CliRun.hitIds(CliRun.searchJson(myIndex, "Wu", "Pei-fu")));
    // CLDR's Соломоновы о-ва, written out
    assertEquals(
        List.of("islands"), CliRun.hitIds(CliRun.searchJson(myIndex, "Соломоновы", "острова")));
  }

  /**
   * English names Russian writes by their sound, not their letters: the CMU Pronouncing
   * Dictionary's pronunciation, written by the rules, finds them both ways.
   */
  @Test
  void anEnglishNameIsFoundByItsPronunciation(@TempDir Path dir) throws Exception {
    Fixtures.english(dir, "whitelaw", "Mr Whitelaw met General Westmoreland in Saigon.");
    Fixtures.english(dir, "other", "Mr White and Mr Law met General Moreland.");
    Fixtures.russian(dir, "uaitlo", "Министр Уайтло прибыл в Белфаст.");
    Path myIndex = indexed(dir);
    assertEquals(List.of("whitelaw"), CliRun.hitIds(CliRun.searchJson(myIndex, "Уэстморленд")));
    JsonNode whitelaw = CliRun.searchJson(myIndex, "Уайтло");
    assertEquals(List.of("uaitlo", "whitelaw"), sorted(CliRun.hitIds(whitelaw)));
    assertEquals(
        List.of("uaitlo", "whitelaw"),
        sorted(CliRun.hitIds(CliRun.searchJson(myIndex, "Whitelaw"))));
    CliRun explained = CliRun.run(myIndex, "search", "Уайтло", "--explain");
    assertTrue(explained.out().contains("en Whitelaw  transcribed <- Уайтло"), explained.out());
  }

  /**
   * A Russian word written in lowercase in most documents that have it is no name of theirs, even
   * where a sentence starts with it: Nash is not Наша, Нашему.
   */
  @Test
  void aRussianWordCapitalisedOnlyAtTheStartOfASentenceIsNoName(@TempDir Path dir)
      throws Exception {
    Fixtures.english(dir, "nash", "Mr Nash arrived in Canberra.");
    Fixtures.russian(dir, "start", "Наша страна сильна. Нашему народу нужен мир.");
    Fixtures.russian(dir, "lower1", "Это наш путь, и наша партия.");
    Fixtures.russian(dir, "lower2", "Они пришли к нашим друзьям, наша цель ясна.");
    Fixtures.russian(dir, "lower3", "Такова наша работа.");
    Fixtures.russian(dir, "molotov", "Молотов прибыл. Молотову сказали.");
    Path myIndex = indexed(dir);
    assertEquals(List.of("nash"), CliRun.hitIds(CliRun.searchJson(myIndex, "Nash")));
    // a name the Russian texts write only capitalised is still found letter for letter
    assertEquals(List.of("molotov"), CliRun.hitIds(CliRun.searchJson(myIndex, "Molotov")));
  }

  /** Indexes the fixtures written to {@code dir} into {@code dir/index}, which it returns. */
  /**
   * A place the place files know is written in the other script by its conventional name: its
   * by-sound look-alikes are other names, and OCR damage is measured from the conventional name.
   */
  @Test
  void aPlaceIsFoundByItsConventionalNameNotBySound(@TempDir Path dir) throws Exception {
    Fixtures.english(dir, "rhine", "The Rhine was crossed at Remagen in March.");
    Fixtures.english(dir, "wran", "Premier Wran spoke to the press in Sydney.");
    Fixtures.english(dir, "capital", "The Embassy in Washington replied.");
    Fixtures.english(dir, "capital2", "Washington agreed with the plan.");
    Fixtures.english(dir, "ocr", "Cablegram to the Embassy, Washlngton, on the loan.");
    Path myIndex = indexed(dir);
    assertEquals(List.of("rhine"), CliRun.hitIds(CliRun.searchJson(myIndex, "Рейн")));
    JsonNode capital = CliRun.searchJson(myIndex, "Вашингтон");
    assertEquals(List.of("capital", "capital2"), sorted(CliRun.hitIds(capital)));
    assertEquals(1, capital.path("similar").asInt(), "the OCR-damaged one, reported apart");
    assertEquals(
        List.of("capital", "capital2", "ocr"),
        sorted(CliRun.hitIds(CliRun.searchJson(myIndex, "Вашингтон", "--similar"))));
    // a name that is no place keeps its by-sound level
    assertEquals(List.of("wran"), CliRun.hitIds(CliRun.searchJson(myIndex, "Рэн")));
  }

  private static Path indexed(Path dir) {
    Path myIndex = dir.resolve("index");
    assertEquals(0, CliRun.run(myIndex, "index", dir.toString()).status());
    return myIndex;
  }

  private static List<String> sorted(List<String> ids) {
    List<String> copy = new java.util.ArrayList<>(ids);
    copy.sort(null);
    return copy;
  }

  @Test
  void exactTurnsEveryExpansionOff() throws Exception {
    JsonNode guevara = search("Guevara", "--exact");
    assertEquals(1, guevara.get("total").asInt());
    assertTrue(
        guevara.get("hits").get(0).get("highlight").path("ru").isMissingNode(), "no Russian forms");
    assertEquals(Map.of("Guevara", "exact", "Guevara's", "exact"), matched(guevara, "en"));
    assertEquals(Map.of("Гевары", "exact"), matched(search("Гевары", "--exact"), "ru"));
    assertEquals(0, search("Gevara", "--exact").get("total").asInt());
    assertEquals(0, search("Khrushchov", "--exact").get("total").asInt());
    assertEquals(0, search("conversations", "--exact").get("total").asInt());
  }

  @Test
  void textExplainNamesTheLevelOfEachWord() {
    CliRun run = CliRun.run(index, "search", "Guevara", "--explain");
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().contains("matched (best: exact):"), run.out());
    assertTrue(run.out().contains("ru Гевара  learnt <- Guevara"), run.out());
  }

  @Test
  void aLineAddedToTheVariantsFileChangesTheNextSearchWithoutReindexing(@TempDir Path dir)
      throws Exception {
    Path config = dir.resolve("config");
    Fixtures.copyTree(Sample.CONFIG, config);
    Path myIndex = dir.resolve("index");
    Environment env =
        new Environment(
            Sample.PROJECT,
            Map.of("DOSSIER_CONFIG", config.toString(), "DOSSIER_INDEX", myIndex.toString()));
    assertEquals(0, CliRun.runIn(env, "index", Sample.FILE.toString()).status());
    assertEquals(0, total(env, "Comandante"));
    java.nio.file.Files.writeString(
        config.resolve("name-variants.txt"),
        "\nComandante, Гевара\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertEquals(1, total(env, "Comandante"));
    CliRun explained = CliRun.runIn(env, "search", "Comandante", "--explain");
    assertTrue(explained.out().contains("ru Гевара  alias <- Comandante"), explained.out());
  }

  private static int total(Environment env, String query) throws Exception {
    CliRun run = CliRun.runIn(env, "search", query, "--json");
    assertEquals(0, run.status(), run.toString());
    return JSON.readTree(run.out()).get("total").asInt();
  }
}
