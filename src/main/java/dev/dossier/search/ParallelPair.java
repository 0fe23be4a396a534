package dev.dossier.search;

/**
 * A matching passage of a hit and its aligned counterpart, matches marked on both sides (either may
 * be empty).
 */
public record ParallelPair(Snippet original, Snippet translation) {}
