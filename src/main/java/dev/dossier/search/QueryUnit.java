package dev.dossier.search;

import java.util.List;
import java.util.Set;

/**
 * One thing the user searched for: a word, a quoted phrase, or a run of words that names an alias
 * group.
 *
 * @param text the words as typed
 * @param phrase whether it was quoted (a literal form: no name expansion)
 * @param variants alias variants from the name-variants file
 * @param places conventional names in other languages, from the place-names file
 * @param translations the other language's terms from the glossary
 * @param seeds translit keys of the indexed names it matched, from which OCR-fuzzy matches are one
 *     edit away
 * @param transcribed the indexed names it is written as in the other script, by sound, as {@code
 *     language:key}
 * @param learnt the names aligned documents translate it as, as {@code language:key}
 */
record QueryUnit(
    String text,
    boolean phrase,
    List<String> variants,
    List<String> places,
    List<GlossaryLookup.Translation> translations,
    Set<String> seeds,
    Set<String> transcribed,
    Set<String> learnt) {
  QueryUnit {
    learnt = Set.copyOf(learnt);
    transcribed = Set.copyOf(transcribed);
    variants = List.copyOf(variants);
    places = List.copyOf(places);
    translations = List.copyOf(translations);
    seeds = Set.copyOf(seeds);
  }
}
