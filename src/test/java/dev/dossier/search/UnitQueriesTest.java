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
        Expansion.withoutSubsumedPhrases(
            "Castro", List.of("Fidel Castro", "Castro", "Фидель Кастро", "Кастро")));
    // "Josip Broz" holds no single variant: it stays
    assertEquals(
        List.of("Josip Broz", "Тито"),
        Expansion.withoutSubsumedPhrases(
            "Tito", List.of("Josip Broz Tito", "Josip Broz", "Тито", "Иосип Броз Тито")));
    // a phrase query keeps phrases that do not hold one of the group's single words
    assertEquals(
        List.of("Mao Zedong", "Мао Цзе-дуну"),
        Expansion.withoutSubsumedPhrases("Mao Tse-tung", List.of("Mao Zedong", "Мао Цзе-дуну")));
  }

  @Test
  void aWordWithoutAFieldSearchesOnlyTheLanguagesTheIndexHas() throws Exception {
    dev.dossier.index.IndexSchema schema =
        dev.dossier.index.IndexSchema.of(
            dev.dossier.config.IndexConfigLoader.load(dev.dossier.testing.Sample.CONFIG));
    UnitQueries units =
        new UnitQueries(
            schema, NameResources.none(schema), new NameSeeds(null), false, List.of("ru", "en"));
    String query = QueryReader.read(schema, "treaty", units).query().toString();
    org.junit.jupiter.api.Assertions.assertTrue(query.contains("text_en:treati"), query);
    org.junit.jupiter.api.Assertions.assertFalse(query.contains("text_es"), query);
    String spanish = QueryReader.read(schema, "es:tratado", units).query().toString();
    org.junit.jupiter.api.Assertions.assertTrue(
        spanish.contains("text_es"), "a language named in the query is searched: " + spanish);
  }

  @Test
  void aWordFoundBySoundThatNamesAnotherPlaceIsRefused() {
    dev.dossier.config.NameVariants places =
        dev.dossier.config.NameVariants.loadPlaces(java.nio.file.Path.of("index-config"));
    // Beirut is Бейрут in Russian: Берут (Bierut) is someone else
    org.junit.jupiter.api.Assertions.assertTrue(
        UnitQueries.isAnotherPlace("Берут", "beirut", places));
    // the place's own name, in any case form, is not refused
    org.junit.jupiter.api.Assertions.assertFalse(
        UnitQueries.isAnotherPlace("Бейрут", "beirut", places));
    org.junit.jupiter.api.Assertions.assertFalse(
        UnitQueries.isAnotherPlace("Бейрута", "beirut", places));
    // a word that is no place is not refused
    org.junit.jupiter.api.Assertions.assertFalse(
        UnitQueries.isAnotherPlace("Раск", "rusk", places));
  }
}
