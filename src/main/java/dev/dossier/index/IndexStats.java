package dev.dossier.index;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What an index holds.
 *
 * @param documents live documents
 * @param byLanguage documents by original language (ISO 639-1), most first
 * @param byDecade documents by decade of their date ("1960s"), oldest first, "undated" last
 * @param byMetadata for collection and type: documents by value, most first (at most {@code
 *     IndexInspector.TOP} values)
 * @param sizeBytes the index files' size on disk
 * @param lastCommit when the last commit was made
 */
public record IndexStats(
    int documents,
    Map<String, Integer> byLanguage,
    Map<String, Integer> byDecade,
    Map<String, Map<String, Integer>> byMetadata,
    long sizeBytes,
    Optional<Instant> lastCommit) {}
