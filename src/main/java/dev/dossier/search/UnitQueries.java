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
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the query of each word or phrase the user typed: per language, one clause per {@link
 * MatchLevel}, each scored in its level's band and combined with dis_max (the best level counts),
 * then dis_max across languages (a name in both texts is not counted twice). Records the {@link
 * QueryUnit}s for --explain.
 *
 * <p>Levels: exact (the unstemmed field), stemmed (the language's analyzer), alias (name-variants
 * file, at query time), and for a single unquoted word also transliterated and phonetic (the
 * name-key field) and OCR-fuzzy: one edit from the translit key of a name the phonetic level found
 * in that language, for words of six letters or more and keys of five or more (shorter names have
 * too many one-edit neighbours among ordinary words). Quoted text is a literal form: exact and
 * stemmed only. In exact mode only the exact level remains.
 */
final class UnitQueries {

  private final NameResources resources;
  private final NameSeeds seeds;
  private final NameEvidence evidence;
  private final NameLevels nameLevels;
  private final NameRuns nameRuns;
  private final boolean exactOnly;
  private final QueryBuilder builder;
  private final List<QueryUnit> units = new ArrayList<>();
  private final List<String> indexedLanguages;
  private final IndexSchema schema;

  UnitQueries(IndexSchema schema, NameResources resources, NameSeeds seeds, boolean exactOnly) {
    this(schema, resources, seeds, exactOnly, schema.languages());
  }

  /**
   * Query builder for an index whose texts are in {@code indexedLanguages}: a word without a field
   * searches those, not every declared language (an index of English and Russian texts need not be
   * asked for Spanish ones).
   */
  UnitQueries(
      IndexSchema schema,
      NameResources resources,
      NameSeeds seeds,
      boolean exactOnly,
      List<String> indexedLanguages) {
    this.indexedLanguages = List.copyOf(indexedLanguages);
    this.schema = schema;
    this.resources = resources;
    this.seeds = seeds;
    this.evidence = new NameEvidence(schema, seeds);
    NameVariants variants = resources.variants();
    TranscribedKeys transcribed =
        new TranscribedKeys(
            resources.transcriber(),
            dev.dossier.analysis.Pronunciations.shipped(),
            resources.places(),
            seeds);
    this.nameRuns = new NameRuns(resources.transcriber(), transcribed, seeds);
    this.nameLevels =
        new NameLevels(
            seeds,
            transcribed,
            indexedLanguages,
            (word, key) ->
                variants.distinctFrom(word).stream().anyMatch(n -> NameKeys.translit(n).equals(key))
                    || EnglishPlaceAdjectives.isOne(word, resources.places())
                    || EnglishPlaceAdjectives.isOne(key, resources.places())
                    || isAnotherPlace(word, key, resources.places()));
    this.exactOnly = exactOnly;
    SplitStems splitStems = new SplitStems(schema, seeds);
    this.builder =
        new QueryBuilder(schema.analyzer()) {
          @Override
          public Query createPhraseQuery(String field, String queryText, int phraseSlop) {
            return splitStems.widen(super.createPhraseQuery(field, queryText, phraseSlop));
          }
        };
  }

