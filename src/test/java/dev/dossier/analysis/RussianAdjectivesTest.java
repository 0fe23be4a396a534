package dev.dossier.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RussianAdjectivesTest {

  @Test
  void anAdjectiveOfANameGivesTheNounsItIsMadeFrom() {
    assertTrue(RussianAdjectives.nounsOf("Малаккский").contains("малакка"));
    assertTrue(RussianAdjectives.nounsOf("Малаккского").contains("малакка"));
    assertTrue(RussianAdjectives.nounsOf("Багамские").contains("багамы"));
    assertTrue(RussianAdjectives.nounsOf("Атлантический").contains("атлантик"));
    assertTrue(RussianAdjectives.nounsOf("Каспийское").contains("каспий"));
    assertTrue(RussianAdjectives.nounsOf("Индийский").contains("индия"));
    assertTrue(RussianAdjectives.nounsOf("Американского").contains("америка"));
    assertEquals(java.util.List.of("кокос"), RussianAdjectives.nounsOf("Кокосовые"));
    assertEquals(java.util.List.of("соломон"), RussianAdjectives.nounsOf("Соломоновы"));
    assertEquals(java.util.List.of("маршалл"), RussianAdjectives.nounsOf("Маршалловы"));
  }

  @Test
  void aWordThatIsNotSuchAnAdjectiveGivesNone() {
    assertEquals(java.util.List.of(), RussianAdjectives.nounsOf("Гевара"));
    assertEquals(java.util.List.of(), RussianAdjectives.nounsOf("Троцкий")); // -цкий: no noun
    assertEquals(java.util.List.of(), RussianAdjectives.nounsOf("Minsk"));
    assertEquals(java.util.List.of(), RussianAdjectives.nounsOf("Тский")); // too short a noun
  }
}
