package dev.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  @Test
  void theBandedEditTestAgreesWithTheFullTable() {
    java.util.Random random = new java.util.Random(5);
    for (int t = 0; t < 20_000; t++) {
      String a = randomWord(random);
      String b = randomWord(random);
      int k = random.nextInt(6);
      assertEquals(
          fullDistance(a, b) <= k, NamePairLearner.withinEdits(a, b, k), a + " " + b + " " + k);
    }
  }

  private static String randomWord(java.util.Random random) {
    StringBuilder w = new StringBuilder();
    for (int i = random.nextInt(10); i > 0; i--) {
      w.append((char) ('a' + random.nextInt(4)));
    }
    return w.toString();
  }

  private static int fullDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        d[i][j] =
            i == 0 || j == 0
                ? i + j
                : Math.min(
                    d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1),
                    Math.min(d[i - 1][j], d[i][j - 1]) + 1);
      }
    }
    return d[a.length()][b.length()];
  }
}
