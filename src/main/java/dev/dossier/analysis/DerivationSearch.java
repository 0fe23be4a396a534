package dev.dossier.analysis;

import dev.dossier.config.TranscriptionTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cheapest way the transcription rules write one word as a given spelling: a shortest path over
 * (position in the word, position in the spelling), each step one rule, by dynamic programming
 * ({@link Transcriber#derivation}).
 */
final class DerivationSearch {

  private DerivationSearch() {}

  static Transcriber.Derivation align(
      String source,
      String target,
      Map<Character, List<TranscriptionStep>> steps,
      List<TranscriptionStep> insertions) {
    int n = source.length();
    int m = target.length();
    // cost[i][j][k]: cheapest way to write source[0, i) as target[0, j); k = 1 when the last step
    // inserted
    // (rows of a thread's scratch tables, reused: the indexer aligns thousands of name pairs a
    // document)
    Scratch scratch = SCRATCH.get().fit(n + 1, m + 1);
    double[][][] cost = scratch.cost;
    TranscriptionStep[][][] step = scratch.step;
    int[][][] from = scratch.from;
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        cost[i][j][0] = Double.POSITIVE_INFINITY;
        cost[i][j][1] = Double.POSITIVE_INFINITY;
      }
    }
    cost[0][0][0] = 0;
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        for (int k = 0; k < 2; k++) {
          double c = cost[i][j][k];
          if (c == Double.POSITIVE_INFINITY) {
            continue;
          }
          if (k == 0) {
            for (TranscriptionStep s : insertions) {
              if ((!s.atStart() || i == 0)
                  && (!s.atEnd() || i == n)
                  && target.startsWith(s.target(), j)) {
                relax(cost, step, from, i, j + s.target().length(), 1, c + s.cost(), s, k, m + 1);
              }
            }
          }
          if (i == n) {
            continue;
          }
          for (TranscriptionStep s : steps.getOrDefault(source.charAt(i), List.of())) {
            if (s.readsAt(source, i) && target.startsWith(s.target(), j)) {
              int end = i + s.source().length();
              relax(cost, step, from, end, j + s.target().length(), 0, c + s.cost(), s, k, m + 1);
            }
          }
        }
      }
    }
    int k = cost[n][m][0] <= cost[n][m][1] ? 0 : 1;
    if (cost[n][m][k] == Double.POSITIVE_INFINITY) {
      return null;
    }
    List<TranscriptionTable.Rule> rules = new ArrayList<>();
    double total = cost[n][m][k];
    for (int i = n, j = m; i > 0 || j > 0; ) {
      TranscriptionStep s = step[i][j][k];
      int previous = from[i][j][k];
      rules.add(0, s.rule());
      i -= s.source().length();
      j -= s.target().length();
      k = previous;
    }
    return new Transcriber.Derivation(rules, Transcriber.round(total));
  }

  /**
   * The DP tables of one thread, grown as longer words come; only [0, n] x [0, m] of them is a
   * call's.
   */
  private static final class Scratch {
    double[][][] cost = new double[0][0][2];
    TranscriptionStep[][][] step = new TranscriptionStep[0][0][2];
    int[][][] from = new int[0][0][2];

    Scratch fit(int n, int m) {
      if (n > cost.length || m > (cost.length == 0 ? 0 : cost[0].length)) {
        int r = Math.max(n, cost.length);
        int c = Math.max(m, cost.length == 0 ? 0 : cost[0].length);
        cost = new double[r][c][2];
        step = new TranscriptionStep[r][c][2];
        from = new int[r][c][2];
      }
      return this;
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private static void relax(
      double[][][] cost,
      TranscriptionStep[][][] step,
      int[][][] from,
      int i,
      int j,
      int k,
      double c,
      TranscriptionStep s,
      int fromK,
      int width) {
    if (j < width && c < cost[i][j][k] - 1e-12) {
      cost[i][j][k] = c;
      step[i][j][k] = s;
      from[i][j][k] = fromK;
    }
  }
}
