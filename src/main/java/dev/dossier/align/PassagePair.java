package dev.dossier.align;

/**
 * One aligned pair of passages, as character ranges of the original and of the translation; an
 * empty range (start == end) where a passage has no counterpart.
 */
public record PassagePair(
    int originalStart, int originalEnd, int translationStart, int translationEnd) {

  /** Whether the pair has original text. */
  public boolean hasOriginal() {
    return originalEnd > originalStart;
  }

  /** Whether the pair has translated text. */
  public boolean hasTranslation() {
    return translationEnd > translationStart;
  }

  /** Whether the original range holds {@code offset}. */
  public boolean originalHolds(int offset) {
    return offset >= originalStart && offset < originalEnd;
  }

  /** Whether the translation range holds {@code offset}. */
  public boolean translationHolds(int offset) {
    return offset >= translationStart && offset < translationEnd;
  }
}
