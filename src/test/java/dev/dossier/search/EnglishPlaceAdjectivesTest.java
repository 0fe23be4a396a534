package dev.dossier.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.NameVariants;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A place's English adjective, told from a name by the shipped place names. */
class EnglishPlaceAdjectivesTest {

  private static final NameVariants PLACES = NameVariants.loadPlaces(Path.of("index-config"));

  @Test
  void adjectivesOfPlacesAreKnown() {
    for (String word : new String[] {"Cuban", "Cubans", "Korean", "Indian", "Russians"}) {
      assertTrue(EnglishPlaceAdjectives.isOne(word, PLACES), word);
    }
  }

  @Test
  void namesAndOtherScriptsAreNot() {
    for (String word : new String[] {"Kuban", "Roosevelt", "Cuba", "Кубань", "Dean"}) {
      assertFalse(EnglishPlaceAdjectives.isOne(word, PLACES), word);
    }
  }
}
