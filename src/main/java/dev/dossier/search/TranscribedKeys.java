package dev.dossier.search;

import dev.dossier.analysis.NameKeyFilter;
import dev.dossier.analysis.NameKeys;
import dev.dossier.analysis.Transcriber;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * The names an index holds that a query word is written as in the other script, by sound: the
 * word's {@link Transcriber} spellings, compiled into one automaton that is intersected with the
 * terms of a field, as FuzzyQuery intersects its Levenshtein automaton. So only names the index has
 * come back, each with the cost of its cheapest spelling.
 *
 * <p>A Russian name is declined, so its spellings are turned into name keys (the stem, romanized),
 * which every case form of a name shares. A Latin-alphabet name is not declined, and its key is its
 * letters.
 */
final class TranscribedKeys {

  /**
   * Spellings enumerated per word at most; the cheapest come first, so a cap drops only the
   * dearest.
   */
  static final int MAX_CANDIDATES = 5000;

  private final Transcriber transcriber;
  private final NameSeeds seeds;

  /** A word's keys or spellings, by word: a query asks for them once per language. */
  private final Map<String, Map<String, Double>> keysByWord = new HashMap<>();

  private final Map<String, String> spellingOfKey = new HashMap<>();

  TranscribedKeys(Transcriber transcriber, NameSeeds seeds) {
    this.transcriber = transcriber;
    this.seeds = seeds;
  }

  /**
   * Spellings found in the texts compete: one that costs more than this above the cheapest one
   * found is another name (Гортон is Gorton, not Horton).
   */
  static final double MARGIN = 0.7; // swept on the dev half (1.0, 0.7, 0.5)

  /** The entries of {@code found} that cost at most {@link #MARGIN} more than the cheapest. */
  static <K> java.util.Map<K, Double> cheapest(java.util.Map<K, Double> found) {
    double best = found.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    java.util.Map<K, Double> kept = new LinkedHashMap<>(found);
    kept.values().removeIf(cost -> cost > best + MARGIN);
    return kept;
  }

  /**
   * The translit keys of the name field {@code field} that the Latin-alphabet {@code word} is
   * written as in Russian, by cost; empty for a word of another script.
   */
  Map<String, Double> russianKeys(String word, String field) {
    if (transcriber.targetOf(word) != Transcriber.Target.CYRILLIC) {
      return Map.of();
    }
    return intersect(keysByWord.computeIfAbsent(word, this::keysOf), NameKeyFilter.TRANSLIT, field);
  }

  /**
   * The names (keys, which for a Latin-alphabet name are its letters) of the name field {@code
   * field} that the Russian {@code word} is written as in Latin letters, by cost; empty for a word
   * of another script.
   */
  Map<String, Double> latinWords(String word, String field) {
    return latinWords(word, field, 0);
  }

  /**
   * As {@link #latinWords(String, String)}, up to {@code allowance} beyond the word's cost limit:
   * for a word of a name of several words, whose other words stand beside it.
   */
  Map<String, Double> latinWords(String word, String field, double allowance) {
    if (transcriber.targetOf(word) != Transcriber.Target.LATIN) {
      return Map.of();
    }
    return latinByWord.computeIfAbsent(
        word + '\u0000' + field + '\u0000' + allowance, k -> latinMatches(word, field, allowance));
  }

  private final Map<String, Map<String, Double>> latinByWord = new HashMap<>();

  /**
   * Names examined per Russian word at most: the automaton accepts a word's spellings at any cost,
   * so the names it finds are priced one by one.
   */
  static final int MAX_EXAMINED = 4096;

  /**
   * The names of {@code field} that the rules, read either way, join to the Russian {@code word}
   * within its cost limit: every spelling the rules could give intersected with the field's terms
   * ({@link Transcriber#latinSpellings}), each name found then priced exactly ({@link
   * Transcriber#pairCost}).
   */
  private Map<String, Double> latinMatches(String word, String field, double allowance) {
    Terms terms = seeds.terms(field);
    Automaton spellings = transcriber.latinSpellings(NameKeyFilter.TRANSLIT, word);
    if (terms == null || spellings == null) {
      return Map.of();
    }
    CompiledAutomaton compiled;
    try {
      compiled =
          new CompiledAutomaton(
              spellings, true, false, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, false);
    } catch (TooComplexToDeterminizeException e) {
      // a very long word: its spellings enumerated cheapest first instead
      return intersect(
          keysByWord.computeIfAbsent(word, this::spellingsOf), NameKeyFilter.TRANSLIT, field);
    }
    double limit = Transcriber.costLimit(letters(word)) + allowance;
    Map<String, Double> found = new LinkedHashMap<>();
    try {
      TermsEnum te = compiled.getTermsEnum(terms);
      int examined = 0;
      for (BytesRef term = te.next();
          term != null && examined < MAX_EXAMINED && found.size() < NameSeeds.MAX_TERMS;
          term = te.next(), examined++) {
        String name = term.utf8ToString().substring(NameKeyFilter.TRANSLIT.length());
        double cost = transcriber.pairCost(word, name);
        if (cost <= limit + 1e-9) {
          found.put(name, cost);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private static int letters(String word) {
    return (int) word.codePoints().filter(Character::isLetter).count();
  }

  /**
   * The terms {@code prefix + s} of {@code field} for the strings {@code s} of {@code wanted}, with
   * their costs.
   */
  private Map<String, Double> intersect(Map<String, Double> wanted, String prefix, String field) {
    Terms terms = seeds.terms(field);
    if (wanted.isEmpty() || terms == null) {
      return Map.of();
    }
    List<BytesRef> sorted = new ArrayList<>();
    for (String key : new TreeMap<>(wanted).keySet()) {
      sorted.add(new BytesRef(prefix + key));
    }
    Automaton union = Automata.makeBinaryStringUnion(sorted);
    CompiledAutomaton compiled =
        new CompiledAutomaton(union, true, false, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, true);
    Map<String, Double> found = new LinkedHashMap<>();
    try {
      TermsEnum te = compiled.getTermsEnum(terms);
      for (BytesRef term = te.next();
          term != null && found.size() < NameSeeds.MAX_TERMS;
          term = te.next()) {
        String key = term.utf8ToString().substring(prefix.length());
        found.put(key, wanted.get(key));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** The name keys of the word's Russian spellings, each at the cost of its cheapest spelling. */
  private Map<String, Double> keysOf(String word) {
    Map<String, Double> keys = new HashMap<>();
    for (Transcriber.Candidate c : candidates(word)) {
      String key = NameKeys.translit(c.spelling());
      if (key.length() >= NameKeys.MIN_KEY
          && !keys.containsKey(key)) { // candidates come cheapest first
        keys.put(key, c.cost());
        spellingOfKey.put(key, c.spelling());
      }
    }
    return keys;
  }

  /**
   * The cheapest Russian spelling that gave {@code key}, after {@link #russianKeys}; null when none
   * did.
   */
  String spellingOf(String key) {
    return spellingOfKey.get(key);
  }

  /** The word's Latin spellings with their costs. */
  private Map<String, Double> spellingsOf(String word) {
    Map<String, Double> spellings = new HashMap<>();
    for (Transcriber.Candidate c : candidates(word)) {
      spellings.merge(c.spelling(), c.cost(), Math::min);
    }
    return spellings;
  }

  private List<Transcriber.Candidate> candidates(String word) {
    return transcriber.candidates(word, Transcriber.costLimit(letters(word)), MAX_CANDIDATES);
  }
}
