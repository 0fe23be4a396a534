package dev.dossier.search;

import dev.dossier.analysis.NameKeyFilter;
import dev.dossier.analysis.NameKeys;
import dev.dossier.index.Fields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * What the configuration adds to a unit of the query, and the clauses it adds in one language's
 * text.
 *
 * @param variants names of its alias group (name-variants.txt)
 * @param places its conventional names in other languages (places.txt, from CLDR)
 * @param translations the other language's glossary terms
 */
record Expansion(
    List<String> variants, List<String> places, List<GlossaryLookup.Translation> translations) {

  /** Nothing added. */
  static final Expansion NONE = new Expansion(List.of(), List.of(), List.of());

  /** The aliases, conventional names and glossary terms of {@code text} by {@code resources}. */
  static Expansion of(NameResources resources, String text) {
    return new Expansion(
        resources.variants().of(text), resources.places().of(text), resources.glossary().of(text));
  }

  /** Whether nothing is added. */
  boolean isEmpty() {
    return variants.isEmpty() && places.isEmpty() && translations.isEmpty();
  }

  /**
   * The levels added in {@code language}'s text to the unit {@code text} (quoted with {@code
   * slop}): conventional names, aliases, glossary terms, in that order; a form the analyzers leave
   * nothing of is a null.
   */
  List<Query> levels(QueryBuilder builder, String language, String text, int slop) {
    List<Query> levels = new ArrayList<>();
    for (String place : places) {
      levels.add(LevelScore.of(variantQuery(builder, language, place), MatchLevel.CONVENTIONAL));
    }
    for (String variant : withoutSubsumedPhrases(text, variants)) {
      levels.add(LevelScore.of(variantQuery(builder, language, variant), MatchLevel.ALIAS));
    }
    for (GlossaryLookup.Translation translation : translations) {
      if (translation.language().equals(language)) {
        levels.add(
            LevelScore.of(
                termQuery(builder, language, translation.term(), slop), MatchLevel.GLOSSARY));
      }
    }
    return levels;
  }

  /**
   * The variants less the phrases that hold one of the group's single words (for Castro: "Fidel
   * Castro"): every document with the phrase has the word, so the phrase adds no match, only a
   * phrase for the highlighter to verify position by position.
   */
  static List<String> withoutSubsumedPhrases(String text, List<String> variants) {
    Set<String> singles = new HashSet<>();
    for (String v : concat(text, variants)) {
      if (!v.strip().contains(" ")) {
        singles.add(v.strip().toLowerCase(Locale.ROOT));
      }
    }
    List<String> kept = new ArrayList<>();
    for (String v : variants) {
      String[] words = v.strip().toLowerCase(Locale.ROOT).split("\\s+");
      if (words.length == 1 || Arrays.stream(words).noneMatch(singles::contains)) {
        kept.add(v);
      }
    }
    return kept;
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(rest);
    all.add(first);
    return all;
  }

  /**
   * A variant in a language's text: a name of one word by its exact form and, in Russian text, its
   * name key (every case form of the name), not by the stemmer, which takes more off a name than
   * its ending (an alias Берия stems like беру); a name of several words as a phrase of exact or
   * stemmed words. A Latin-alphabet name is not declined, and its key also stands for the word with
   * a vowel after it (Tito's key is Tit's).
   */
  private static Query variantQuery(QueryBuilder builder, String language, String variant) {
    List<Query> forms = new ArrayList<>();
    forms.add(builder.createPhraseQuery(Fields.exact(language), variant, 0));
    if (!QueryWords.isWord(variant)) {
      forms.add(builder.createPhraseQuery(Fields.text(language), variant, 0));
    } else if (language.equals("ru")) {
      String translit = NameKeys.russianKey(variant);
      if (!translit.isEmpty()) {
        forms.add(
            new TermQuery(new Term(Fields.names(language), NameKeyFilter.TRANSLIT + translit)));
      }
    }
    forms.removeIf(Objects::isNull);
    return forms.isEmpty() ? null : new DisjunctionMaxQuery(forms, 0f);
  }

  /** A glossary term in its language: the exact form or any inflected form. */
  private static Query termQuery(QueryBuilder builder, String language, String term, int slop) {
    List<Query> forms = new ArrayList<>();
    forms.add(builder.createPhraseQuery(Fields.exact(language), term, slop));
    forms.add(builder.createPhraseQuery(Fields.text(language), term, slop));
    forms.removeIf(Objects::isNull);
    return forms.isEmpty() ? null : new DisjunctionMaxQuery(forms, 0f);
  }
}
