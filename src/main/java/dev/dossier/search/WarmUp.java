package dev.dossier.search;

import dev.dossier.analysis.NameKeys;

/**
 * Loads, on a background thread, what a search will need that a fresh process has not loaded yet: the
 * transliteration and phonetic rules for the query's words (ICU transforms for Cyrillic, Beider–Morse rules, a
 * tenth of a second each) and ICU's sentence rules for snippets. A one-shot CLI search reads its configuration and
 * opens the index meanwhile, on the other core.
 */
public final class WarmUp {

  private static final int MAX_WORDS = 8;

  private WarmUp() {}

  /** Starts the warm-up for {@code query}; name rules only when {@code names} (not in exact mode). */
  public static void inBackground(String query, boolean names) {
    Thread warm = new Thread(() -> run(query, names), "dossier-warm-up");
    warm.setDaemon(true);
    warm.start();
  }

  private static void run(String query, boolean names) {
    if (names) {
      int n = 0;
      for (String word : query.split("[^\\p{L}]+")) {
        if (!word.isEmpty() && n++ < MAX_WORDS) {
          NameKeys.of(word);
        }
      }
    }
    IcuSentenceBreakIterator breaks = new IcuSentenceBreakIterator();
    breaks.setText("Warm up. The rules load once.");
    breaks.following(3);
  }
}
