package dev.dossier.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The spellings the transcription rules give a word, cheapest first: a uniform-cost search over the
 * positions of the word, each step one rule, bounded by a cost and a count ({@link
 * Transcriber#candidates}).
 */
final class SpellingSearch {

  private SpellingSearch() {}

  /** A spelling written up to {@code position} of the word. */
  private record Partial(int position, String output, double cost, boolean afterInsertion) {}

  static List<Transcriber.Candidate> enumerate(
      String source,
      Map<Character, List<TranscriptionStep>> steps,
      List<TranscriptionStep> insertions,
      double maxCost,
      int limit) {
    Map<String, Transcriber.Candidate> done = new LinkedHashMap<>();
    Map<String, Double> best = new HashMap<>();
    PriorityQueue<Partial> queue =
        new PriorityQueue<>((a, b) -> Double.compare(a.cost(), b.cost()));
    queue.add(new Partial(0, "", 0, false));
    int n = source.length();
    while (!queue.isEmpty() && done.size() < limit) {
      Partial p = queue.poll();
      if (p.position() == n) {
        done.putIfAbsent(
            p.output(), new Transcriber.Candidate(p.output(), Transcriber.round(p.cost())));
      }
      if (!p.afterInsertion()) {
        for (TranscriptionStep s : insertions) {
          if ((!s.atStart() || p.position() == 0) && (!s.atEnd() || p.position() == n)) {
            offer(
                queue,
                best,
                new Partial(p.position(), p.output() + s.target(), p.cost() + s.cost(), true),
                maxCost);
          }
        }
      }
      if (p.position() == n) {
        continue;
      }
      for (TranscriptionStep s : steps.getOrDefault(source.charAt(p.position()), List.of())) {
        int end = p.position() + s.source().length();
        if (s.readsAt(source, p.position())) {
          offer(
              queue,
              best,
              new Partial(end, p.output() + s.target(), p.cost() + s.cost(), false),
              maxCost);
        }
      }
    }
    return new ArrayList<>(done.values());
  }

  private static void offer(
      PriorityQueue<Partial> queue, Map<String, Double> best, Partial p, double maxCost) {
    if (p.cost() > maxCost + 1e-9) {
      return;
    }
    String key = p.position() + (p.afterInsertion() ? "+" : ":") + p.output();
    Double seen = best.get(key);
    if (seen == null || p.cost() < seen - 1e-9) {
      best.put(key, p.cost());
      queue.add(p);
    }
  }
}
