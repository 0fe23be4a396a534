package dev.dossier.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.TranscriptionTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranscriberTest {

  private static final TranscriptionTable TABLE = TranscriptionTable.load(Path.of("index-config"));
  private static final Transcriber SHIPPED = new Transcriber(TABLE);

  @Test
  void everyRuleWritesItsLettersInEachDirectionItIsUsedIn() {
    List<String> failures = new ArrayList<>();
    for (TranscriptionTable.Rule rule : TABLE.rules()) {
      if (rule.latin().isEmpty() || rule.cyrillic().isEmpty()) {
        continue; // a silent letter: tested with the words below
      }
      // a table of this one rule and the identity of nothing else: the rule alone must do the work
      Transcriber alone = new Transcriber(TranscriptionTable.of(List.of(rule)));
      if (rule.toCyrillic() >= 0) {
        Transcriber.Derivation d = alone.derivation(rule.latin(), rule.cyrillic());
        if (d == null || d.cost() != rule.toCyrillic()) {
          failures.add(TranscriptionTable.identity(rule) + " to Cyrillic: " + d);
        }
      } else if (alone.derivation(rule.latin(), rule.cyrillic()) != null) {
        failures.add(TranscriptionTable.identity(rule) + " is used to Cyrillic though marked x");
      }
      if (rule.toLatin() >= 0) {
        Transcriber.Derivation d = alone.derivation(rule.cyrillic(), rule.latin());
        if (d == null || d.cost() != rule.toLatin()) {
          failures.add(TranscriptionTable.identity(rule) + " to Latin: " + d);
        }
      }
    }
    assertTrue(failures.isEmpty(), failures.toString());
  }

  @ParameterizedTest
  @CsvSource({
    // English (or other Latin) spelling, Soviet spelling
    "Roosevelt,    Рузвельт",
    "Chamberlain,  Чемберлен",
    "Rusk,         Раск",
    "Attlee,       Эттли",
    "Whitlam,      Уитлэм",
    "Churchill,    Черчилль",
    "Truman,       Трумэн",
    "Guevara,      Гевара",
    "Khrushchev,   Хрущев",
    "McNamara,     Макнамара",
    "George,       Джордж",
    "Pompidou,     Помпиду",
    "Hitler,       Гитлер",
  })
  void namesWrittenBySoundAreWrittenBothWaysWithinTheLimit(String latin, String russian) {
    Transcriber.Derivation there = SHIPPED.derivation(latin, russian);
    Transcriber.Derivation back = SHIPPED.derivation(russian, latin);
    assertNotNull(there, latin + " -> " + russian);
    assertNotNull(back, russian + " -> " + latin);
    assertTrue(
        there.cost() <= Transcriber.costLimit(latin.length()),
        latin + " -> " + russian + ": " + there);
    assertTrue(
        back.cost() <= Transcriber.costLimit(russian.length()),
        russian + " -> " + latin + ": " + back);
    // and the candidates a query enumerates include the spelling
    assertTrue(
        spellings(latin).contains(russian.toLowerCase().replace("ь", "")),
        latin + ": " + spellings(latin));
    assertTrue(
        spellings(russian).contains(latin.toLowerCase()), russian + ": " + spellings(russian));
  }

  @ParameterizedTest
  @CsvSource({"Eisenhower, Эйзенхауэр", "Casey, Кейси"})
  void dearerSpellingsAreStillDerivedForPassagesToLearnFrom(String latin, String russian) {
    // beyond a query's limit one way, within the wider limit of names learnt from aligned passages
    Transcriber.Derivation back = SHIPPED.derivation(russian, latin);
    assertNotNull(back);
    assertTrue(back.cost() > Transcriber.costLimit(russian.length()), back.toString());
    assertTrue(back.cost() <= Transcriber.costLimit(russian.length()) + 1.5, back.toString());
  }

  private static List<String> spellings(String word) {
    return SHIPPED.candidates(word, Transcriber.costLimit(word.length()), 50_000).stream()
        .map(Transcriber.Candidate::spelling)
        .toList();
  }

  @Test
  void candidatesComeCheapestFirstWithTheUsualSpellingFirst() {
    List<Transcriber.Candidate> candidates = SHIPPED.candidates("Lenin", 3, 1000);
    assertEquals("ленин", candidates.get(0).spelling());
    assertEquals(0.0, candidates.get(0).cost());
    for (int i = 1; i < candidates.size(); i++) {
      assertTrue(
          candidates.get(i - 1).cost() <= candidates.get(i).cost(),
          candidates.subList(0, i + 1).toString());
    }
    // weights order alternatives: u as у is the usual reading, u as а (Rusk - Раск) a dearer one
    double usual = costOf("Rusk", "руск");
    double bySound = costOf("Rusk", "раск");
    assertTrue(usual < bySound, usual + " < " + bySound);
    assertTrue(costOf("Рузвельт", "ruzvelt") < costOf("Рузвельт", "roosevelt"));
  }

  private static double costOf(String word, String spelling) {
    return SHIPPED.candidates(word, 3, 50_000).stream()
        .filter(c -> c.spelling().equals(spelling))
        .findFirst()
        .orElseThrow()
        .cost();
  }

  @Test
  void englishVowelsAndSilentLettersWrittenBySoundAreWithinTheLimit() {
    // a silent gh after [ju:], a voiced -es, a as эй, [ʌ] as э
    assertWithinTheLimit("Хьюз Hughes", "Пью Pugh", "Уэйвелл Wavell", "Хэмфри Humphrey");
  }

  @Test
  void portugueseAndThaiNamesAreWithinTheLimit() {
    // Portuguese final s and os, x as ш; Thai kh and ph as к and п
    assertWithinTheLimit(
        "Рамуш Ramos", "Лопеш Lopes", "Шавьер Xavier", "Коман Khoman", "Пибун Phibun");
  }

  @Test
  void englishFrenchAndHungarianConventionsOfThisRoundAreWithinTheLimit() {
    // English: [ju:] at the start, [ʃi], a silent g, ay as э, a silent h after the first vowel;
    // French: -aud, -et, -ent; Hungarian sz
    assertWithinTheLimit(
        "Юнайтед United",
        "Ассошиэйтед Associated",
        "Форин Foreign",
        "Мэхью Mayhew",
        "Эрлихман Ehrlichman",
        "Рейно Reynaud",
        "Лонгэ Longuet",
        "Лоран Laurent",
        "Миндсенти Mindszenty");
  }

  /** Each "Russian Latin" pair costs at most the limit of its Russian word's length. */
  private static void assertWithinTheLimit(String... pairs) {
    for (String pair : pairs) {
      String[] words = pair.split(" ");
      double cost = SHIPPED.pairCost(words[0], words[1]);
      assertTrue(cost <= Transcriber.costLimit(words[0].length()), pair + ": " + cost);
    }
  }

  @Test
  void limitsBoundTheWork() {
    assertEquals(10, SHIPPED.candidates("Chamberlain", 3, 10).size());
    assertTrue(SHIPPED.candidates("Chamberlain", 0, 1000).stream().allMatch(c -> c.cost() == 0));
    assertTrue(SHIPPED.candidates("12345", 3, 10).isEmpty(), "no letters");
    assertTrue(SHIPPED.candidates("Ελλάδα", 3, 10).isEmpty(), "Greek is not transcribed");
  }

  @Test
  void aDerivationNamesItsRules() {
    Transcriber.Derivation d = SHIPPED.derivation("Roosevelt", "Рузвельт");
    assertFalse(d.rules().isEmpty());
    assertTrue(
        d.rules().stream().anyMatch(r -> r.latin().equals("oo") && r.cyrillic().equals("у")),
        d.toString());
    assertNull(SHIPPED.derivation("Roosevelt", "Черчилль"));
  }

  @Test
  void russianRomanizationIsIcusBgnLetters() {
    assertEquals("khrushchev", RussianRomanizer.romanize("хрущев"));
    assertEquals("yeltsin", RussianRomanizer.romanize("ельцин"));
    assertEquals("podyezd", RussianRomanizer.romanize("подъезд"));
    assertEquals("khubee", RussianRomanizer.romanize("хубэе")); // ICU writes е after э as e
  }

  @Test
  void aPairCostsWhatTheCheaperDirectionCharges() {
    // Russian writes the English name by sound more cheaply than English would write it back
    double there = SHIPPED.derivation("McCone", "Маккоун").cost();
    double back = SHIPPED.derivation("Маккоун", "McCone").cost();
    assertTrue(there < back, there + " vs " + back);
    assertEquals(there, SHIPPED.pairCost("Маккоун", "McCone"));
    assertEquals(there, SHIPPED.pairCost("McCone", "Маккоун"));
    assertTrue(SHIPPED.pairCost("Маккоун", "McCone") <= Transcriber.costLimit(7));
    assertEquals(Double.POSITIVE_INFINITY, SHIPPED.pairCost("Рузвельт", "Churchill"));
  }

  @Test
  void theSpellingAutomatonHoldsSpellingsEnumerationWouldReachTooLate() {
    // Маккоун's Latin spellings run to thousands before mccone; the automaton holds it at any cost
    String mccone = "mccone";
    assertTrue(
        SHIPPED.candidates("Маккоун", Transcriber.costLimit(7), 200).stream()
            .noneMatch(c -> c.spelling().equals(mccone)),
        "not among the first 200 spellings");
    org.apache.lucene.util.automaton.Automaton a = SHIPPED.latinSpellings("t:", "Маккоун");
    org.apache.lucene.util.automaton.CharacterRunAutomaton run =
        new org.apache.lucene.util.automaton.CharacterRunAutomaton(
            org.apache.lucene.util.automaton.Operations.determinize(a, 100_000));
    assertTrue(run.run("t:" + mccone));
    assertTrue(run.run("t:makkoun"), "letter for letter");
    assertFalse(run.run(mccone), "the field's prefix first");
    assertFalse(run.run("t:smith"));
    assertNull(SHIPPED.latinSpellings("t:", "McCone"), "only a Russian word");
  }

  @ParameterizedTest
  @CsvSource({
    // a convention of the French, Italian, Spanish, Polish, German and African tables each
    "Daladier,  Даладье",
    "Gramsci,   Грамши",
    "Trujillo,  Трухильо",
    "Tshombe,   Чомбе",
    "Sinkiang,  Синьцзян",
    "Walker,    Уокер",
  })
  void conventionsOfOtherLanguagesAreWrittenToo(String latin, String russian) {
    double limit = Transcriber.costLimit(latin.length());
    assertTrue(SHIPPED.pairCost(latin, russian) <= limit, latin + " " + russian);
  }
}
