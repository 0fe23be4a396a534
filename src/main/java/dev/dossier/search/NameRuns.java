package dev.dossier.search;

import dev.dossier.analysis.NameKeyFilter;
import dev.dossier.analysis.NameKeys;
import dev.dossier.analysis.RussianRomanizer;
import dev.dossier.analysis.Transcriber;
import dev.dossier.index.Fields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.FieldMaskingSpanQuery;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.Query;

/**
 * A name of several words in the other script (Танат Коман for Thanat Khoman, Чан Кай-ши for Chiang
 * Kai-shek, Юнайтед Пресс for United Press): its words must stand together there, each written as
 * the transcription rules allow, instead of each being found anywhere in a document.
 *
 * <p>Each word is matched by every spelling within its cost limit that the texts have, not only the
 * cheapest ones as a lone name is (Коман is Khoman although Coman is cheaper): standing next to the
 * other words of the name is the evidence a lone word lacks. This follows the
 * transliteration-mining practice of scoring a multi-word name by its aligned parts (M. Sajjad, A.
 * Fraser, H. Schmid, "A statistical model for unsupervised and semi-supervised transliteration
 * mining", ACL 2012). A word the rules cannot write at all (Кэ for Quai) is left as a gap, as long
 * as at least half of the name's words, and two or more, are found; particles (de, da, van, фон)
 * are gaps too.
 *
 * <p>A name whose words never stand together finds nothing in those texts (Ли Куан Ю, whose Yew no
 * rule writes). Matched word by word instead (a Lee, a Kuan and a Yu anywhere), as a similar match,
 * it raised the noise on absent names of the names evaluation's "sealed" set from 1.00 to 1.23
 * documents a query and found no more names.
 */
final class NameRuns {

