package dev.dossier.search;

import dev.dossier.analysis.NameKey;
import dev.dossier.analysis.NameKeyFilter;
import dev.dossier.analysis.NameKeys;
import dev.dossier.analysis.RussianAdjectives;
import dev.dossier.analysis.RussianRomanizer;
import dev.dossier.index.Fields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The levels at which a query word matches as a name in one language's texts, below its exact and
 * stemmed forms: transliterated, transcribed, phonetic and OCR-fuzzy (see {@link MatchLevel}).
 * Every level below transliterated keeps only names the index holds, and only words that the
 * collection treats as names.
 *
 * <p>Every level meets names in a name field, so only words a text treats as names match (not
 * "sato" in a line of OCR garbage). A Russian name's key is its romanized stem, which every case
 * form shares (Рузвельта, Рузвельтом: ruzvelt); a Latin-alphabet name's key is the word itself, as
 * it does not decline.
 */
final class NameLevels {

  private static final int OCR_MIN_WORD = 6;
  private static final int OCR_MIN_KEY = 5;

  /**
   * Keys shorter than this have too many sound-alikes among ordinary words (Мао ~ May, Шоу ~ Chou).
   */
  private static final int PHONETIC_MIN_KEY = 4;

  /**
   * A word of a Latin-alphabet text is taken for a name when at least this share of the documents
   * that have it have it as a name (capitalised, and not also in lowercase in the same text).
   */
  static final double NAME_SHARE = 0.5;

  private final NameSeeds seeds;
  private final TranscribedKeys transcribed;

  /**
   * The searched languages written in the Latin alphabet: a Latin query word may be a name of any
   * of them.
   */
  private final List<String> latinLanguages;

  /** Whether the variants file says a query word and a name key are not the same name. */
  private final java.util.function.BiPredicate<String, String> refused;

  NameLevels(
      NameSeeds seeds,
      TranscribedKeys transcribed,
      List<String> languages,
      java.util.function.BiPredicate<String, String> refused) {
    this.seeds = seeds;
    this.transcribed = transcribed;
    this.latinLanguages = languages.stream().filter(l -> !l.equals("ru")).toList();
    this.refused = refused;
  }

  /**
   * The name levels of {@code word} (whose name keys are {@code key}) in the texts of {@code
   * language}; {@code adjective}: the word is a Russian adjective before its noun, which may be
   * matched by the name it is made from ({@link RussianAdjectives}); {@code place}: the word is a
   * place the place files know, whose name in the other script is its conventional one (the
   * conventional level's), so its by-sound, phonetic and OCR look-alikes are other words (Рейн is
   * the Rhine, not Wran; Гана is Ghana, not Hanna) and are not searched; {@code unitTranscribed}
   * gains the keys of the names it is transcribed as, {@code unitSeeds} the spellings OCR-fuzzy
   * matching starts from, for --explain.
   */
  List<Query> of(
      String language,
      String word,
      NameKey key,
      boolean adjective,
      List<String> places,
      Set<String> unitSeeds,
      Set<String> unitTranscribed,
      Set<String> unitLearnt) {
    boolean russianTexts = language.equals("ru");
    boolean cyrillicWord = isCyrillic(word);
    boolean sameScript = russianTexts == cyrillicWord;
    String names = Fields.names(language);
    List<Query> levels = new ArrayList<>();
    Set<String> spellings =
        new LinkedHashSet<>(); // the name's keys in these texts, for OCR-fuzzy seeds
    Set<String> ocrSeeds = new LinkedHashSet<>(); // the spellings OCR damage is measured from
    if (russianTexts || sameScript) {
      String own = russianTexts ? NameKeys.russianKey(word) : key.translit();
      Set<String> keys = new LinkedHashSet<>(List.of(own));
      if (russianTexts) { // a Latin-alphabet word inside a Russian text keeps all its letters:
        // Gevara
        keys.add(cyrillicWord ? RussianRomanizer.romanize(letterForm(word)) : key.translit());
      }
      if (cyrillicWord
          || isRussianName(names, own, Fields.exact(language), transcribed.letterForLetter(word))) {
        levels.add(LevelScore.of(anyOf(names, prefixed(keys)), MatchLevel.TRANSLITERATED));
      }
      keys.stream()
          .filter(k -> seeds.docFreq(names, NameKeyFilter.TRANSLIT + k) > 0)
          .forEach(spellings::add);
      ocrSeeds.add(
          own); // the name as these texts would write it letter for letter, even where only damaged
    } else {
      levels.add(romanizedLevel(language, word, spellings));
    }
    if (!sameScript) {
      levels.add(learntLevel(language, word, key, unitLearnt));
    }
    if (!places.isEmpty()) {
      Set<String> placeKeys = new LinkedHashSet<>();
      boolean metadata = language.equals(Fields.META);
      for (String place : places) { // the place's names in these texts' script, one word each
        if (place.strip().indexOf(' ') < 0
            && !letterForm(place).isEmpty()
            && (metadata || isCyrillic(place) == russianTexts)) {
          placeKeys.add(keyIn(russianTexts, place));
        }
      }
      if (metadata && !placeKeys.isEmpty()) { // texts have the conventional level; titles not
        levels.add(LevelScore.of(anyOf(names, prefixed(placeKeys)), MatchLevel.CONVENTIONAL));
      }
      spellings.addAll(placeKeys); // OCR damage is measured from them
    } else {
      if (!sameScript) {
        Set<String> found = new LinkedHashSet<>();
        levels.add(transcribedLevel(language, word, adjective, spellings, found));
        found.forEach(k -> unitTranscribed.add(language + ":" + k));
        spellings.addAll(found);
      }
      if (sameScript && !russianTexts && key.translit().length() >= PHONETIC_MIN_KEY) {
        levels.add(phoneticLevel(names, key));
      }
    }
    if (letters(word) >= OCR_MIN_WORD) {
      ocrSeeds.addAll(spellings);
      levels.add(ocrLevel(names, ocrSeeds, spellings, unitSeeds));
    }
    levels.removeIf(java.util.Objects::isNull);
    return levels;
  }

