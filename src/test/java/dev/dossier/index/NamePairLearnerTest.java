package dev.dossier.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.analysis.NameKeys;
import org.junit.jupiter.api.Test;

/** The learner's cheap test of two names' keys before it searches for a transcription. */
class NamePairLearnerTest {

  @Test
  void namesWrittenBySoundAreAlike() {
    assertTrue(NamePairLearner.alike("roosevelt", "ruzvelt")); // Roosevelt, Рузвельт
    assertTrue(NamePairLearner.alike("whitlam", "uitlem")); // Whitlam, Уитлэм
    assertTrue(NamePairLearner.alike("chamberlain", "chemberlen")); // Chamberlain, Чемберлен
    assertTrue(NamePairLearner.alike("rusk", "rask")); // Rusk, Раск
    assertTrue(NamePairLearner.alike("attlee", "ettli")); // Attlee, Эттли
    assertTrue(NamePairLearner.alike(NameKeys.translit("Guevara"), NameKeys.translit("Гевары")));
  }

  @Test
  void twoDifferentWordsAreNot() {
    // pairs the learner once made from generated passages, before this test: Азии ~ Use, Желаю ~
    // July
    assertFalse(NamePairLearner.alike(NameKeys.translit("Use"), NameKeys.translit("Азии")));
    assertFalse(NamePairLearner.alike(NameKeys.translit("July"), NameKeys.translit("Желаю")));
    assertFalse(NamePairLearner.alike(NameKeys.translit("China"), NameKeys.translit("Тайна")));
    assertFalse(
        NamePairLearner.alike(NameKeys.translit("Khrushchev"), NameKeys.translit("Кеннеди")));
  }
}
