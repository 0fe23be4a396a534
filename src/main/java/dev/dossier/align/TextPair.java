package dev.dossier.align;

/**
 * An aligned pair as text: the original passage and its translation, either empty when it has no
 * counterpart.
 */
public record TextPair(String original, String translation) {}