  /**
   * A Russian word in a Latin-alphabet text, written as BGN romanizes it, as a name of the text
   * (Хрущев → khrushchev). Not its stem: a stem is often a word of its own (Бомбей → bomb, Тито →
   * tit).
   */
  private Query romanizedLevel(String language, String word, Set<String> spellings) {
    String romanized =
        RussianRomanizer.romanize(NameKeys.lookupForm(word).replaceAll("[^\\p{L}]", ""));
    String names = Fields.names(language);
    if (romanized.length() < NameKeys.MIN_KEY
        || seeds.docFreq(names, NameKeyFilter.TRANSLIT + romanized) == 0) {
      return null;
    }
    spellings.add(romanized);
    return LevelScore.of(
        new TermQuery(new Term(names, NameKeyFilter.TRANSLIT + romanized)),
        MatchLevel.TRANSLITERATED);
  }

  /**
   * The names of a language's texts that {@code word} is written as by sound, kept when the
   * collection treats them as names and when they compete well with the other spellings the texts
   * have, the letter-for-letter one among them ({@code spellings}). A spelling's standing is its
   * cost less {@link #FREQUENCY_WEIGHT} times the log10 of the documents that have it: a likelier
   * correspondence and a more frequent name both count, as the channel and the prior of a
   * noisy-channel model of transliteration do (Knight and Graehl 1998). Spellings more than {@link
   * TranscribedKeys#MARGIN} behind the best are other names: Энгельс is Engels, not Angeles; Сато
   * is Sato, not SEATO; Шоу is Shaw, not Chou.
   */
  private Query transcribedLevel(
      String language, String word, boolean adjective, Set<String> spellings, Set<String> found) {
    String names = Fields.names(language);
    java.util.Map<String, Double> keys;
    if (language.equals("ru")) {
      keys = new java.util.LinkedHashMap<>(transcribed.russianKeys(word, names));
      // judged by the spelling that gave the key, which is a word when the name is in the
      // nominative
      keys.keySet()
          .removeIf(
              k -> !isRussianName(names, k, Fields.exact(language), transcribed.spellingOf(k)));
    } else {
      keys = new java.util.LinkedHashMap<>(transcribed.latinWords(word, names));
      keys.keySet().removeIf(w -> !isName(names, w, Fields.exact(language), w));
      if (keys.isEmpty() && adjective) {
        keys = adjectiveNouns(word, names, Fields.exact(language));
      }
    }
    keys.keySet().removeIf(k -> refused.test(word, k));
    java.util.Map<String, Double> standing = new java.util.LinkedHashMap<>();
    for (String letterForLetter : spellings) {
      standing.put(
          letterForLetter,
          -FREQUENCY_WEIGHT
              * Math.log10(1 + seeds.docFreq(names, NameKeyFilter.TRANSLIT + letterForLetter)));
    }
    keys.forEach(
        (k, cost) ->
            standing.merge(
                k,
                cost
                    - FREQUENCY_WEIGHT
                        * Math.log10(1 + seeds.docFreq(names, NameKeyFilter.TRANSLIT + k)),
                Math::min));
    Set<String> terms = new LinkedHashSet<>();
    for (String k : TranscribedKeys.cheapest(standing).keySet()) {
      if (!spellings.contains(k)) {
        terms.add(NameKeyFilter.TRANSLIT + k);
        found.add(k);
      }
    }
    return terms.isEmpty() ? null : LevelScore.of(anyOf(names, terms), MatchLevel.TRANSCRIBED);
  }