  /**
   * Whether {@code key}, a word of the texts found for the query word {@code word} by sound, names
   * a place the place files know by another name in {@code word}'s script: that place is written
   * there by its conventional name, so {@code word} is someone or something else (Бейрут is Beirut,
   * so Берут, Bierut, is not).
   */
  static boolean isAnotherPlace(String word, String key, NameVariants places) {
    List<String> names = places.of(key);
    if (names.isEmpty()) {
      return false;
    }
    boolean cyrillic = NameLevels.isCyrillic(word);
    String wordKey = NameLevels.keyIn(cyrillic, word);
    boolean sameScriptNames = false;
    for (String name : names) {
      if (NameLevels.isCyrillic(name) != cyrillic) {
        continue;
      }
      sameScriptNames = true;
      if (NameLevels.keyIn(cyrillic, name).equals(wordKey)) {
        return false;
      }
    }
    return sameScriptNames;
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
   * Unquoted words: each word (or run of words naming an alias group, a place or a glossary term)
   * required. A word joined by hyphens (Нью-Йорк, Kai-shek) is read as its parts, which may
   * together name a group. A run of capitalised words is one name ({@link NameRuns}): in the other
   * script's texts its words must stand together.
   */
  Query words(List<String> languages, boolean metadata, String text) {
    String[] words = QueryWords.parts(text);
    boolean[] hyphenated = QueryWords.joinedToNext(text);
    Group[] groups = new Group[words.length];
    java.util.function.IntFunction<Group> groupAt =
        j -> groups[j] != null ? groups[j] : (groups[j] = group(words, j));
    List<Query> required = new ArrayList<>();
    for (int i = 0; i < words.length; ) {
      Group group = groupAt.apply(i);
      int runEnd =
          exactOnly
              ? i
              : NameRuns.end(
                  words,
                  i,
                  j -> groupAt.apply(j).span() > 1 || !groupAt.apply(j).expansion().isEmpty());
      Query q;
      int span = group.span();
      if (runEnd > i) {
        boolean oneWord = true; // Мак-Кенна, typed as one word
        for (int j = i; j < runEnd - 1; j++) {
          oneWord &= hyphenated[j];
        }
        q = run(languages, metadata, words, i, runEnd, oneWord);
        span = runEnd - i;
      } else {
        String unit = String.join(" ", Arrays.copyOfRange(words, i, i + span));
        q =
            unit(
                languages,
                metadata,
                unit,
                span == 1 && QueryWords.isWord(unit)
                    ? WordPlace.of(words, i)
                    : WordPlace.NOT_A_NAME,
                0,
                group.expansion());
      }
      if (q != null) {
        required.add(q);
      }
      i += span;
    }
    return all(required);
  }

  private static Query all(List<Query> required) {
    if (required.size() <= 1) {
      return required.isEmpty() ? null : required.get(0);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    required.forEach(q -> all.add(q, BooleanClause.Occur.MUST));
    return all.build();
  }

  /** The words from one position that name an alias group, a place or a glossary term. */
  private record Group(int span, Expansion expansion) {}

  /** The longest group of words that starts at {@code words[i]}; one word, unexpanded, if none. */
  private Group group(String[] words, int i) {
    int longest =
        Math.max(
            Math.max(resources.variants().longestPhrase(), resources.places().longestPhrase()),
            resources.glossary().longestTerm());
    for (int len = Math.min(longest, words.length - i); len >= 1 && !exactOnly; len--) {
      Expansion found =
          Expansion.of(resources, String.join(" ", Arrays.copyOfRange(words, i, i + len)));
      if (!found.isEmpty()) {
        return new Group(len, found);
      }
    }
    return new Group(1, Expansion.NONE);
  }

  /**
   * A name of several words, {@code words[start..end)}: in each language of the other script, and
   * in the title and summary, its words' spellings standing together; in the languages of its own
   * script (and of the other where the rules write fewer than two of its words), each word as a
   * word of its own. Ким Гу is not any text with a Kim and a Koo. A Latin name, or a Russian one
   * {@code typedAsOneWord} with hyphens, is also matched as one word of the other script.
   */
  private Query run(
      List<String> languages,
      boolean metadata,
      String[] words,
      int start,
      int end,
      boolean typedAsOneWord) {
    List<String> run = Arrays.asList(words).subList(start, end);
    boolean cyrillic = RussianRomanizer.isRussian(NameKeys.lookupForm(run.get(0)));
    Set<String> found = new LinkedHashSet<>();
    List<Query> perLanguage = new ArrayList<>();
    List<String> wordByWord = new ArrayList<>();
    for (String language : languages) {
      if (language.equals("ru") == cyrillic) {
        wordByWord.add(language);
        continue;
      }
      Query together = nameRuns.query(language, run, found);
      if (together != null) {
        perLanguage.add(LevelScore.of(together, MatchLevel.TRANSCRIBED));
      } else {
        wordByWord.add(language);
      }
      if (typedAsOneWord || !cyrillic) { // a Latin name of several words may be one Russian word
        perLanguage.add(
            LevelScore.of(nameRuns.joined(language, run, found), MatchLevel.TRANSCRIBED));
      }
    }
    Query title = metadata ? nameRuns.query(Fields.META, run, found) : null;
    if (title != null) {
      perLanguage.add(LevelScore.of(title, MatchLevel.TRANSCRIBED));
    }
    if (!wordByWord.isEmpty() || metadata) {
      perLanguage.add(eachWord(wordByWord, metadata, words, start, end));
    }
    perLanguage.removeIf(Objects::isNull);
    units.add(
        new QueryUnit(
            String.join(" ", run),
            false,
            List.of(),
            List.of(),
            List.of(),
            Set.of(),
            found,
            Set.of()));
    return perLanguage.isEmpty() ? null : new DisjunctionMaxQuery(perLanguage, 0f);
  }

  /**
   * Each word of {@code words[start..end)} required, as a word of its own; with {@code metadata},
   * also in the title and summary as written (not as a name in the other script, which a name of
   * several words is only where its words stand together).
   */
  private Query eachWord(
      List<String> languages, boolean metadata, String[] words, int start, int end) {
    List<Query> each = new ArrayList<>();
    for (int i = start; i < end; i++) {
      List<Query> either = new ArrayList<>();
      if (!languages.isEmpty()) {
        either.add(unit(languages, false, words[i], WordPlace.of(words, i), 0, Expansion.NONE));
      }
      if (metadata) {
        either.add(unit(List.of(), true, words[i], WordPlace.NOT_A_NAME, 0, Expansion.NONE));
      }
      either.removeIf(Objects::isNull);
      if (!either.isEmpty()) {
        each.add(either.size() == 1 ? either.get(0) : new DisjunctionMaxQuery(either, 0f));
      }
    }
    return all(each);
  }

  /**
   * How a word that may be a name stands in the query.
   *
   * @param name whether it is one word that may be a name (not a phrase, not a group)
   * @param shortSyllable a syllable of a name of several words, too short for a name key (Yu of
   *     Feng Yu-hsiang, Ю of Ли Куан Ю): capitalised, of at most two letters; matched in the other
   *     script by the syllable tables' spellings of it, in the unstemmed field
   * @param headedAdjective a capitalised Russian word before a lowercase Russian word: an adjective
   *     of a name before its noun (Малаккский пролив, Багамские острова), which may be matched by
   *     the name it is made from; a surname in -ский stands alone or after a given name, and is not
   *     (Томский is not Tom)
   */
  private record WordPlace(boolean name, boolean shortSyllable, boolean headedAdjective) {

    static final WordPlace NOT_A_NAME = new WordPlace(false, false, false);

    /** The place of {@code words[i]}, a word that may be a name. */
    static WordPlace of(String[] words, int i) {
      String word = words[i];
      String next = i + 1 < words.length ? words[i + 1] : "";
      boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
      return new WordPlace(
          true,
          capitalised
              && words.length > 1
              && word.codePointCount(0, word.length()) < NameKeys.MIN_KEY,
          capitalised
              && RussianRomanizer.isRussian(NameKeys.lookupForm(word))
              && !next.isEmpty()
              && Character.isLowerCase(next.codePointAt(0))
              && RussianRomanizer.isRussian(next));
    }
  }

  /** A quoted phrase, with its slop. */
  Query phrase(List<String> languages, boolean metadata, String text, int slop) {
    return unit(
        languages,
        metadata,
        text,
        WordPlace.NOT_A_NAME,
        slop,
        exactOnly ? Expansion.NONE : Expansion.of(resources, text));
  }

  /**
   * The names a unit's name levels found, for --explain: seeds (names of the index), transcribed
   * and learnt names.
   */
  private record FoundNames(Set<String> seeds, Set<String> transcribed, Set<String> learnt) {
    FoundNames() {
      this(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
    }
  }

  private Query unit(
      List<String> languages,
      boolean metadata,
      String text,
      WordPlace place,
      int slop,
      Expansion expansion) {
    NameKey key = place.name() && !exactOnly ? seeds.nameKey(text) : null;
    if (key != null && !evidence.isNameLike(text, key, languages)) {
      key = null;
    }
    // a name the collection writes as a name is matched by its name keys, which take off a case
    // ending only, and
    // not by the stemmer, which takes off more (Мао stems like мая, Marshall like marshal, Сахаров
    // like сахар)
    NameKey name = key != null && !key.translit().isEmpty() ? key : null;
    boolean writtenAsName = name != null && evidence.writtenAsName(text, name, languages);
    FoundNames found = new FoundNames();
    List<Query> perLanguage = new ArrayList<>();
    for (String language : languages) {
      List<Query> levels =
          levels(
              language, text, slop, name, writtenAsName, place.headedAdjective(), expansion, found);
      if (levels == null) {
        return null; // a stop word in one language is dropped, not required in the others
      }
      if (place.shortSyllable() && !exactOnly) {
        levels.addAll(syllableLevel(language, text));
      }
      if (!levels.isEmpty()) {
        perLanguage.add(new DisjunctionMaxQuery(levels, 0f));
      }
    }
    if (metadata && !exactOnly) {
      perLanguage.addAll(metadataLevels(text, slop, name, expansion.places(), found));
    }
    units.add(
        new QueryUnit(
            text,
            !place.name(),
            expansion.variants(),
            expansion.places(),
            expansion.translations(),
            found.seeds(),
            found.transcribed(),
            found.learnt()));
    return perLanguage.isEmpty() ? null : new DisjunctionMaxQuery(perLanguage, 0f);
  }

  /**
   * The levels of a unit in one language's text, best first; null when the language's analyzer
   * leaves nothing of it (a stop word). {@code name} is the unit's name key when it is matched as a
   * name, else null; {@code headedAdjective}: see {@link WordPlace}.
   */
  private List<Query> levels(
      String language,
      String text,
      int slop,
      NameKey name,
      boolean writtenAsName,
      boolean headedAdjective,
      Expansion expansion,
      FoundNames found) {
    List<Query> levels = new ArrayList<>();
    levels.add(
        LevelScore.of(
            builder.createPhraseQuery(Fields.exact(language), text, slop), MatchLevel.EXACT));
    if (!exactOnly) {
      Query stemmed = builder.createPhraseQuery(Fields.text(language), text, slop);
      if (stemmed == null) {
        return null;
      }
      if (!NameLevels.capitalsMarkNames(language)
          || !(writtenAsName || (name != null && evidence.overStemmed(language, text)))) {
        levels.add(LevelScore.of(stemmed, MatchLevel.STEMMED));
      } else if (language.equals("ru") && RussianRomanizer.isRussian(NameKeys.lookupForm(text))) {
        // a Russian name's other case forms, by its name key (Гевары, Геваре for Гевара)
        levels.add(
            LevelScore.of(
                new TermQuery(
                    new Term(
                        Fields.names(language),
                        NameKeyFilter.TRANSLIT + NameKeys.russianKey(text))),
                MatchLevel.STEMMED));
      }
      if (name != null) {
        levels.addAll(
            nameLevels.of(
                language,
                text,
                name,
                headedAdjective,
                expansion.places(),
                found.seeds(),
                found.transcribed(),
                found.learnt()));
      }
      levels.addAll(expansion.levels(builder, language, text, slop));
    }
    levels.removeIf(Objects::isNull);
    return levels;
  }

  /**
   * A short syllable of a name in the other script's texts, by the syllable tables' usual spellings
   * of it (Yu: юй; Ю: yu), as a transcribed match.
   */
  private List<Query> syllableLevel(String language, String word) {
    boolean cyrillicWord = RussianRomanizer.isRussian(NameKeys.lookupForm(word));
    if (cyrillicWord == language.equals("ru")) {
      return List.of();
    }
    // not a word of one letter, nor a stop word of the texts (Yi is not и, Li not ли)
    Set<String> spellings = new LinkedHashSet<>();
    resources
        .transcriber()
        .syllableSpellings(word, SHORT_SYLLABLE_COST)
        .keySet()
        .forEach(
            s -> {
              if (s.length() > 1 && !schema.stems(language, s).isEmpty()) {
                spellings.add(s);
              }
            });
    return spellings.isEmpty()
        ? List.of()
        : List.of(
            LevelScore.of(
                NameLevels.anyOf(Fields.exact(language), spellings), MatchLevel.TRANSCRIBED));
  }

  /** The dearest syllable spelling a short syllable is matched by: the usual ones only. */
  private static final double SHORT_SYLLABLE_COST = 0.3;

  /**
   * The levels of a unit in the title and summary: stemmed, and a name's in any script ({@code
   * places}: the unit's conventional names, when it is a place the place files know).
   */
  private List<Query> metadataLevels(
      String text, int slop, NameKey name, List<String> places, FoundNames found) {
    List<Query> levels = new ArrayList<>();
    for (String field : Fields.SEARCHABLE_METADATA) {
      levels.add(LevelScore.of(builder.createPhraseQuery(field, text, slop), MatchLevel.STEMMED));
    }
    if (name != null) { // names of the title and summary, in any script
      List<Query> titleNames =
          nameLevels.of(
              Fields.META,
              text,
              name,
              false,
              places,
              new LinkedHashSet<>(),
              found.transcribed(),
              found.learnt());
      titleNames.removeIf(
          q -> q instanceof LevelScore l && l.level() != null && l.level().similarOnly());
      if (!titleNames.isEmpty()) {
        levels.add(new DisjunctionMaxQuery(titleNames, 0f));
      }
    }
    levels.removeIf(Objects::isNull);
    return levels;
  }
}
