package dev.dossier.bench;

import dev.dossier.analysis.Transcriber;
import dev.dossier.config.TranscriptionTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Estimates the costs of the transcription rules from name pairs ({@code bench/run --phases
 * names-train}): hard (Viterbi) expectation-maximisation. Each pair of the dev half is aligned both
 * ways by its cheapest derivation under the current costs; each rule's share among the rules of its
 * letter group is counted and smoothed towards the hand-set costs of {@code transcription.txt},
 * which act as the prior; the cost of a rule is then how many times (log2) less likely it is than
 * its group's likeliest rule, so the usual correspondence costs 0. Repeated a few times. The result
 * goes to {@code index-config/transcription-costs.txt}.
 *
 * <p>After K. Knight and J. Graehl, "Machine Transliteration" (1998), who train correspondence
 * probabilities by EM from name pairs, and S. Jiampojamarn et al., "Applying Many-to-Many
 * Alignments and Hidden Markov Models to Letter-to-Phoneme Conversion" (NAACL 2007), whose
 * many-to-many letter alignment this is in its simplest (hard) form.
 */
final class TranscriptionTraining {

  private static final int ITERATIONS = 5;

  /** How many observations the prior is worth in each letter group. */
  private static final double PRIOR_STRENGTH = 2.0;

  private static final double MAX_COST = 4.0;

  private TranscriptionTraining() {}

  /**
   * Estimates the costs from the pairs of one split (dev unless {@code --split}) and writes them.
   */
  static void run(BenchOptions options) throws IOException {
    Path home = options.home;
    String split = options.split("dev");
    Path config = home.resolve("index-config");
    List<NamePairs.Pair> pairs = new ArrayList<>();
    for (NamePairs.Pair p : NamePairs.read(home.resolve("bench/names/pairs.tsv"), split)) {
      if (!p.kind()
          .equals("place")) { // a conventional place name is no transcription (England, Англия)
        pairs.add(p);
      }
    }
    TranscriptionTable prior = TranscriptionTable.loadPrior(config);
    Result result = train(prior, pairs);
    Path out = config.resolve(TranscriptionTable.COSTS_FILE_NAME);
    Files.writeString(out, result.file(split, pairs.size()), StandardCharsets.UTF_8);
    System.out.printf(
        Locale.ROOT,
        "bench: %d pairs of the %s half (letter and sound), %d spellings aligned, %d not;"
            + " costs written to %s%n",
        pairs.size(),
        split,
        result.aligned(),
        result.unaligned().size(),
        out);
    if (!result.unaligned().isEmpty()) {
      System.out.println("not aligned by any rule: " + String.join(", ", result.unaligned()));
    }
  }

  /** The estimated costs, and which spellings no derivation reaches. */
  record Result(TranscriptionTable.Rule[] rules, int aligned, List<String> unaligned) {
    String file(String split, int pairs) {
      StringBuilder b = new StringBuilder();
      b.append("# Costs of the rules of transcription.txt estimated from the ")
          .append(split)
          .append(" half of bench/names/pairs.tsv\n# (")
          .append(pairs)
          .append(
              " letter and sound pairs, both directions) by bench/run --phases names-train:"
                  + " generated, do\n")
          .append(
              "# not edit. Delete this file to use the hand-set costs of transcription.txt"
                  + " alone.\n");
      for (TranscriptionTable.Rule r : rules) {
        b.append(
            String.format(
                Locale.ROOT,
                "%-6s %-5s %s %s%n",
                (r.atStart() ? "^" : "")
                    + (r.latin().isEmpty() ? "-" : r.latin())
                    + (r.atEnd() ? "$" : ""),
                r.cyrillic().isEmpty() ? "-" : r.cyrillic(),
                cost(r.toCyrillic()),
                cost(r.toLatin())));
      }
      return b.toString();
    }

    private static String cost(double c) {
      return c < 0 ? "x" : String.format(Locale.ROOT, "%.1f", c);
    }
  }

