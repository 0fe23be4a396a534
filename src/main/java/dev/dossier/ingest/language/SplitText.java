package dev.dossier.ingest.language;

/** A document body divided into the original and its translation (either may be empty). */
public record SplitText(String original, String translation) {}
