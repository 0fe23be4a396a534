package dev.dossier.analysis;

import dev.dossier.config.TranscriptionTable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * Writes a name in the other script by sound: every spelling the {@link TranscriptionTable}'s rules
 * give, with its cost (the sum of the rules' costs), cheapest first. Roosevelt gives Рузвельт among
 * its first spellings, Рузвельт gives Roosevelt; a Latin word is written in Cyrillic, a Russian
 * word in Latin letters.
 *
 * <p>The spellings are enumerated best first (a uniform-cost search over the positions of the word,
 * each step one rule), so a cost limit and a count limit bound the work whatever the word. They are
 * candidates only: the caller keeps those the index actually holds, which is what makes a generous
 * rule set precise (transliteration mining, e.g. T. Sherif and G. Kondrak, "Substring-Based
 * Transliteration", ACL 2007, scores candidate pairs rather than trusting one generated spelling).
 */
public final class Transcriber {

  /** The script a word is written into. */
  public enum Target {
    /** A Latin-alphabet word written in Cyrillic. */
    CYRILLIC,
    /** A Russian word written in Latin letters. */
    LATIN
  }

  /**
   * One spelling of a word in the other script.
   *
   * @param spelling lowercase, in the target script
   * @param cost the sum of the costs of the rules that wrote it; 0 is the usual spelling
   */
  public record Candidate(String spelling, double cost) {}

  /**
   * How a spelling was written: the rules, in order, and the total cost.
   *
   * @param rules the rules used, one per letter group of the word
   * @param cost their summed cost in the direction written
   */
  public record Derivation(List<TranscriptionTable.Rule> rules, double cost) {}

  /**
   * Rules by direction, by the first letter of their source side; insertions (empty source) apart.
   */
  private final Map<Character, List<TranscriptionStep>> toCyrillic = new HashMap<>();

  private final Map<Character, List<TranscriptionStep>> toLatin = new HashMap<>();
  private final List<TranscriptionStep> insertToCyrillic = new ArrayList<>();
  private final List<TranscriptionStep> insertToLatin = new ArrayList<>();

  /**
   * Every rule as a step from Cyrillic to Latin letters, whichever direction it is used in, for
   * {@link #latinSpellings}; insertions apart.
   */
  private final Map<Character, List<TranscriptionStep>> eitherWayToLatin = new HashMap<>();

  private final List<TranscriptionStep> eitherWayInsertions = new ArrayList<>();

  /** The languages whose names are written by syllable (Chinese, Japanese). */
  private final SyllableSpellings syllables;

  /** A transcriber by the rules of {@code table}, and its syllable tables. */
  public Transcriber(TranscriptionTable table) {
    this.syllables = new SyllableSpellings(table.syllables());
    for (TranscriptionTable.Rule r : table.rules()) {
      if (r.toCyrillic() >= 0) {
        // ь and ъ are no letters of a name key, and a spelling is compared without them
        add(
            toCyrillic,
            insertToCyrillic,
            new TranscriptionStep(
                r.latin(), withoutSigns(r.cyrillic()), r.toCyrillic(), r.atStart(), r.atEnd(), r));
      }
      if (r.toLatin() >= 0) {
        add(
            toLatin,
            insertToLatin,
            new TranscriptionStep(r.cyrillic(), r.latin(), r.toLatin(), r.atStart(), r.atEnd(), r));
      }
      if (r.toCyrillic() >= 0 || r.toLatin() >= 0) {
        String cyrillic = withoutSigns(r.cyrillic());
        TranscriptionStep step =
            new TranscriptionStep(cyrillic, r.latin(), 0, r.atStart(), r.atEnd(), r);
        if (cyrillic.isEmpty()) {
          if (!r.latin().isEmpty()) {
            eitherWayInsertions.add(step);
          }
        } else {
          eitherWayToLatin.computeIfAbsent(cyrillic.charAt(0), c -> new ArrayList<>()).add(step);
        }
      }
    }
  }

  private static String withoutSigns(String cyrillic) {
    return cyrillic.replace("ь", "").replace("ъ", "");
  }

  private static void add(
      Map<Character, List<TranscriptionStep>> bySource,
      List<TranscriptionStep> insertions,
      TranscriptionStep step) {
    if (step.source().isEmpty() && step.target().isEmpty()) {
      return;
    }
    if (step.source().isEmpty()) {
      // an insertion goes anywhere, though never twice in a row; unanchored, it must cost enough to
      // stay rare
      if (step.atStart() || step.atEnd() || step.cost() >= 1) {
        insertions.add(step);
      }
      return;
    }
    bySource.computeIfAbsent(step.source().charAt(0), c -> new ArrayList<>()).add(step);
  }

  /**
   * The largest cost at which a name of {@code letters} letters is taken to be written as a
   * spelling: longer names allow more (1.0 plus 0.15 a letter, at most 3). Query matching and
   * learning from aligned passages share it.
   */
  public static double costLimit(int letters) {
    return Math.min(MAX_COST, BASE_COST + PER_LETTER * letters);
  }

  private static final double BASE_COST = 1.0;
  private static final double PER_LETTER = 0.15;
  private static final double MAX_COST = 3.0;

  /**
   * Whether the rules write {@code word} into another script: a Russian word, or a word of Latin
   * letters.
   */
  public Target targetOf(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    return RussianRomanizer.isRussian(lettersOnly(lower))
        ? Target.LATIN
        : latinLetters(word) == null ? null : Target.CYRILLIC;
  }

  /**
   * The spellings of {@code word} in the other script that cost at most {@code maxCost}, cheapest
   * first, at most {@code limit} of them; none when the word is neither Russian nor in Latin
   * letters. Letters other than the alphabet's (hyphens, apostrophes) are left out: Kai-shek is
   * read as kaishek.
   */
  public List<Candidate> candidates(String word, double maxCost, int limit) {
    String lower = lettersOnly(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
    if (RussianRomanizer.isRussian(lower)) {
      return withSyllables(
          SpellingSearch.enumerate(lower, toLatin, insertToLatin, maxCost, limit),
          syllables.latin(withoutSigns(lower), maxCost, limit),
          limit);
    }
    String latin = latinLetters(word);
    return latin == null
        ? List.of()
        : withSyllables(
            SpellingSearch.enumerate(latin, toCyrillic, insertToCyrillic, maxCost, limit),
            syllables.cyrillic(latin, maxCost, limit),
            limit);
  }

  /**
   * The letter rules' candidates and the syllable tables' spellings together, cheapest first, at
   * most {@code limit}.
   */
  private static List<Candidate> withSyllables(
      List<Candidate> byLetters, Map<String, Double> bySyllables, int limit) {
    if (bySyllables.isEmpty()) {
      return byLetters;
    }
    Map<String, Double> all = new LinkedHashMap<>();
    byLetters.forEach(c -> all.merge(c.spelling(), c.cost(), Math::min));
    bySyllables.forEach((s, c) -> all.merge(s, c, Math::min));
    return all.entrySet().stream()
        .map(e -> new Candidate(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingDouble(Candidate::cost))
        .limit(limit)
        .toList();
  }

  /**
   * The spellings of {@code word} in the other script by the syllable tables alone, at most {@code
   * maxCost}, cheapest first: Yu is юй, Ли is li. For the syllables of a name of several words that
   * are too short to have a name key (Feng Yu-hsiang, Ли Куан Ю).
   */
  public Map<String, Double> syllableSpellings(String word, double maxCost) {
    String lower = lettersOnly(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
    if (RussianRomanizer.isRussian(lower)) {
      return syllables.latin(withoutSigns(lower), maxCost, SYLLABLE_SPELLINGS);
    }
    String latin = latinLetters(word);
    return latin == null ? Map.of() : syllables.cyrillic(latin, maxCost, SYLLABLE_SPELLINGS);
  }

  /**
   * The cheapest way the rules write {@code word} as {@code spelling} in the other script, or null
   * when they cannot: a shortest path over (position in the word, position in the spelling), each
   * step one rule.
   */
  public Derivation derivation(String word, String spelling) {
    String lower = lettersOnly(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
    boolean russian = RussianRomanizer.isRussian(lower);
    String source = russian ? lower : latinLetters(word);
    // the signs ь and ъ are not letters of a name key, and nothing in a Latin spelling writes them
    String target =
        russian
            ? latinLetters(spelling)
            : withoutSigns(lettersOnly(spelling.toLowerCase(Locale.ROOT).replace('ё', 'е')));
    if (source == null || target == null) {
      return null;
    }
    return DerivationSearch.align(
        source, target, russian ? toLatin : toCyrillic, russian ? insertToLatin : insertToCyrillic);
  }

  /**
   * The cheapest way the rules write either word as the other: the cost of a pair of spellings,
   * whichever script's conventions join them (Маккоун is McCone as Russian writes the English name,
   * more cheaply than as English would write the Russian one); infinite when they do not.
   */
  public double pairCost(String a, String b) {
    double best = Double.POSITIVE_INFINITY;
    Derivation there = derivation(a, b);
    Derivation back = derivation(b, a);
    if (there != null) {
      best = there.cost();
    }
    if (back != null) {
      best = Math.min(best, back.cost());
    }
    return Math.min(best, syllableCost(a, b));
  }

  /**
   * The cheapest way one language's syllables write one of the words as the other (Suzuki,
   * Судзуки); infinite when they do not.
   */
  private double syllableCost(String a, String b) {
    if (syllables.isEmpty()) {
      return Double.POSITIVE_INFINITY;
    }
    String la = withoutSigns(lettersOnly(a.toLowerCase(Locale.ROOT).replace('ё', 'е')));
    String lb = withoutSigns(lettersOnly(b.toLowerCase(Locale.ROOT).replace('ё', 'е')));
    boolean ra = RussianRomanizer.isRussian(la);
    boolean rb = RussianRomanizer.isRussian(lb);
    if (ra == rb) {
      return Double.POSITIVE_INFINITY;
    }
    String latin = latinLetters(ra ? b : a);
    return latin == null ? Double.POSITIVE_INFINITY : syllables.cost(latin, ra ? la : lb);
  }

  /**
   * Every Latin spelling the rules, read in either direction, could give the Russian {@code word},
   * at any cost, after {@code prefix}: an automaton to intersect with the terms of a name field,
   * whose matches are then priced by {@link #pairCost}. Null for a word that is not Russian.
   */
  public Automaton latinSpellings(String prefix, String word) {
    String lower = withoutSigns(lettersOnly(word.toLowerCase(Locale.ROOT).replace('ё', 'е')));
    if (!RussianRomanizer.isRussian(lower)) {
      return null;
    }
    Automaton byLetters =
        SpellingAutomaton.of(prefix, lower, eitherWayToLatin, eitherWayInsertions);
    Map<String, Double> bySyllables = syllables.latin(lower, Double.MAX_VALUE, SYLLABLE_SPELLINGS);
    if (bySyllables.isEmpty()) {
      return byLetters;
    }
    List<BytesRef> sorted = new ArrayList<>();
    new TreeSet<>(bySyllables.keySet()).forEach(s -> sorted.add(new BytesRef(prefix + s)));
    return Operations.union(List.of(byLetters, Automata.makeStringUnion(sorted)));
  }

  /** A Cyrillic word's syllable spellings added to its automaton at most. */
  private static final int SYLLABLE_SPELLINGS = 2048;

  /** A cost to two decimals, as the rules write theirs. */
  static double round(double cost) {
    return Math.round(cost * 100) / 100.0;
  }

  /** The letters of {@code s}: hyphens, apostrophes and spaces dropped. */
  private static String lettersOnly(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  /**
   * {@code word} as lowercase ASCII letters (accents taken off, ß as ss), or null when it has other
   * letters.
   */
  static String latinLetters(String word) {
    String folded =
        Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replace("ß", "ss")
            .replace("æ", "ae")
            .replace("œ", "oe")
            .replace('ø', 'o')
            .replace('ł', 'l')
            .replace('đ', 'd');
    StringBuilder b = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c >= 'a' && c <= 'z') {
        b.append(c);
      } else if (Character.isLetter(c)) {
        return null;
      }
    }
    return b.length() == 0 ? null : b.toString();
  }
}
