package dev.dossier.search;

import dev.dossier.analysis.NameKey;
import dev.dossier.analysis.NameKeyFilter;
import dev.dossier.analysis.NameKeys;
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
 * The levels at which a query word matches as a name in one language's texts, below its exact and stemmed forms:
 * transliterated, transcribed, phonetic and OCR-fuzzy (see {@link MatchLevel}). Every level below transliterated
 * keeps only names the index holds, and only words that the collection treats as names.
 *
 * <p>Which texts a level looks in depends on the scripts. A Russian text's names are met by their name keys, which
 * every case form of a name shares (Рузвельта, Рузвельтом: ruzvelt). A Latin-alphabet text's names are met as the
 * words they are, because a Latin key also stands for the word with a vowel after it (Tito's key is Tit's), and
 * Latin names do not decline.
 */
final class NameLevels {

  private static final int OCR_MIN_WORD = 6;
  private static final int OCR_MIN_KEY = 5;
  /** Phonetic codes across scripts: "all", or "same" for the query word's own script only, or "none". */
  static final String PHONETIC = System.getProperty("dossier.phonetic", "same");
  /**
   * A word of a Latin-alphabet text is taken for a name when at least this share of the documents that have it
   * have it as a name (capitalised, and not also in lowercase in the same text).
   */
  static final double NAME_SHARE = Double.parseDouble(System.getProperty("dossier.nameshare", "0.5"));

  private final NameSeeds seeds;
  private final TranscribedKeys transcribed;

  NameLevels(NameSeeds seeds, TranscribedKeys transcribed) {
    this.seeds = seeds;
    this.transcribed = transcribed;
  }

  /**
   * The name levels of {@code word} (whose name keys are {@code key}) in the texts of {@code language}; {@code
   * unitTranscribed} gains the keys of the names it is transcribed as, {@code unitSeeds} the spellings OCR-fuzzy
   * matching starts from, for --explain.
   */
  List<Query> of(String language, String word, NameKey key, Set<String> unitSeeds, Set<String> unitTranscribed) {
    boolean russianTexts = language.equals("ru");
    boolean cyrillicWord = RussianRomanizer.isRussian(NameKeys.lookupForm(word).replaceAll("[^\\p{L}]", ""));
    boolean sameScript = russianTexts == cyrillicWord;
    String names = Fields.names(language);
    List<Query> levels = new ArrayList<>();
    Set<String> spellings = new LinkedHashSet<>(); // the name's keys in these texts, for OCR-fuzzy seeds
    if (russianTexts || sameScript) {
      levels.add(LevelScore.of(new TermQuery(new Term(names, NameKeyFilter.TRANSLIT + key.translit())),
          MatchLevel.TRANSLITERATED));
      if (seeds.docFreq(names, NameKeyFilter.TRANSLIT + key.translit()) > 0) {
        spellings.add(key.translit());
      }
    } else {
      levels.add(romanizedLevel(language, word, spellings));
    }
    if (!sameScript) {
      Set<String> found = new LinkedHashSet<>();
      levels.add(transcribedLevel(language, word, key, found));
      unitTranscribed.addAll(found);
      spellings.addAll(found);
    }
    if (PHONETIC.equals("all") || (PHONETIC.equals("same") && sameScript)) {
      Set<String> phoneticTerms = seeds.phoneticTerms(names, key.phonetic());
      if (!phoneticTerms.isEmpty()) {
        levels.add(LevelScore.of(anyOf(names, phoneticTerms), MatchLevel.PHONETIC));
      }
    }
    if (letters(word) >= OCR_MIN_WORD) {
      levels.add(ocrLevel(names, spellings, unitSeeds));
    }
    levels.removeIf(java.util.Objects::isNull);
    return levels;
  }

  /**
   * A Russian word in a Latin-alphabet text, written as BGN romanizes it: the word as typed and its nominative
   * stem (Хрущева → khrushcheva, khrushchev), as words of the text.
   */
  private Query romanizedLevel(String language, String word, Set<String> spellings) {
    String lower = NameKeys.lookupForm(word).replaceAll("[^\\p{L}]", "");
    Set<String> forms = new LinkedHashSet<>();
    forms.add(RussianRomanizer.romanize(lower));
    forms.add(NameKeys.translit(word));
    String exact = Fields.exact(language);
    forms.removeIf(f -> f.length() < NameKeys.MIN_KEY || seeds.docFreq(exact, f) == 0);
    forms.forEach(f -> spellings.add(NameKeys.translit(f)));
    return forms.isEmpty() ? null : LevelScore.of(anyOf(exact, forms), MatchLevel.TRANSLITERATED);
  }

  /**
   * The names of a language's texts that {@code word} is written as by sound: in Russian texts by their name keys
   * (every case form), in Latin-alphabet texts by their words, kept when the collection treats them as names.
   */
  private Query transcribedLevel(String language, String word, NameKey key, Set<String> found) {
    Set<String> terms = new LinkedHashSet<>();
    String field;
    if (language.equals("ru")) {
      field = Fields.names(language);
      for (String k : transcribed.russianKeys(word, field).keySet()) {
        if (!k.equals(key.translit())) {
          terms.add(NameKeyFilter.TRANSLIT + k);
          found.add(k);
        }
      }
    } else {
      field = Fields.exact(language);
      String names = Fields.names(language);
      for (String w : transcribed.latinWords(word, field).keySet()) {
        String k = NameKeys.translit(w);
        if (isName(names, k, field, w)) {
          terms.add(w);
          found.add(k);
        }
      }
    }
    return terms.isEmpty() ? null : LevelScore.of(anyOf(field, terms), MatchLevel.TRANSCRIBED);
  }

  /**
   * Whether the word {@code w} of a Latin-alphabet text (its name key {@code k}) is a name in this collection:
   * whether enough of the documents that have it have it as a name. Show, rather, iron and create are written in
   * lowercase in most documents that have them; Shaw, Reuter and Iran nowhere. This is Mikheev's document-centred
   * evidence of case (A. Mikheev, "Periods, Capitalized Words, etc.", Computational Linguistics 28(3), 2002)
   * summed over the collection.
   */
  private boolean isName(String namesField, String k, String exactField, String w) {
    int asName = seeds.docFreq(namesField, NameKeyFilter.TRANSLIT + k);
    int any = seeds.docFreq(exactField, w);
    return asName >= NAME_SHARE * any;
  }

  /**
   * Words one edit from a spelling of the name that these texts have (found at the transliterated or transcribed
   * level): OCR damage is relative to the spelling in the text (Гевара → Гезара), never to the query's spelling in
   * the other script (Гортон is not Gordon) nor to a merely similar-sounding word. A damaged spelling is rarer than
   * the one it damages: a word found in more than a quarter as many documents as its seed (and in more than one) is
   * a word of its own, not a misreading.
   */
  private Query ocrLevel(String field, Set<String> spellings, Set<String> unitSeeds) {
    Set<String> ocrTerms = new LinkedHashSet<>();
    for (String seed : spellings) {
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

  /** Any of the terms: plain term clauses, which the highlighter reads from the postings without re-analysis. */
  static Query anyOf(String field, Set<String> terms) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    terms.stream()
        .limit(IndexSearcher.getMaxClauseCount())
        .forEach(t -> any.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD));
    return any.build();
  }

  private static int letters(String text) {
    return (int) text.codePoints().filter(Character::isLetter).count();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
