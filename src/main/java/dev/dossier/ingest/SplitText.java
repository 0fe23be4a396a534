package dev.dossier.ingest;

/** A document body divided into the original and its translation (either may be empty). */
record SplitText(String original, String translation) {}
