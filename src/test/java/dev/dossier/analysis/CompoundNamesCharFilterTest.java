package dev.dossier.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The later syllables of hyphenated names, given their name's capital. */
class CompoundNamesCharFilterTest {

  @Test
  void laterSyllablesOfACapitalisedCompoundAreCapitalised() {
    assertEquals(
        "Чжан Цзо-Лин и Чан Кай-Ши",
        CompoundNamesCharFilter.capitalise("Чжан Цзо-лин и Чан Кай-ши"));
    assertEquals("Sun Yat-Sen's", CompoundNamesCharFilter.capitalise("Sun Yat-sen's"));
    assertEquals("Ким Ир-Сен-Ын", CompoundNamesCharFilter.capitalise("Ким Ир-сен-ын"));
  }

  @Test
  void ordinaryCompoundsAreLeftAlone() {
    // the first part in lowercase, or a later part too long for a syllable
    assertEquals("well-known, 1961-62", CompoundNamesCharFilter.capitalise("well-known, 1961-62"));
    assertEquals("Франко-германский", CompoundNamesCharFilter.capitalise("Франко-германский"));
    assertEquals("Soviet-American", CompoundNamesCharFilter.capitalise("Soviet-American"));
    assertEquals("- dash - here", CompoundNamesCharFilter.capitalise("- dash - here"));
  }

  @Test
  void offsetsAreKept() throws IOException {
    String text = "Сун Ят-сен.";
    try (CompoundNamesCharFilter filter = new CompoundNamesCharFilter(new StringReader(text))) {
      char[] out = new char[32];
      int n = filter.read(out, 0, out.length);
      assertEquals("Сун Ят-Сен.", new String(out, 0, n));
      assertEquals(7, filter.correctOffset(7));
    }
  }
}
