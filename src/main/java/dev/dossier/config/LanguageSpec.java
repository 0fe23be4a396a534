package dev.dossier.config;

/**
 * How the text of one language is indexed.
 *
 * @param code ISO 639-1 code, or {@code und} for every language not declared
 * @param analyzer the name of the full-text (stemmed) analyzer
 * @param exactAnalyzer the name of the unstemmed companion analyzer
 * @param namesAnalyzer the name of the analyzer that makes the name-key field
 */
public record LanguageSpec(
    String code, String analyzer, String exactAnalyzer, String namesAnalyzer) {}
