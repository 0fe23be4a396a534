package dev.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitQueriesTest {

  @Test
  void anAliasPhraseHoldingOneOfTheGroupsWordsIsDropped() {
    // "Fidel Castro" and "Фидель Кастро" hold Castro / Кастро, which are variants themselves
    assertEquals(
        List.of("Castro", "Кастро"),
        UnitQueries.withoutSubsumedPhrases("Castro", List.of("Fidel Castro", "Castro", "Фидель Кастро", "Кастро")));
    // "Josip Broz" holds no single variant: it stays
    assertEquals(
        List.of("Josip Broz", "Тито"),
        UnitQueries.withoutSubsumedPhrases("Tito", List.of("Josip Broz Tito", "Josip Broz", "Тито", "Иосип Броз Тито")));
    // a phrase query keeps phrases that do not hold one of the group's single words
    assertEquals(
        List.of("Mao Zedong", "Мао Цзе-дуну"),
        UnitQueries.withoutSubsumedPhrases("Mao Tse-tung", List.of("Mao Zedong", "Мао Цзе-дуну")));
  }
}
