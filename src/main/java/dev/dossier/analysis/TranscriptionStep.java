package dev.dossier.analysis;

import dev.dossier.config.TranscriptionTable;

/**
 * One rule of the transcription table in one direction: {@code source} letters written as {@code
 * target}, at a cost, perhaps only at the start or the end of a word.
 */
record TranscriptionStep(
    String source,
    String target,
    double cost,
    boolean atStart,
    boolean atEnd,
    TranscriptionTable.Rule rule) {

  /**
   * Whether the step reads its letters from {@code word} at {@code i}: they are there, and the
   * step's anchors (start, end of the word) hold.
   */
  boolean readsAt(String word, int i) {
    int end = i + source.length();
    return end <= word.length()
        && word.startsWith(source, i)
        && (!atStart || i == 0)
        && (!atEnd || end == word.length());
  }
}