  /**
   * For a Russian adjective of a name that is written as nothing in the other script (Малаккский,
   * Багамские, Кокосовые), the names its nouns are written as ({@link RussianAdjectives}), each at
   * {@link #ADJECTIVE_COST} more: the Strait of Malacca, the Bahamas, the Cocos Islands.
   */
  private java.util.Map<String, Double> adjectiveNouns(
      String word, String names, String exactField) {
    java.util.Map<String, Double> keys = new java.util.LinkedHashMap<>();
    for (String noun : RussianAdjectives.nounsOf(word)) {
      transcribed
          .latinWords(noun, names)
          .forEach(
              (w, cost) -> {
                if (isName(names, w, exactField, w)) {
                  keys.merge(w, cost + ADJECTIVE_COST, Math::min);
                }
              });
    }
    return keys;
  }

  /** What reading an adjective as its noun costs on top of the noun's spelling. */
  static final double ADJECTIVE_COST = 0.3;

  /** How much a tenfold more frequent spelling is worth, in cost. */
  static final double FREQUENCY_WEIGHT = 0.8; // swept on the dev half (0.3, 0.5, 0.8)

  /**
   * Whether {@code word} (name key {@code key}) is a name in this collection: whether enough of the
   * documents that have it have it as a name. Show, rather, iron and create are written in
   * lowercase in most documents that have them, and so are Короче, Зато and Труда, capitalised only
   * at the start of a sentence; Shaw, Reuter and Iran nowhere. This is Mikheev's document-centred
   * evidence of case (A. Mikheev, "Periods, Capitalized Words, etc.", Computational Linguistics
   * 28(3), 2002) summed over the collection.
   */
  private boolean isName(String namesField, String key, String exactField, String word) {
    if (word == null) {
      return true;
    }
    return seeds.writtenAsName(namesField, key, exactField, word);
  }

  /**
   * {@link #isName} for a Russian spelling of a name, against the documents that have any of its
   * stem's case forms: the key counts every capitalised form (Наша, Нашему, Нашим for Nash), so one
   * form alone (наш) undercounts the lowercase. При of Prio and Наш of Nash are written in
   * lowercase in most documents that have them.
   */
  private boolean isRussianName(String namesField, String key, String exactField, String spelling) {
    if (spelling == null) {
      return true;
    }
    String lower = NameKeys.lookupForm(spelling);
    String stem = NameKeys.cyrillicStem(lower);
    int any = seeds.docFreq(exactField, lower);
    for (String ending : CASE_ENDINGS) {
      any = Math.max(any, seeds.docFreq(exactField, stem + ending));
    }
    return seeds.docFreq(namesField, NameKeyFilter.TRANSLIT + key) >= NAME_SHARE * any;
  }

  /** The endings of Russian nouns and adjectives, for {@link #isRussianName}. */
  private static final List<String> CASE_ENDINGS =
      List.of(
          "", "а", "я", "у", "ю", "е", "и", "ы", "о", "ой", "ей", "ом", "ем", "ам", "ям", "ами",
          "ями", "ах", "ях", "ов", "ев", "его", "ему", "им", "ым", "их", "ых", "ого", "ому", "ая",
          "ую", "ые", "ий", "ый");

  /**
   * The names the archive's own bilingual documents translate {@code word} as, in aligned passages,
   * in {@code language}'s texts ({@link dev.dossier.index.NamePairLearner}); a pair the variants
   * file refuses ({@code a != b}) is left out.
   */
  private Query learntLevel(String language, String word, NameKey key, Set<String> found) {
    Set<String> terms = new LinkedHashSet<>();
    boolean cyrillic = RussianRomanizer.isRussian(letterForm(word));
    for (String source : cyrillic ? List.of("ru") : latinLanguages) {
      if (source.equals(language)) {
        continue;
      }
      for (String k : seeds.learnt(source, key.translit(), language).keySet()) {
        if (!refused.test(word, k)) {
          terms.add(NameKeyFilter.TRANSLIT + k);
          found.add(language + ":" + k);
        }
      }
    }
    return terms.isEmpty()
        ? null
        : LevelScore.of(anyOf(Fields.names(language), terms), MatchLevel.LEARNT);
  }

