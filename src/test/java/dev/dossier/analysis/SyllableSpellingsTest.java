package dev.dossier.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.SyllableTable;
import dev.dossier.config.TranscriptionTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chinese and Japanese names written syllable by syllable, by the shipped syllable tables. */
class SyllableSpellingsTest {

  private static final SyllableTable SHIPPED = SyllableTable.load(Path.of("index-config"));
  private static final SyllableSpellings SYLLABLES = new SyllableSpellings(SHIPPED);
  private static final Transcriber TRANSCRIBER =
      new Transcriber(TranscriptionTable.load(Path.of("index-config")));

  @Test
  void shippedTablesAreChineseAndJapanese() {
    assertEquals(
        List.of("ja", "zh"),
        SHIPPED.languages().stream().map(SyllableTable.Language::name).toList());
  }

  @Test
  void wadeGilesIsWrittenAsPalladius() {
    // Wade-Giles k, t and ch without their apostrophes are g, d and zh/j; hs is x
    assertEquals(0.0, SYLLABLES.cost("kuomintang", "гоминдан"));
    assertEquals(0.0, SYLLABLES.cost("tung", "дун"));
    assertEquals(0.0, SYLLABLES.cost("hsiang", "сян"));
    assertEquals(0.0, SYLLABLES.cost("chiang", "цзян"));
    assertEquals(0.0, SYLLABLES.cost("chih", "чжи"));
    assertEquals(0.0, SYLLABLES.cost("tse", "цзэ"));
    assertEquals(0.0, SYLLABLES.cost("hsueh", "сюэ"));
  }

  @Test
  void pinyinAndPostalSpellingsAreWrittenAsPalladius() {
    assertEquals(0.0, SYLLABLES.cost("xiaoping", "сяопин"));
    assertEquals(0.0, SYLLABLES.cost("zhou", "чжоу"));
    assertEquals(0.0, SYLLABLES.cost("tientsin", "тянцзин")); // Тяньцзинь, signs left out
    assertEquals(0.0, SYLLABLES.cost("hupeh", "хубэй"));
    assertEquals(0.0, SYLLABLES.cost("hankow", "ханкоу"));
  }

  @Test
  void olderSovietFormsCostMore() {
    assertEquals(0.5, SYLLABLES.cost("feng", "фын"));
    assertEquals(0.0, SYLLABLES.cost("feng", "фэн"));
  }

  @Test
  void japaneseIsWrittenByPolivanov() {
    assertEquals(0.0, SYLLABLES.cost("suzuki", "судзуки"));
    assertEquals(0.0, SYLLABLES.cost("kishi", "киси"));
    assertEquals(0.0, SYLLABLES.cost("tojo", "тодзе")); // Тодзё, ё read as е
    assertEquals(0.5, SYLLABLES.cost("tojo", "тодзио"));
    assertEquals(0.0, SYLLABLES.cost("hattori", "хаттори"));
    assertEquals(0.0, SYLLABLES.cost("tanaka", "танака"));
  }

  @Test
  void wordsThatAreNoRunOfSyllablesHaveNoSpelling() {
    assertEquals(Double.POSITIVE_INFINITY, SYLLABLES.cost("roosevelt", "рузвельт"));
    assertTrue(SYLLABLES.cyrillic("roosevelt", 3, 100).isEmpty());
    assertTrue(SYLLABLES.cost("suzuki", "сузуки") > 0); // English-style zu is not Polivanov's
  }

  @Test
  void spellingsAreEnumeratedCheapestFirst() {
    Map<String, Double> cyrillic = SYLLABLES.cyrillic("suzuki", 1, 50);
    assertEquals("судзуки", cyrillic.keySet().iterator().next());
    Map<String, Double> latin = SYLLABLES.latin("судзуки", 1, 50);
    assertTrue(latin.containsKey("suzuki"), latin.toString());
    assertTrue(SYLLABLES.latin("гоминдан", 1, 500).containsKey("kuomintang"));
  }

  @Test
  void theTranscriberJoinsSyllableSpellingsBothWays() {
    assertEquals(0.0, TRANSCRIBER.pairCost("Судзуки", "Suzuki"));
    assertEquals(0.0, TRANSCRIBER.pairCost("Kuomintang", "Гоминдан"));
    assertTrue(
        TRANSCRIBER.candidates("Suzuki", 2, 50).stream()
            .anyMatch(c -> c.spelling().equals("судзуки") && c.cost() == 0));
  }
}