  static Result train(TranscriptionTable prior, List<NamePairs.Pair> pairs) {
    List<TranscriptionTable.Rule> rules = prior.rules();
    TranscriptionTable.Rule[] current = rules.toArray(TranscriptionTable.Rule[]::new);
    int aligned = 0;
    List<String> unaligned = new ArrayList<>();
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      Transcriber transcriber = new Transcriber(table(current));
      Map<TranscriptionTable.Rule, Integer> index = new HashMap<>();
      for (int i = 0; i < current.length; i++) {
        index.put(current[i], i);
      }
      double[] toCyrillic = new double[current.length];
      double[] toLatin = new double[current.length];
      aligned = 0;
      unaligned.clear();
      for (NamePairs.Pair p : pairs) {
        aligned +=
            count(
                transcriber.derivation(p.english(), p.russian()), index, toCyrillic, p, unaligned);
        aligned +=
            count(transcriber.derivation(p.russian(), p.english()), index, toLatin, p, unaligned);
      }
      TranscriptionTable.Rule[] next = new TranscriptionTable.Rule[current.length];
      double[] newToCyrillic = estimate(rules, toCyrillic, true);
      double[] newToLatin = estimate(rules, toLatin, false);
      for (int i = 0; i < current.length; i++) {
        TranscriptionTable.Rule r = rules.get(i);
        next[i] =
            new TranscriptionTable.Rule(
                r.latin(), r.cyrillic(), newToCyrillic[i], newToLatin[i], r.atStart(), r.atEnd());
      }
      current = next;
    }
    return new Result(current, aligned, List.copyOf(unaligned));
  }

  private static int count(
      Transcriber.Derivation d,
      Map<TranscriptionTable.Rule, Integer> index,
      double[] counts,
      NamePairs.Pair p,
      List<String> unaligned) {
    if (d == null) {
      unaligned.add(p.english() + "/" + p.russian());
      return 0;
    }
    for (TranscriptionTable.Rule r : d.rules()) {
      counts[index.get(r)]++;
    }
    return 1;
  }

  /**
   * New costs in one direction: within each group of rules that read the same letters (with the
   * same anchors), P(rule) = (count + s × prior share) / (group count + s); cost =
   * log2(P(likeliest) / P(rule)). Rules not used in that direction stay so; rules that write
   * letters from nothing keep their prior cost.
   */
  private static double[] estimate(
      List<TranscriptionTable.Rule> rules, double[] counts, boolean toCyrillic) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      TranscriptionTable.Rule r = rules.get(i);
      String source = toCyrillic ? r.latin() : r.cyrillic();
      if (priorCost(r, toCyrillic) >= 0 && !source.isEmpty()) {
        groups
            .computeIfAbsent(
                (r.atStart() ? "^" : "") + source + (r.atEnd() ? "$" : ""), k -> new ArrayList<>())
            .add(i);
      }
    }
    double[] costs = new double[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      costs[i] = priorCost(rules.get(i), toCyrillic); // -1 (unused) and insertions keep theirs
    }
    for (List<Integer> group : groups.values()) {
      double priorTotal = 0;
      double total = 0;
      for (int i : group) {
        priorTotal += Math.pow(2, -priorCost(rules.get(i), toCyrillic));
        total += counts[i];
      }
      double[] p = new double[group.size()];
      double best = 0;
      for (int g = 0; g < group.size(); g++) {
        int i = group.get(g);
        double share = Math.pow(2, -priorCost(rules.get(i), toCyrillic)) / priorTotal;
        p[g] = (counts[i] + PRIOR_STRENGTH * share) / (total + PRIOR_STRENGTH);
        best = Math.max(best, p[g]);
      }
      for (int g = 0; g < group.size(); g++) {
        double cost = Math.log(best / p[g]) / Math.log(2);
        costs[group.get(g)] = Math.min(MAX_COST, Math.round(cost * 10) / 10.0);
      }
    }
    return costs;
  }

  private static double priorCost(TranscriptionTable.Rule r, boolean toCyrillic) {
    return toCyrillic ? r.toCyrillic() : r.toLatin();
  }

  private static TranscriptionTable table(TranscriptionTable.Rule[] rules) {
    return TranscriptionTable.of(List.of(rules));
  }
}
