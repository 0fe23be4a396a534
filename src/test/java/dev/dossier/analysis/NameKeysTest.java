package dev.dossier.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import org.junit.jupiter.api.Test;

class NameKeysTest {

  private static boolean phoneticMatch(String a, String b) {
    return !Collections.disjoint(NameKeys.of(a).phonetic(), NameKeys.of(b).phonetic());
  }

  @Test
  void grammaticalCasesShareOneTranslitKey() {
    for (String form : new String[] {"Гевара", "Гевары", "Геваре", "Гевару", "Геварой"}) {
      assertEquals("gevar", NameKeys.translit(form), form);
    }
    for (String form :
        new String[] {"Хрущев", "Хрущева", "Хрущеву", "Хрущевым", "Хрущёв", "ХРУЩЕВА"}) {
      assertEquals("khrushchev", NameKeys.translit(form), form);
    }
  }

  @Test
  void bgnTransliterationMeetsTheEnglishSpelling() {
    assertEquals(NameKeys.russianKey("Khrushchev"), NameKeys.translit("Хрущева"));
    assertEquals(NameKeys.russianKey("Alekseyev"), NameKeys.translit("АЛЕКСЕЕВА"));
    assertEquals(NameKeys.russianKey("Lenin"), NameKeys.translit("Ленина"));
    assertEquals(NameKeys.russianKey("Andropov"), NameKeys.translit("Андропову"));
    assertEquals(NameKeys.russianKey("Kennedy"), NameKeys.translit("Кеннеди"));
    assertEquals(NameKeys.translit("Guevara's"), NameKeys.translit("Guevara"));
  }

  @Test
  void aLatinNameIsKeyedByAllItsLettersARussianOneByItsStem() {
    assertEquals("tito", NameKeys.translit("Tito"));
    assertEquals("kennedy", NameKeys.translit("Kennedy's"));
    assertEquals("kenned", NameKeys.russianKey("Kennedy"));
    assertEquals("kenned", NameKeys.translit("Кеннеди"));
    // э is no case ending: Уитлэм keeps its last syllable, and does not meet Уитли
    assertEquals("uitlem", NameKeys.translit("Уитлэм"));
    assertEquals("uitlem", NameKeys.translit("Уитлэма"));
    assertNotEquals(NameKeys.translit("Уитли"), NameKeys.translit("Уитлэм"));
  }

  @Test
  void phoneticCodesJoinSpellingsThatTransliterationDoesNot() {
    assertNotEquals(NameKeys.translit("Guevara"), NameKeys.translit("Гевара"));
    assertTrue(phoneticMatch("Guevara", "Гевара"));
    assertTrue(phoneticMatch("Guevara", "Гевары"));
    assertTrue(phoneticMatch("Cuba", "Кубы"));
    assertTrue(phoneticMatch("Alekseev", "Алексеев"));
    assertTrue(phoneticMatch("Alexeyev", "Alekseyev"));
    assertTrue(phoneticMatch("Khruschev", "Хрущев"));
  }

  @Test
  void shShchAndChStayApart() {
    // Any-Latin plus accent stripping would merge them; BGN does not
    assertEquals("shur", NameKeys.translit("Шуров").substring(0, 4));
    assertEquals("shchur", NameKeys.translit("Щуров").substring(0, 6));
    assertEquals("chur", NameKeys.translit("Чуров").substring(0, 4));
    assertNotEquals(NameKeys.translit("Шуров"), NameKeys.translit("Чуров"));
  }

  @Test
  void wordsThatOnlyLookOrSoundAlikeDoNotMatch() {
    assertFalse(phoneticMatch("Гевара", "Говорю"));
    assertFalse(phoneticMatch("Гевара", "Говоря"));
    assertFalse(phoneticMatch("Cuba", "Куда"));
    assertFalse(phoneticMatch("Lenin", "Ленив"));
    assertNotEquals(NameKeys.translit("Lenin"), NameKeys.translit("Ленив"));
  }

  @Test
  void shortWordsAndNonWordsHaveNoKeys() {
    assertTrue(NameKeys.of("He").translit().isEmpty());
    assertTrue(NameKeys.of("—").phonetic().isEmpty());
    assertTrue(NameKeys.of("").translit().isEmpty());
  }
}
