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
  void theFirstLettersAfterAPrefixAreReadFromTheAutomaton() {
    org.apache.lucene.util.automaton.Automaton spellings =
        org.apache.lucene.util.automaton.Operations.union(
            org.apache.lucene.util.automaton.Automata.makeString("t:waitlo"),
            org.apache.lucene.util.automaton.Automata.makeString("t:iden"));
    org.junit.jupiter.api.Assertions.assertEquals(
        java.util.Set.of('w', 'i'), TranscribedKeys.firstLetters(spellings, "t:"));
    org.junit.jupiter.api.Assertions.assertEquals(
        java.util.Set.of('t'), TranscribedKeys.firstLetters(spellings, ""));
  }

  @Test
  void aDroppedVowelOrAVowelForAFinalConsonantIsAnotherShape() {
    assertFalse(TranscribedKeys.sameShape("dales", "далеы"), "a plural ending for s");
    assertFalse(TranscribedKeys.sameShape("melake", "мелкая"), "a vowel dropped");
    assertFalse(TranscribedKeys.sameShape("iden", "идена"));
  }
}
