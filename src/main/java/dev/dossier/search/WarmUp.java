package dev.dossier.search;

/**
 * Loads, on a background thread, what a search will need that a fresh process has not loaded yet:
 * ICU's sentence rules for snippets. (The query words' name keys are read from the index, {@link
 * NameSeeds#nameKey}, so the transliteration and phonetic rules load only for a word the index does
 * not have.) A one-shot CLI search reads its configuration and opens the index meanwhile.
 */
public final class WarmUp {

  private WarmUp() {}

  /** Starts the warm-up. */
  public static void inBackground() {
    Thread warm = new Thread(WarmUp::run, "dossier-warm-up");
    warm.setDaemon(true);
    warm.start();
  }

  private static void run() {
    IcuSentenceBreakIterator breaks = new IcuSentenceBreakIterator();
    breaks.setText("Warm up. The rules load once.");
    breaks.following(3);
  }
}
