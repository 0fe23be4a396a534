package dev.dossier.search;

import dev.dossier.analysis.NameKey;
import dev.dossier.analysis.NameKeyCache;
import dev.dossier.analysis.NameKeys;
import dev.dossier.analysis.RussianRomanizer;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;

/**
 * Says at which {@link MatchLevel} a highlighted word matches the query, by applying each level's
 * rule to the word and each {@link QueryUnit}, with the same analyzers and name keys that built the
 * query.
 */
final class MatchExplainer {

  private final IndexSchema schema;
  private final List<QueryUnit> units;

  /**
   * The name keys of the highlighted words and the query's units, computed once per explained
   * search.
   */
  private final NameKeyCache nameKeys = new NameKeyCache();

  MatchExplainer(IndexSchema schema, List<QueryUnit> units) {
    this.schema = schema;
    this.units = units;
  }

  /** The distinct highlighted words of one hit, each with its level, in order of appearance. */
  List<MatchedWord> explain(Map<String, List<Snippet>> highlights) {
    Map<String, MatchedWord> words = new LinkedHashMap<>();
    highlights.forEach(
        (language, snippets) -> {
          for (Snippet snippet : snippets) {
            for (Snippet.Span span : snippet.matches()) {
              String word = snippet.text().substring(span.start(), span.end());
              words.computeIfAbsent(language + "\u0000" + word, k -> classify(language, word));
            }
          }
        });
    return new ArrayList<>(words.values());
  }

  private MatchedWord classify(String language, String word) {
    MatchedWord best = new MatchedWord(language, word, MatchLevel.PATTERN, "");
    for (QueryUnit unit : units) {
      Optional<MatchLevel> level = level(language, word, unit);
      if (level.isPresent()
          && (best.query().isEmpty() || level.get().compareTo(best.level()) < 0)) {
        best = new MatchedWord(language, word, level.get(), unit.text());
      }
    }
    return best;
  }

  /** The best level at which {@code word} matches {@code unit}, if any. */
  private Optional<MatchLevel> level(String language, String word, QueryUnit unit) {
    if (sameTerms(Fields.exact(language), word, unit.text())) {
      return Optional.of(MatchLevel.EXACT);
    }
    if (sameTerms(Fields.text(language), word, unit.text())) {
      return Optional.of(MatchLevel.STEMMED);
    }
    NameKey wordKey = nameKeys.of(word);
    NameKey unitKey = nameKeys.of(unit.text());
    java.util.EnumSet<MatchLevel> levels = java.util.EnumSet.noneOf(MatchLevel.class);
    boolean nameMatch = !unit.phrase() && !wordKey.translit().isEmpty();
    if (nameMatch && transliterated(language, wordKey, unit.text())) {
      levels.add(MatchLevel.TRANSLITERATED);
    }
    if (nameMatch && unit.learnt().contains(language + ":" + wordKey.translit())) {
      levels.add(MatchLevel.LEARNT);
    }
    if ((nameMatch && unit.transcribed().contains(language + ":" + wordKey.translit()))
        || (!unit.phrase()
            && unit.transcribed().contains(language + ":" + NameKeys.lookupForm(word)))) {
      // the second: a syllable too short for a name key, found in a name of several words (У of У
      // Пей-фу)
      levels.add(MatchLevel.TRANSCRIBED);
    }
    if (nameMatch && !Collections.disjoint(wordKey.phonetic(), unitKey.phonetic())) {
      levels.add(MatchLevel.PHONETIC);
    }
    if (unit.places().stream().anyMatch(place -> sameName(language, word, wordKey, place))) {
      levels.add(MatchLevel.CONVENTIONAL);
    }
    if (unit.variants().stream().anyMatch(variant -> sameName(language, word, wordKey, variant))) {
      levels.add(MatchLevel.ALIAS);
    }
    for (GlossaryLookup.Translation translation : unit.translations()) {
      if (translation.language().equals(language)
          && (sameTerms(Fields.exact(language), word, translation.term())
              || sameTerms(Fields.text(language), word, translation.term()))) {
        levels.add(MatchLevel.GLOSSARY);
      }
    }
    if (nameMatch && levels.isEmpty()) {
      for (String seed : unit.seeds()) {
        // the same automaton FuzzyQuery uses: one edit, transpositions included
        if (Operations.run(
            new LevenshteinAutomata(seed, true).toAutomaton(1), wordKey.translit())) {
          levels.add(MatchLevel.OCR_FUZZY);
          break;
        }
      }
    }
    levels.remove(MatchLevel.PATTERN);
    return levels.stream().min(java.util.Comparator.comparingInt(MatchLevel::weight).reversed());
  }

  /**
   * Whether a highlighted word is {@code name} (an alias or conventional name) as the query levels
   * match it.
   */
  private boolean sameName(String language, String word, NameKey wordKey, String name) {
    return sameTerms(Fields.exact(language), word, name)
        || (name.strip().contains(" ") && sameTerms(Fields.text(language), word, name))
        || (language.equals("ru")
            && !wordKey.translit().isEmpty()
            && wordKey.translit().equals(NameKeys.russianKey(name)));
  }

  /**
   * Whether a word of a text in {@code language} has the key the transliterated level gives the
   * query word: in Russian text the query word's Russian key, in other text its own key or, for a
   * Russian query word, its BGN romanization.
   */
  private static boolean transliterated(String language, NameKey wordKey, String query) {
    String lower = NameKeys.lookupForm(query).replaceAll("[^\\p{L}]", "");
    String romanized =
        RussianRomanizer.isRussian(lower)
            ? RussianRomanizer.romanize(lower)
            : NameKeys.translit(query);
    if (language.equals("ru") && wordKey.translit().equals(NameKeys.russianKey(query))) {
      return true;
    }
    return wordKey.translit().equals(NameKeys.translit(query))
        || wordKey.translit().equals(romanized);
  }

  private boolean sameTerms(String field, String a, String b) {
    List<String> ta = schema.terms(field, a);
    List<String> tb = schema.terms(field, b);
    if (ta.isEmpty() || ta.size() != tb.size()) {
      return false;
    }
    for (int i = 0; i < ta.size(); i++) {
      if (!ta.get(i).equals(tb.get(i)) && !SplitStems.halves(field, ta.get(i), tb.get(i))) {
        return false;
      }
    }
    return true;
  }
}
