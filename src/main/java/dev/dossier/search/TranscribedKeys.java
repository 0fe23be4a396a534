package dev.dossier.search;

import dev.dossier.analysis.NameKeyFilter;
import dev.dossier.analysis.NameKeys;
import dev.dossier.analysis.Pronunciations;
import dev.dossier.analysis.Transcriber;
import dev.dossier.config.NameVariants;
import dev.dossier.index.Fields;
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
  private final Pronunciations pronunciations;
  private final NameVariants places;
  private final NameSeeds seeds;

  /** A word's keys or spellings, by word: a query asks for them once per language. */
  private final Map<String, Map<String, Double>> keysByWord = new HashMap<>();

  private final Map<String, String> spellingOfKey = new HashMap<>();

  /**
   * Keys by the rules of {@code transcriber}, of the words' letters and of their {@code
   * pronunciations}; a place of {@code places} (Hague, Гаага) is not written by sound.
   */
  TranscribedKeys(
      Transcriber transcriber,
      Pronunciations pronunciations,
      NameVariants places,
      NameSeeds seeds) {
    this.transcriber = transcriber;
    this.pronunciations = pronunciations;
    this.places = places;
    this.seeds = seeds;
  }

  /**
   * The dearest writing of a respelling the rules may give: a respelling is already spelt as it
   * sounds, so only the usual correspondences apply (w: у, ai: ай, th: т), not the rules' guesses
   * at silent letters, which joined Dulles (dales) to Далее.
   */
  static final double RESPELLING_LIMIT = 1.0;

  /**
   * Whether {@code word} is a conventional place name, which its language does not write by sound.
   */
  private boolean isPlace(String word) {
    return !places.of(word).isEmpty();
  }

  /**
   * What writing an English name from its pronunciation ({@link Respelling}) costs on top of the
   * rules' cost for the respelling: the spelling is the first witness, the sound the second.
   */
  static final double PRONOUNCED = 0.7; // swept on the dev half: 0, 0.3, 0.7, 1.0

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
    if (!isPlace(word)) {
      pronounced(word, spellings, compiled, field, Fields.exactOfNames(field), limit, found);
    }
    try {
      TermsEnum te = compiled.getTermsEnum(terms);
      int examined = 0;
      for (BytesRef term = te.next();
          term != null && examined < MAX_EXAMINED && found.size() < NameSeeds.MAX_TERMS;
          term = te.next(), examined++) {
        String name = term.utf8ToString().substring(NameKeyFilter.TRANSLIT.length());
        double cost = transcriber.pairCost(word, name);
        if (cost <= limit + 1e-9) {
          found.merge(name, cost, Math::min);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /**
   * The English names of {@code field} that sound as the Russian {@code word} is written: its Latin
   * spellings intersected with the respellings of the pronouncing dictionary that begin as they
   * can, each priced as the rules write it plus {@link #PRONOUNCED}; added to {@code found}.
   */
  private void pronounced(
      String word,
      Automaton spellings,
      CompiledAutomaton compiled,
      String field,
      String exactField,
      double limit,
      Map<String, Double> found) {
    try {
      String prefix = NameKeyFilter.TRANSLIT; // the terms are prefixed as the name field's are
      TermsEnum te =
          compiled.getTermsEnum(
              pronunciations.respellingTerms(prefix, firstLetters(spellings, prefix)));
      int examined = 0;
      for (BytesRef term = te.next();
          term != null && examined < MAX_EXAMINED;
          term = te.next(), examined++) {
        String respelling = term.utf8ToString().substring(prefix.length());
        double rules = transcriber.pairCost(word, respelling);
        if (rules > RESPELLING_LIMIT + 1e-9
            || rules + PRONOUNCED > limit + 1e-9
            || !sameShape(respelling, NameKeys.lookupForm(word))) {
          continue;
        }
        for (String name : pronunciations.words(respelling)) {
          // a pronunciation is looked up for every English word (than, ton sound like Тан), but
          // only names are written by sound; a place's own name is the conventional level's
          if (seeds.docFreq(field, NameKeyFilter.TRANSLIT + name) > 0
              && seeds.writtenAsName(field, name, exactField, name)
              && !isPlace(name)) {
            found.merge(name, rules + PRONOUNCED, Math::min);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether a Russian {@code spelling} of a {@code respelling} has its shape: as many syllables
   * (groups of vowels), and a vowel at the end or not as it has. Every sound is written, so the
   * rules' silent letters and plural endings do not apply to a pronunciation: Dulles (dales) is not
   * Далее (by s: ы), Malacca (melake) not Мелкая (by a dropped vowel).
   */
  static boolean sameShape(String respelling, String spelling) {
    return syllables(respelling) == syllables(spelling)
        && isVowel(respelling.charAt(respelling.length() - 1))
            == isVowel(spelling.charAt(spelling.length() - 1));
  }

  private static int syllables(String word) {
    int groups = 0;
    boolean inVowels = false;
    for (int i = 0; i < word.length(); i++) {
      boolean vowel = isVowel(word.charAt(i));
      groups += vowel && !inVowels ? 1 : 0;
      inVowels = vowel;
    }
    return groups;
  }

  private static boolean isVowel(char c) {
    return "aeiouyаеёиоуыэюяй".indexOf(c) >= 0;
  }

  /**
   * The letters that can follow {@code prefix} in a string the automaton {@code spellings} accepts:
   * the first letters of the spellings it prefixes.
   */
  static java.util.Set<Character> firstLetters(Automaton spellings, String prefix) {
    java.util.Set<Integer> states = java.util.Set.of(0);
    org.apache.lucene.util.automaton.Transition t =
        new org.apache.lucene.util.automaton.Transition();
    for (int i = 0; i <= prefix.length(); i++) {
      java.util.Set<Integer> next = new java.util.HashSet<>();
      java.util.Set<Character> letters = new java.util.TreeSet<>();
      for (int state : states) {
        int count = spellings.initTransition(state, t);
        for (int j = 0; j < count; j++) {
          spellings.getNextTransition(t);
          if (i < prefix.length()) {
            if (t.min <= prefix.charAt(i) && prefix.charAt(i) <= t.max) {
              next.add(t.dest);
            }
          } else {
            for (int c = Math.max(t.min, 'a'); c <= Math.min(t.max, 'z'); c++) {
              letters.add((char) c);
            }
          }
        }
      }
      if (i == prefix.length()) {
        return letters;
      }
      states = next;
    }
    throw new AssertionError("unreachable");
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

  /**
   * The name keys of the word's Russian spellings, each at the cost of its cheapest spelling: of
   * its letters, and of its pronunciation's respelling at {@link #PRONOUNCED} more.
   */
  private Map<String, Double> keysOf(String word) {
    Map<String, Double> keys = new HashMap<>();
    List<Transcriber.Candidate> all = new ArrayList<>(candidates(word));
    for (String respelling : isPlace(word) ? List.<String>of() : pronunciations.respellings(word)) {
      for (Transcriber.Candidate c :
          transcriber.candidates(respelling, RESPELLING_LIMIT, MAX_CANDIDATES)) {
        if (sameShape(respelling, c.spelling())) {
          all.add(new Transcriber.Candidate(c.spelling(), c.cost() + PRONOUNCED));
        }
      }
    }
    all.sort(java.util.Comparator.comparingDouble(Transcriber.Candidate::cost));
    for (Transcriber.Candidate c : all) {
      String key = NameKeys.translit(c.spelling());
      if (key.length() >= NameKeys.MIN_KEY
          && !keys.containsKey(key)) { // candidates come cheapest first
        keys.put(key, c.cost());
        spellingOfKey.put(key, c.spelling());
      }
    }
    return keys;
  }

  /** The cheapest Russian spelling of the Latin-alphabet {@code word}; null when it has none. */
  String letterForLetter(String word) {
    if (transcriber.targetOf(word) != Transcriber.Target.CYRILLIC) {
      return null;
    }
    List<Transcriber.Candidate> cheapest = transcriber.candidates(word, 0.0, 1);
    return cheapest.isEmpty() ? null : cheapest.get(0).spelling();
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
