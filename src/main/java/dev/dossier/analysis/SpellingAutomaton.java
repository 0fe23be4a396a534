package dev.dossier.analysis;

import java.util.List;
import java.util.Map;
import org.apache.lucene.util.automaton.Automaton;

/**
 * Every Latin spelling the transcription rules could give a Russian word, in either direction and
 * at any cost, as one automaton: a state per position of the word (and whether the last step wrote
 * a letter from nothing), a path of transitions per rule. It is intersected with the terms of a
 * name field, as {@code FuzzyQuery} intersects its Levenshtein automaton, so that only the names an
 * index holds come back, whatever the number of spellings; the caller then prices each name found
 * exactly ({@link Transcriber#pairCost}). Enumerating spellings cheapest first ({@link
 * SpellingSearch}) cannot do this for a Russian word: its Latin spellings run to tens of thousands
 * before the dearer correct one (Маккоун → mccone).
 */
final class SpellingAutomaton {

  private SpellingAutomaton() {}

  /**
   * The automaton of {@code prefix} followed by the spellings of {@code source} (lowercase, without
   * ь and ъ) by {@code steps} (by the first letter of their source) and {@code insertions}; not
   * determinized.
   */
  static Automaton of(
      String prefix,
      String source,
      Map<Character, List<TranscriptionStep>> steps,
      List<TranscriptionStep> insertions) {
    int n = source.length();
    Automaton.Builder b = new Automaton.Builder();
    int start = b.createState();
    int at = start;
    for (int i = 0; i < prefix.length(); i++) {
      int next = b.createState();
      b.addTransition(at, next, prefix.charAt(i));
      at = next;
    }
    // position i: state[i][0] after a rule that read letters, state[i][1] after an insertion
    int[][] state = new int[n + 1][2];
    state[0][0] = at;
    for (int i = 0; i <= n; i++) {
      if (i > 0) {
        state[i][0] = b.createState();
      }
      state[i][1] = b.createState();
    }
    for (int i = 0; i <= n; i++) {
      // a rule that writes letters as nothing (a Cyrillic letter a Latin spelling drops) joins two
      // positions: what leaves the later one leaves the earlier one too
      for (int j : skippable(source, i, steps)) {
        if (j == n) {
          b.setAccept(state[i][0], true);
          b.setAccept(state[i][1], true);
        }
        for (TranscriptionStep s : insertions) {
          if ((!s.atStart() || j == 0) && (!s.atEnd() || j == n) && !s.target().isEmpty()) {
            path(b, state[i][0], state[j][1], s.target());
          }
        }
        if (j == n) {
          continue;
        }
        for (TranscriptionStep s : steps.getOrDefault(source.charAt(j), List.of())) {
          int end = j + s.source().length();
          if (s.readsAt(source, j) && !s.target().isEmpty()) {
            path(b, state[i][0], state[end][0], s.target());
            path(b, state[i][1], state[end][0], s.target());
          }
        }
      }
    }
    return b.finish();
  }

  /**
   * The positions reachable from {@code i} by rules that write nothing, {@code i} first; forward
   * only, as every rule reads at least one letter.
   */
  private static java.util.SortedSet<Integer> skippable(
      String source, int i, Map<Character, List<TranscriptionStep>> steps) {
    java.util.SortedSet<Integer> reached = new java.util.TreeSet<>(List.of(i));
    java.util.Deque<Integer> todo = new java.util.ArrayDeque<>(List.of(i));
    while (!todo.isEmpty()) {
      int at = todo.pop();
      if (at == source.length()) {
        continue;
      }
      for (TranscriptionStep s : steps.getOrDefault(source.charAt(at), List.of())) {
        int end = at + s.source().length();
        if (s.target().isEmpty() && s.readsAt(source, at) && reached.add(end)) {
          todo.push(end);
        }
      }
    }
    return reached;
  }

  /** Transitions from {@code from} to {@code to} that write {@code letters}. */
  private static void path(Automaton.Builder b, int from, int to, String letters) {
    int at = from;
    for (int i = 0; i < letters.length() - 1; i++) {
      int next = b.createState();
      b.addTransition(at, next, letters.charAt(i));
      at = next;
    }
    b.addTransition(at, to, letters.charAt(letters.length() - 1));
  }
}