  /** Particles of names, which the texts of the other script may write, drop or join. */
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "da", "du", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den",
          "la", "le", "el", "al", "ibn", "bin", "ben", "d", "де", "да", "ду", "дос", "душ", "дас",
          "дель", "делла", "ди", "ван", "фон", "дер", "ден", "ла", "ле", "эль", "аль", "ибн", "бин",
          "бен", "д");

  /** Spellings kept per word of a run, cheapest first. */
  private static final int MAX_SPELLINGS = 48;

  /**
   * Letters a run needs to be matched as one word: on the names evaluation's sealed set, shorter
   * ones added 0.25 false documents per absent name and found no more names.
   */
  static final int MIN_JOINED = 8;

  /**
   * How much dearer than a lone name's limit a word of a run may be spelt in Latin letters (У Тан
   * is U Thant): swept on the dev half (0, 0.5, 1.0).
   */
  static final double RUN_ALLOWANCE = 0.5;

  /** Words of a run at most: a longer string of capitals is a title, not a name. */
  static final int MAX_WORDS = 5;

  /** The dearest syllable spelling a short word of a run is matched by. */
  private static final double SYLLABLE_COST = 0.5;

  private final Transcriber transcriber;
  private final TranscribedKeys transcribed;
  private final NameSeeds seeds;

  NameRuns(Transcriber transcriber, TranscribedKeys transcribed, NameSeeds seeds) {
    this.transcriber = transcriber;
    this.transcribed = transcribed;
    this.seeds = seeds;
  }

  /**
   * The end (exclusive) of the run of name words that starts at {@code words[start]}: capitalised
   * words of one script with particles between them, at least two capitalised; {@code start} when
   * none starts there. {@code taken} tells the words that belong to a group of their own (an alias,
   * a place or a glossary term).
   */
  static int end(String[] words, int start, IntPredicate taken) {
    Boolean cyrillic = null;
    int end = start;
    int capitals = 0;
    int lastCapital = start;
    while (end < words.length && end - start < MAX_WORDS && !taken.test(end)) {
      String word = words[end];
      if (!QueryWords.isWord(word)) {
        break;
      }
      boolean capital = Character.isUpperCase(word.codePointAt(0));
      if (!capital && !isParticle(word)) {
        break;
      }
      boolean script = RussianRomanizer.isRussian(NameKeys.lookupForm(word));
      if (cyrillic != null && cyrillic != script) {
        break;
      }
      cyrillic = script;
      if (capital) {
        capitals++;
        lastCapital = end + 1;
      }
      end++;
    }
    return capitals >= 2 ? lastCapital : start;
  }

  static boolean isParticle(String word) {
    return PARTICLES.contains(word.toLowerCase(Locale.ROOT).replace("'", "").replace("’", ""));
  }

  /**
   * The run {@code words} written as one word in the texts of {@code language}, as Russian joins a
   * name of several words (Dien Bien Phu, Дьенбьенфу; Luang Prabang, Луангпрабанг; Мак-Кенна,
   * McKenna): its letters, particles included, transcribed as one name; null when the texts have no
   * such name, or when the name is shorter than {@link #MIN_JOINED} letters: a short one joins
   * syllables into words of other names (Е Тин as Yetin, Нам Ир as Namir). Asked only for a Latin
   * name, or a Russian one typed with hyphens: writing a long Russian word in every Latin spelling
   * costs a fresh process about a quarter of a second.
   */
  Query joined(String language, List<String> words, Set<String> found) {
    String joined = String.join("", words);
    if (joined.codePointCount(0, joined.length()) < MIN_JOINED) {
      return null;
    }
    String field = Fields.names(language);
    Map<String, Double> keys =
        language.equals("ru")
            ? transcribed.russianKeys(joined, field)
            : transcribed.latinWords(joined, field);
    if (keys.isEmpty()) {
      return null;
    }
    Set<String> terms = new java.util.LinkedHashSet<>();
    for (String key : TranscribedKeys.cheapest(keys).keySet()) {
      terms.add(NameKeyFilter.TRANSLIT + key);
      found.add(language + ":" + key);
    }
    return NameLevels.anyOf(field, terms);
  }

  /**
   * The run {@code words} matched in the texts of {@code language}, written in the other script: a
   * span of its words' spellings, in order; null when fewer than two words, or fewer than half,
   * have one there. {@code language} may be {@link Fields#META}, the title and summary, where the
   * words may stand in either order (RAY, MANUEL). {@code found} gains the spellings matched, as
   * {@code language:key}, for --explain.
   */
  Query query(String language, List<String> words, Set<String> found) {
    boolean metadata = language.equals(Fields.META);
    boolean russianTexts =
        metadata
            ? !RussianRomanizer.isRussian(NameKeys.lookupForm(words.get(0)))
            : language.equals("ru");
    // The spellings are the names the texts hold (their name field's keys). The words must stand
    // together in the name field of Russian texts, whose keys take off case endings, and of the
    // title and summary, whose words of either script are only there; in Latin-alphabet texts, in
    // the unstemmed field, where a name's key is the word itself and the word is there even in a
    // text that also writes it in lowercase (General, Press).
    String nameField = Fields.names(language);
    String field = russianTexts || metadata ? nameField : Fields.exact(language);
    String prefix = russianTexts || metadata ? NameKeyFilter.TRANSLIT : "";
    List<SpanQuery> clauses = new ArrayList<>();
    int names = 0;
    int gaps = 1; // a middle initial (John F. Kennedy)
    for (String word : words) {
      if (isParticle(word)) {
        gaps++;
        continue;
      }
      names++;
      Map<String, Double> spellings =
          new LinkedHashMap<>(
              russianTexts
                  ? transcribed.russianKeys(word, nameField)
                  : transcribed.latinWords(word, nameField, RUN_ALLOWANCE));
      // a syllable too short for a name key (Wu, Fu of Wu Pei-fu: У, фу) is a word of the Russian
      // text's unstemmed field, whose positions are the name field's
      Map<String, Double> textWords = new LinkedHashMap<>();
      String exact = Fields.exact(language);
      if (word.codePointCount(0, word.length()) < NameKeys.MIN_KEY) { // Ку, Ю: by the syllables
        transcriber
            .syllableSpellings(word, SYLLABLE_COST)
            .forEach(
                (spelling, cost) -> {
                  String key = russianTexts ? NameKeys.russianKey(spelling) : spelling;
                  if (seeds.docFreq(field, prefix + key) > 0) {
                    spellings.merge(key, cost, Math::min);
                  } else if (russianTexts
                      && !metadata
                      && seeds.docFreq(exact, NameKeys.lookupForm(spelling)) > 0) {
                    textWords.merge(NameKeys.lookupForm(spelling), cost, Math::min);
                  }
                });
      }
      if (spellings.isEmpty() && textWords.isEmpty()) {
        gaps++;
        continue;
      }
      List<SpanQuery> terms = new ArrayList<>();
      textWords.forEach(
          (w, cost) -> {
            terms.add(new FieldMaskingSpanQuery(new SpanTermQuery(new Term(exact, w)), nameField));
            found.add(language + ":" + w);
          });
      spellings.entrySet().stream()
          .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
          .limit(MAX_SPELLINGS)
          .forEach(
              e -> {
                terms.add(new SpanTermQuery(new Term(field, prefix + e.getKey())));
                found.add(language + ":" + e.getKey());
              });
      clauses.add(
          terms.size() == 1 ? terms.get(0) : new SpanOrQuery(terms.toArray(SpanQuery[]::new)));
    }
    if (clauses.size() < 2 || 2 * clauses.size() < names) {
      return null;
    }
    // in order in a text; a title may invert a name (RAY, MANUEL)
    return new SpanNearQuery(clauses.toArray(SpanQuery[]::new), gaps, !metadata);
  }
}
