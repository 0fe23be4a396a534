package dev.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameRunsTest {

  private static int end(String query) {
    return NameRuns.end(QueryWords.parts(query), 0, j -> false);
  }

  @Test
  void capitalisedWordsOfOneScriptMakeARun() {
    assertEquals(2, end("Танат Коман"));
    assertEquals(2, end("Thanat Khoman visit")); // a lowercase word ends it
    assertEquals(3, end("Чан Кай-ши")); // a hyphenated name is read as its syllables
    assertEquals(3, end("Лопеш да Круш")); // a particle between capitals belongs to the name
  }

  @Test
  void noRunWithoutTwoCapitalisedWordsOfOneScript() {
    assertEquals(0, end("Гевара"));
    assertEquals(0, end("ван Ройен")); // one capitalised word: a name of one word
    assertEquals(0, end("Танат Khoman")); // two scripts: two names
    assertEquals(0, end("Roosevelt and")); // "and" is no particle of a name
  }

  @Test
  void aTrailingParticleAndAGroupOfItsOwnAreNotPartOfTheRun() {
    assertEquals(2, end("Ким Гу де"));
    // a word that starts a group of its own (an alias, a place, a glossary term) ends the run
    assertEquals(0, NameRuns.end(QueryWords.parts("Соломоновы острова Фиджи"), 0, j -> j == 1));
    assertEquals(2, NameRuns.end(QueryWords.parts("Танат Коман Фиджи"), 0, j -> j == 2));
  }

  @Test
  void theHyphensOfAWordAreKnownAfterItIsSplit() {
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        new boolean[] {true, false}, QueryWords.joinedToNext("Мак-Кенна"));
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        new boolean[] {false, true, false}, QueryWords.joinedToNext("Чан Кай-ши"));
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        new boolean[] {false, false}, QueryWords.joinedToNext("Танат  Коман"));
  }

  @Test
  void particlesAreKnownInBothScripts() {
    assertEquals(true, NameRuns.isParticle("de"));
    assertEquals(true, NameRuns.isParticle("фон"));
    assertEquals(true, NameRuns.isParticle("д'"));
    assertEquals(false, NameRuns.isParticle("Press"));
  }
}