  /**
   * Other spellings of a name in texts of its own alphabet that share a Beider–Morse code with it
   * (Khruschev, Khrushchev): names only, and rarer than the spelling asked for, because a variant
   * spelling is rarer than the usual one while an unrelated word that happens to sound alike is
   * often common (Kohl is not Cole or Col). Across alphabets the transcription rules do this work,
   * checked against the texts; and a Russian text writes a name one way.
   */
  private Query phoneticLevel(String names, NameKey key) {
    int asked = seeds.docFreq(names, NameKeyFilter.TRANSLIT + key.translit());
    Set<String> terms = new LinkedHashSet<>();
    for (String term : seeds.phoneticTerms(names, key.phonetic())) {
      String k = term.substring(term.indexOf(':', NameKeyFilter.PHONETIC.length()) + 1);
      // a code's term has the documents of its translit key, whose t: term the search looks up
      if (k.length() >= PHONETIC_MIN_KEY
          && seeds.docFreq(names, NameKeyFilter.TRANSLIT + k) <= Math.max(3, 2 * asked)) {
        terms.add(NameKeyFilter.TRANSLIT + k);
      }
    }
    return terms.isEmpty() ? null : LevelScore.of(anyOf(names, terms), MatchLevel.PHONETIC);
  }

  /**
   * Words one edit from a spelling of the name in these texts: one they have (found at the
   * transliterated or transcribed level), or the letter-for-letter one (Андропов → Андропозу where
   * only the damaged form survives). OCR damage is relative to the spelling in the text (Гевара →
   * Гезара), never to a merely similar-sounding word. A damaged spelling is rarer than the one it
   * damages: a word found in more than a quarter as many documents as its seed (and in more than
   * one) is a word of its own, not a misreading (Гортон → Gorton, not Gordon).
   */
  private Query ocrLevel(
      String field, Set<String> ocrSeeds, Set<String> spellings, Set<String> unitSeeds) {
    Set<String> ocrTerms = new LinkedHashSet<>();
    for (String seed : ocrSeeds) {
      if (seed.length() < OCR_MIN_KEY) {
        continue;
      }
      unitSeeds.add(seed);
      int seedDocs = seeds.docFreq(field, NameKeyFilter.TRANSLIT + seed);
      for (String term : seeds.fuzzyTerms(field, seed)) {
        if (seeds.docFreq(field, term) <= Math.max(1, seedDocs / 4)) {
          ocrTerms.add(term);
        }
      }
    }
    spellings.forEach(k -> ocrTerms.remove(NameKeyFilter.TRANSLIT + k));
    return ocrTerms.isEmpty() ? null : LevelScore.of(anyOf(field, ocrTerms), MatchLevel.OCR_FUZZY);
  }

  /**
   * Whether a capital letter marks a name in a language's texts: in all but German, which
   * capitalises every noun (a capitalised German word may be an ordinary noun, and keeps its
   * stemmed matches).
   */
  static boolean capitalsMarkNames(String language) {
    return !language.equals("de");
  }

  /**
   * Any of the terms: plain term clauses, which the highlighter reads from the postings without
   * re-analysis.
   */
  static Query anyOf(String field, Set<String> terms) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    terms.stream()
        .limit(IndexSearcher.getMaxClauseCount())
        .forEach(t -> any.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD));
    return any.build();
  }

  private static Set<String> prefixed(Set<String> keys) {
    Set<String> terms = new LinkedHashSet<>();
    keys.forEach(k -> terms.add(NameKeyFilter.TRANSLIT + k));
    return terms;
  }

  /** The word lowercased, ё as е, letters only. */
  static String letterForm(String word) {
    return NameKeys.lookupForm(word).replaceAll("[^\\p{L}]", "");
  }

  /** Whether a word is written in Cyrillic, by its letters. */
  static boolean isCyrillic(String word) {
    return RussianRomanizer.isRussian(letterForm(word));
  }

  /**
   * The key a name has in Russian texts ({@link NameKeys#russianKey}) or in Latin-alphabet ones
   * ({@link NameKeys#translit}).
   */
  static String keyIn(boolean russianTexts, String name) {
    return russianTexts ? NameKeys.russianKey(name) : NameKeys.translit(name);
  }

  private static int letters(String text) {
    return (int) text.codePoints().filter(Character::isLetter).count();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
