package dev.dossier.align;

import dev.dossier.analysis.RecordedTokens;

/**
 * A text with the analysis the aligner reads its anchors from, done once for indexing and reused
 * here.
 *
 * @param text the text
 * @param language its ISO 639-1 code
 * @param stems tokens of the language's stemmed chain, in which glossary terms are found
 * @param names tokens of its name-key chain, whose {@code p:<code>:<translit>} terms give each
 *     name's phonetic codes
 */
public record AnalysedText(
    String text, String language, RecordedTokens stems, RecordedTokens names) {}
