package dev.dossier.search;

import dev.dossier.analysis.NameKey;
import dev.dossier.analysis.NameKeyFilter;
import dev.dossier.analysis.NameKeys;
import dev.dossier.analysis.RussianRomanizer;
import dev.dossier.config.NameVariants;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the query of each word or phrase the user typed: per language, one clause per {@link MatchLevel}, each
 * scored in its level's band and combined with dis_max (the best level counts), then dis_max across languages (a
 * name in both texts is not counted twice). Records the {@link QueryUnit}s for --explain.
 *
 * <p>Levels: exact (the unstemmed field), stemmed (the language's analyzer), alias (name-variants file, at query
 * time), and for a single unquoted word also transliterated and phonetic (the name-key field) and OCR-fuzzy: one
 * edit from the translit key of a name the phonetic level found in that language, for words of six letters or more
 * and keys of five or more (shorter names have too many one-edit neighbours among ordinary words). Quoted text is
 * a literal form: exact and stemmed only. In exact mode only the exact level remains.
 */
final class UnitQueries {

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+(?:[-\u2010\u2011]\\p{L}+)+");

  private final IndexSchema schema;
  private final NameVariants nameVariants;
  private final NameVariants places;
  private final GlossaryLookup glossary;
  private final NameSeeds seeds;
  private final NameLevels nameLevels;
  private final boolean exactOnly;
  private final QueryBuilder builder;
  private final List<QueryUnit> units = new ArrayList<>();
  private final List<String> indexedLanguages;

  UnitQueries(IndexSchema schema, NameResources resources, NameSeeds seeds, boolean exactOnly) {
    this(schema, resources, seeds, exactOnly, schema.languages());
  }

  /**
   * Query builder for an index whose texts are in {@code indexedLanguages}: a word without a field searches those,
   * not every declared language (an index of English and Russian texts need not be asked for Spanish ones).
   */
  UnitQueries(
      IndexSchema schema, NameResources resources, NameSeeds seeds, boolean exactOnly, List<String> indexedLanguages) {
    this.indexedLanguages = List.copyOf(indexedLanguages);
    this.schema = schema;
    this.nameVariants = resources.variants();
    this.places = resources.places();
    this.glossary = resources.glossary();
    this.seeds = seeds;
    NameVariants variants = resources.variants();
    this.nameLevels = new NameLevels(seeds, new TranscribedKeys(resources.transcriber(), seeds), indexedLanguages,
        (word, key) -> variants.distinctFrom(word).stream().anyMatch(n -> NameKeys.translit(n).equals(key)));
    this.exactOnly = exactOnly;
    this.builder = new QueryBuilder(schema.analyzer());
  }

  /** The languages a word without a field searches. */
  List<String> indexedLanguages() {
    return indexedLanguages;
  }

  /** The units built so far, in query order. */
  List<QueryUnit> units() {
    return List.copyOf(units);
  }

