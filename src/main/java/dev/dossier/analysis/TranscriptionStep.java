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
    TranscriptionTable.Rule rule) {}
