package dev.dossier.index;

import dev.dossier.align.PassagePair;
import dev.dossier.analysis.NameKeyFilter;
import dev.dossier.analysis.NameKeys;
import dev.dossier.analysis.RecordedTokens;
import dev.dossier.analysis.RussianRomanizer;
import dev.dossier.analysis.Transcriber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names learnt from the archive itself: in each aligned pair of passages, a name of the original
 * and a name of the translation that the transcription rules write as each other are the same name
 * (Хрущева ↔ Khrushchev, Уитлэм ↔ Whitlam). Within a passage pair each name is paired with its
 * cheapest counterpart only, and the limit is wider than a query's ({@link #CONTEXT_ALLOWANCE}),
 * because being translated in the same passage is evidence of its own: this is the transliteration
 * mining of parallel text (e.g. T. Sherif and G. Kondrak 2007; H. Sajjad et al., "A Statistical
 * Model for Unsupervised and Semi-supervised Transliteration Mining", ACL 2012), with rules in
 * place of a learnt model. The pairs become {@link Fields#LEARNT_NAMES} terms of the document, so
 * their count is a document frequency.
 */
public final class NamePairLearner {

  /** How much more a pair found in aligned passages may cost than a query's spelling. */
  static final double CONTEXT_ALLOWANCE = 1.5;

  private final Transcriber transcriber;

  /** A learner by the rules of {@code transcriber}. */
  public NamePairLearner(Transcriber transcriber) {
    this.transcriber = transcriber;
  }

  /** One name of a passage: the word as written and its name key in its text's field. */
  private record Name(String word, String key) {}

  /**
   * The pair terms of a document: for every aligned passage pair with names on both sides, {@code
   * <original language>:<key>><translation language>:<key>} and the reverse. None for a document
   * with one text.
   */
  Set<String> terms(AnalysedDocument analysed) {
    TextTokens original = analysed.original();
    TextTokens translation = analysed.translation();
    Set<String> terms = new LinkedHashSet<>();
    if (original.text().isEmpty() || translation.text().isEmpty()) {
      return terms;
    }
    // a document names the same people passage after passage: each pair of spellings is costed once
    Map<String, Double> costs = new HashMap<>();
    for (PassagePair pair : analysed.alignment().pairs()) {
      List<Name> left = names(original, pair.originalStart(), pair.originalEnd());
      List<Name> right = names(translation, pair.translationStart(), pair.translationEnd());
      if (left.isEmpty() || right.isEmpty()) {
        continue;
      }
      for (Name a : left) {
        Name best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (Name b : right) {
          if (!alike(a.key(), b.key())) {
            continue;
          }
          double cost =
              costs.computeIfAbsent(a.word() + '\u0000' + b.word(), k -> cost(a.word(), b.word()));
          if (cost < bestCost) {
            bestCost = cost;
            best = b;
          }
        }
        if (best != null && bestCost <= limit(a.word(), best.word())) {
          terms.add(term(original.slot(), a.key(), translation.slot(), best.key()));
          terms.add(term(translation.slot(), best.key(), original.slot(), a.key()));
        }
      }
    }
    return terms;
  }

  /**
   * Whether two names' keys (Latin letters, a Cyrillic name's by BGN romanization) are close enough
   * for the rules to write one as the other: at most 2 edits, or 60 % of the longer key's letters.
   * Most pairs of names in a passage are two different people; this cheap test spares them the
   * transcription search (Roosevelt ↔ Рузвельт, "roosevelt" ↔ "ruzvelt", is 3 edits of 9).
   */
  static boolean alike(String key, String otherKey) {
    int longer = Math.max(key.length(), otherKey.length());
    int allowed = Math.max(2, (int) Math.floor(0.6 * longer));
    return withinEdits(key, otherKey, allowed);
  }

  /**
   * Whether {@code a} becomes {@code b} in at most {@code k} insertions, deletions and
   * substitutions: Levenshtein's table computed on the diagonal band of width {@code 2k + 1} only,
   * and left as soon as a row's cells all exceed {@code k} (Ukkonen, "Algorithms for approximate
   * string matching", Information and Control 64, 1985). Every pair of names of two aligned
   * passages is tested, most of them two different people.
   */
  static boolean withinEdits(String a, String b, int k) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > k) {
      return false;
    }
    int big = k + 1; // any count above k is as bad as any other
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = Math.min(j, big);
    }
    for (int i = 1; i <= n; i++) {
      int from = Math.max(1, i - k);
      int to = Math.min(m, i + k);
      current[0] = Math.min(i, big);
      if (from > 1) {
        current[from - 1] = big;
      }
      int rowMin = current[0];
      char ca = a.charAt(i - 1);
      for (int j = from; j <= to; j++) {
        int substitution = previous[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
        int cell = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        current[j] = Math.min(cell, big);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (to < m) {
        current[to + 1] = big;
      }
      if (rowMin > k) {
        return false;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[m] <= k;
  }

  /**
   * The term that says {@code key} of {@code language} was translated as {@code otherKey} of {@code
   * other}.
   */
  public static String term(String language, String key, String other, String otherKey) {
    return language + ":" + key + ">" + other + ":" + otherKey;
  }

  private static double limit(String a, String b) {
    int letters = Math.max(letters(a), letters(b));
    return Transcriber.costLimit(letters) + CONTEXT_ALLOWANCE;
  }

  /**
   * The cheapest way the rules write one word as the other, either way round; a Russian word in any
   * case form is tried as written, as its stem and as the stem with a nominative ending (Гевары →
   * гевара ↔ Guevara).
   */
  private double cost(String a, String b) {
    double best = Double.POSITIVE_INFINITY;
    if (RussianRomanizer.isRussian(NameKeys.lookupForm(a))
        == RussianRomanizer.isRussian(NameKeys.lookupForm(b))) {
      return best; // the rules write Latin as Cyrillic and back; a name in the same script is
      // matched by its key
    }
    for (String form : forms(a)) {
      for (String other : forms(b)) {
        Transcriber.Derivation there = transcriber.derivation(form, other);
        Transcriber.Derivation back = transcriber.derivation(other, form);
        if (there != null) {
          best = Math.min(best, there.cost());
        }
        if (back != null) {
          best = Math.min(best, back.cost());
        }
      }
    }
    return best;
  }

  private static List<String> forms(String word) {
    String lower = NameKeys.lookupForm(word);
    List<String> forms = new ArrayList<>(List.of(lower));
    if (RussianRomanizer.isRussian(lower)) {
      String stem = NameKeys.cyrillicStem(lower);
      if (!stem.equals(lower)) {
        for (String ending : new String[] {"", "а", "я", "ь", "й"}) {
          forms.add(stem + ending);
        }
      }
    }
    return forms;
  }

  /** The names (with their keys) whose words lie in [start, end) of a text. */
  private static List<Name> names(TextTokens text, int start, int end) {
    Map<String, Name> names = new LinkedHashMap<>();
    RecordedTokens tokens = text.names();
    for (int i = tokens.firstAtOrAfter(start);
        i >= 0 && i < tokens.size() && tokens.start(i) < end;
        i++) {
      if (tokens.termStartsWith(i, NameKeyFilter.TRANSLIT)) {
        String word = text.text().substring(tokens.start(i), tokens.end(i));
        String key = tokens.term(i).substring(NameKeyFilter.TRANSLIT.length());
        names.putIfAbsent(key, new Name(word, key));
      }
    }
    return new ArrayList<>(names.values());
  }

  private static int letters(String s) {
    return (int) s.codePoints().filter(Character::isLetter).count();
  }
}
