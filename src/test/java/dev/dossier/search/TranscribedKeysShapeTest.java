package dev.dossier.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TranscribedKeysShapeTest {

  @Test
  void aSpellingOfAPronunciationHasItsSyllablesAndItsEnd() {
    assertTrue(TranscribedKeys.sameShape("waitlo", "уайтло"));
    assertTrue(TranscribedKeys.sameShape("westmorlend", "уэстморленд"));
    assertTrue(TranscribedKeys.sameShape("byukenen", "бьюкенен"));
    assertTrue(TranscribedKeys.sameShape("heyg", "хейг"));
    assertTrue(TranscribedKeys.sameShape("iden", "иден"));
  }

  @Test
  void aDroppedVowelOrAVowelForAFinalConsonantIsAnotherShape() {
    assertFalse(TranscribedKeys.sameShape("dales", "далеы"), "a plural ending for s");
    assertFalse(TranscribedKeys.sameShape("melake", "мелкая"), "a vowel dropped");
    assertFalse(TranscribedKeys.sameShape("iden", "идена"));
  }
}
