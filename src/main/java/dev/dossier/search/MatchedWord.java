package dev.dossier.search;

/**
 * A highlighted word of a hit and how it matched.
 *
 * @param language the text's language
 * @param word the word as it stands in the text
 * @param level the best level at which it matches a query word
 * @param query the query word or phrase it matches
 */
public record MatchedWord(String language, String word, MatchLevel level, String query) {}