  /**
   * Unquoted words: each word (or run of words naming an alias group, a place or a glossary term) required. A word
   * joined by hyphens (Нью-Йорк, Kai-shek) is read as its parts, which may together name a group.
   */
  Query words(List<String> languages, boolean metadata, String text) {
    String[] words = parts(text);
    List<Query> required = new ArrayList<>();
    for (int i = 0; i < words.length; ) {
      int span = 1;
      Expansion expansion = Expansion.NONE;
      int longest = Math.max(Math.max(nameVariants.longestPhrase(), places.longestPhrase()), glossary.longestTerm());
      for (int len = Math.min(longest, words.length - i); len >= 1 && !exactOnly; len--) {
        Expansion found = expansion(String.join(" ", Arrays.copyOfRange(words, i, i + len)));
        if (!found.isEmpty()) {
          span = len;
          expansion = found;
          break;
        }
      }
      String unit = String.join(" ", Arrays.copyOfRange(words, i, i + span));
      Query q = unit(languages, metadata, unit, span == 1 && isWord(unit), 0, expansion);
      if (q != null) {
        required.add(q);
      }
      i += span;
    }
    if (required.size() <= 1) {
      return required.isEmpty() ? null : required.get(0);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    required.forEach(q -> all.add(q, BooleanClause.Occur.MUST));
    return all.build();
  }

  /** The words of {@code text}: split at spaces, and a word of letters joined by hyphens at its hyphens. */
  private static String[] parts(String text) {
    List<String> parts = new ArrayList<>();
    for (String word : text.strip().split("\\s+")) {
      if (HYPHENATED.matcher(word).matches()) {
        parts.addAll(Arrays.asList(word.split("[-\u2010\u2011]")));
      } else {
        parts.add(word);
      }
    }
    return parts.toArray(String[]::new);
  }

  /** A quoted phrase, with its slop. */
  Query phrase(List<String> languages, boolean metadata, String text, int slop) {
    return unit(languages, metadata, text, false, slop, exactOnly ? Expansion.NONE : expansion(text));
  }

  /** The aliases, conventional names and glossary terms of {@code text}. */
  private Expansion expansion(String text) {
    return new Expansion(nameVariants.of(text), places.of(text), glossary.of(text));
  }

  /**
   * What the configuration adds to a unit of the query.
   *
   * @param variants names of its alias group (name-variants.txt)
   * @param places its conventional names in other languages (places.txt, from CLDR)
   * @param translations the other language's glossary terms
   */
  private record Expansion(
      List<String> variants, List<String> places, List<GlossaryLookup.Translation> translations) {
    static final Expansion NONE = new Expansion(List.of(), List.of(), List.of());

    boolean isEmpty() {
      return variants.isEmpty() && places.isEmpty() && translations.isEmpty();
    }
  }

  private Query unit(
      List<String> languages, boolean metadata, String text, boolean nameWord, int slop, Expansion expansion) {
    NameKey key = nameWord && !exactOnly ? seeds.nameKey(text) : null;
    if (key != null && !isNameLike(text, key, languages)) {
      key = null;
    }
    // a name the collection writes as a name is matched by its name keys, which take off a case ending only, and
    // not by the stemmer, which takes off more (Мао stems like мая, Marshall like marshal, Сахаров like сахар)
    boolean name = key != null && !key.translit().isEmpty();
    boolean writtenAsName = name && writtenAsName(text, key, languages);
    Set<String> unitSeeds = new LinkedHashSet<>();
    Set<String> unitTranscribed = new LinkedHashSet<>();
    Set<String> unitLearnt = new LinkedHashSet<>();
    List<Query> perLanguage = new ArrayList<>();
    for (String language : languages) {
      List<Query> levels = new ArrayList<>();
      levels.add(LevelScore.of(builder.createPhraseQuery(Fields.exact(language), text, slop), MatchLevel.EXACT));
      if (!exactOnly) {
        Query stemmed = builder.createPhraseQuery(Fields.text(language), text, slop);
        if (stemmed == null) {
          return null; // a stop word in one language is dropped, not required in the others
        }
        if (!NameLevels.capitalsMarkNames(language) || !(writtenAsName || (name && overStemmed(language, text)))) {
          levels.add(LevelScore.of(stemmed, MatchLevel.STEMMED));
        } else if (language.equals("ru") && RussianRomanizer.isRussian(NameKeys.lookupForm(text))) {
          // a Russian name's other case forms, by its name key (Гевары, Геваре for Гевара)
          levels.add(LevelScore.of(new TermQuery(new Term(Fields.names(language),
              NameKeyFilter.TRANSLIT + NameKeys.russianKey(text))), MatchLevel.STEMMED));
        }
        if (key != null && !key.translit().isEmpty()) {
          levels.addAll(nameLevels.of(language, text, key, unitSeeds, unitTranscribed, unitLearnt));
        }
        for (String place : expansion.places()) {
          levels.add(LevelScore.of(variantQuery(language, place), MatchLevel.CONVENTIONAL));
        }
        for (String variant : withoutSubsumedPhrases(text, expansion.variants())) {
          levels.add(LevelScore.of(variantQuery(language, variant), MatchLevel.ALIAS));
        }
        for (GlossaryLookup.Translation translation : expansion.translations()) {
          if (translation.language().equals(language)) {
            levels.add(LevelScore.of(termQuery(language, translation.term(), slop), MatchLevel.GLOSSARY));
          }
        }
      }
      levels.removeIf(Objects::isNull);
      if (!levels.isEmpty()) {
        perLanguage.add(new DisjunctionMaxQuery(levels, 0f));
      }
    }
    if (metadata && !exactOnly) {
      for (String field : Fields.SEARCHABLE_METADATA) {
        perLanguage.add(LevelScore.of(builder.createPhraseQuery(field, text, slop), MatchLevel.STEMMED));
      }
      if (key != null && !key.translit().isEmpty()) { // names of the title and summary, in any script
        List<Query> titleNames = nameLevels.of(Fields.META, text, key, new LinkedHashSet<>(), unitTranscribed,
            unitLearnt);
        titleNames.removeIf(q -> q instanceof LevelScore l && l.level() != null && l.level().similarOnly());
        if (!titleNames.isEmpty()) {
          perLanguage.add(new DisjunctionMaxQuery(titleNames, 0f));
        }
      }
      perLanguage.removeIf(Objects::isNull);
    }
    units.add(new QueryUnit(text, !nameWord, expansion.variants(), expansion.places(), expansion.translations(),
        unitSeeds, unitTranscribed, unitLearnt));
    return perLanguage.isEmpty() ? null : new DisjunctionMaxQuery(perLanguage, 0f);
  }

  /**
   * Whether a query word is to be matched as a name (transliterated, phonetic, OCR-fuzzy): when the user capitalised
   * it, when the index does not have it, or when every document that has it has it capitalised (the documents
   * with its name key, which only capitalised words get, are at least as many as those with the word in any case).
   * Ordinary words ("conversation", "договор") are written in lowercase somewhere, names are not: the case
   * evidence of the collection, as in Mikheev's document-centred treatment of capitalised words (A. Mikheev,
   * "Periods, Capitalized Words, etc.", Computational Linguistics 28(3), 2002). An ordinary word then costs a few
   * term lookups instead of a phonetic and fuzzy expansion it would not use.
   */
  private boolean isNameLike(String word, NameKey key, List<String> languages) {
    if (Character.isUpperCase(word.codePointAt(0)) || key.translit().isEmpty()) {
      return true;
    }
    long capitalised = 0;
    long anyCase = 0;
    for (String language : languages) {
      capitalised += seeds.docFreq(Fields.names(language), NameKeyFilter.TRANSLIT + key.translit());
      for (String form : exactForms(language, word)) {
        anyCase += seeds.docFreq(Fields.exact(language), form);
      }
    }
    return anyCase == 0 || capitalised >= anyCase;
  }

  /**
   * Whether the collection writes {@code word} as a name: it has the word's name key, in at least half as many
   * documents as have the word in any case (the collection-level form of Mikheev's evidence, as {@link #isNameLike}).
   */
  private boolean writtenAsName(String word, NameKey key, List<String> languages) {
    long asName = 0;
    long anyCase = 0;
    for (String language : languages) {
      String k = language.equals("ru") ? NameKeys.russianKey(word) : key.translit();
      asName += seeds.docFreq(Fields.names(language), NameKeyFilter.TRANSLIT + k);
      for (String form : exactForms(language, word)) {
        anyCase += seeds.docFreq(Fields.exact(language), form);
      }
    }
    return asName > 0 && 2 * asName >= anyCase;
  }

  /**
   * Whether a capitalised word, which may be a name the collection lacks, loses more to the language's stemmer than
   * a case ending: Мао stems to ма (and would find мая), Marshall to marshal, Hughes to hugh. A name is then met by
   * its name key, which takes off a case ending only.
   */
  private boolean overStemmed(String language, String word) {
    if (!Character.isUpperCase(word.codePointAt(0))) {
      return false;
    }
    List<String> stems = schema.stems(language, word);
    String lower = NameKeys.lookupForm(word);
    String nameStem = RussianRomanizer.isRussian(lower) ? NameKeys.cyrillicStem(lower) : lower;
    return stems.size() == 1 && stems.get(0).length() < nameStem.length();
  }

  /** The terms of {@code word} in a language's unstemmed field. */
  private List<String> exactForms(String language, String word) {
    return schema.terms(Fields.exact(language), word);
  }

  /**
   * The variants less the phrases that hold one of the group's single words (for Castro: "Fidel Castro"): every
   * document with the phrase has the word, so the phrase adds no match, only a phrase for the highlighter to
   * verify position by position.
   */
  static List<String> withoutSubsumedPhrases(String text, List<String> variants) {
    Set<String> singles = new java.util.HashSet<>();
    for (String v : concat(text, variants)) {
      if (!v.strip().contains(" ")) {
        singles.add(v.strip().toLowerCase(java.util.Locale.ROOT));
      }
    }
    List<String> kept = new ArrayList<>();
    for (String v : variants) {
      String[] words = v.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
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
   * A variant in a language's text: a name of one word by its exact form and, in Russian text, its name key (every
   * case form of the name), not by the stemmer, which takes more off a name than its ending (an alias Берия stems
   * like беру); a name of several words as a phrase of exact or stemmed words. A Latin-alphabet name is not
   * declined, and its key also stands for the word with a vowel after it (Tito's key is Tit's).
   */
  private Query variantQuery(String language, String variant) {
    List<Query> forms = new ArrayList<>();
    forms.add(builder.createPhraseQuery(Fields.exact(language), variant, 0));
    if (!isWord(variant)) {
      forms.add(builder.createPhraseQuery(Fields.text(language), variant, 0));
    } else if (language.equals("ru")) {
      String translit = NameKeys.russianKey(variant);
      if (!translit.isEmpty()) {
        forms.add(new TermQuery(new Term(Fields.names(language), NameKeyFilter.TRANSLIT + translit)));
      }
    }
    forms.removeIf(Objects::isNull);
    return forms.isEmpty() ? null : new DisjunctionMaxQuery(forms, 0f);
  }

  /** A glossary term in its language: the exact form or any inflected form. */
  private Query termQuery(String language, String term, int slop) {
    List<Query> forms = new ArrayList<>();
    forms.add(builder.createPhraseQuery(Fields.exact(language), term, slop));
    forms.add(builder.createPhraseQuery(Fields.text(language), term, slop));
    forms.removeIf(Objects::isNull);
    return forms.isEmpty() ? null : new DisjunctionMaxQuery(forms, 0f);
  }

  private static boolean isWord(String text) {
    return WORD.matcher(stripPossessive(text)).matches();
  }

  private static String stripPossessive(String word) {
    return word.replaceFirst("['’][sS]$", "");
  }

}
