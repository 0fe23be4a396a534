package dev.dossier.analysis;

import dev.dossier.config.TranscriptionTable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

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

  private record Step(
      String source,
      String target,
      double cost,
      boolean atStart,
      boolean atEnd,
      TranscriptionTable.Rule rule) {}

  /**
   * How a spelling was written: the rules, in order, and the total cost.
   *
   * @param rules the rules used, one per letter group of the word
   * @param cost their summed cost in the direction written
   */
  public record Derivation(List<TranscriptionTable.Rule> rules, double cost) {}

  private record Partial(int position, String output, double cost, boolean afterInsertion) {}

  /**
   * Rules by direction, by the first letter of their source side; insertions (empty source) apart.
   */
  private final Map<Character, List<Step>> toCyrillic = new HashMap<>();

  private final Map<Character, List<Step>> toLatin = new HashMap<>();
  private final List<Step> insertToCyrillic = new ArrayList<>();
  private final List<Step> insertToLatin = new ArrayList<>();

  /** A transcriber by the rules of {@code table}. */
  public Transcriber(TranscriptionTable table) {
    for (TranscriptionTable.Rule r : table.rules()) {
      if (r.toCyrillic() >= 0) {
        // ь and ъ are no letters of a name key, and a spelling is compared without them
        add(
            toCyrillic,
            insertToCyrillic,
            new Step(
                r.latin(), withoutSigns(r.cyrillic()), r.toCyrillic(), r.atStart(), r.atEnd(), r));
      }
      if (r.toLatin() >= 0) {
        add(
            toLatin,
            insertToLatin,
            new Step(r.cyrillic(), r.latin(), r.toLatin(), r.atStart(), r.atEnd(), r));
      }
    }
  }

  private static String withoutSigns(String cyrillic) {
    return cyrillic.replace("ь", "").replace("ъ", "");
  }

  private static void add(Map<Character, List<Step>> bySource, List<Step> insertions, Step step) {
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
      return enumerate(lower, toLatin, insertToLatin, maxCost, limit);
    }
    String latin = latinLetters(word);
    return latin == null
        ? List.of()
        : enumerate(latin, toCyrillic, insertToCyrillic, maxCost, limit);
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
    return align(
        source, target, russian ? toLatin : toCyrillic, russian ? insertToLatin : insertToCyrillic);
  }

  private static Derivation align(
      String source, String target, Map<Character, List<Step>> steps, List<Step> insertions) {
    int n = source.length();
    int m = target.length();
    // cost[i][j][k]: cheapest way to write source[0, i) as target[0, j); k = 1 when the last step
    // inserted
    // (rows of a thread's scratch tables, reused: the indexer aligns thousands of name pairs a
    // document)
    Scratch scratch = SCRATCH.get().fit(n + 1, m + 1);
    double[][][] cost = scratch.cost;
    Step[][][] step = scratch.step;
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
            for (Step s : insertions) {
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
          for (Step s : steps.getOrDefault(source.charAt(i), List.of())) {
            int end = i + s.source().length();
            if (end <= n
                && source.startsWith(s.source(), i)
                && (!s.atStart() || i == 0)
                && (!s.atEnd() || end == n)
                && target.startsWith(s.target(), j)) {
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
      Step s = step[i][j][k];
      int previous = from[i][j][k];
      rules.add(0, s.rule());
      i -= s.source().length();
      j -= s.target().length();
      k = previous;
    }
    return new Derivation(rules, round(total));
  }

  /**
   * The DP tables of one thread, grown as longer words come; only [0, n] x [0, m] of them is a
   * call's.
   */
  private static final class Scratch {
    double[][][] cost = new double[0][0][2];
    Step[][][] step = new Step[0][0][2];
    int[][][] from = new int[0][0][2];

    Scratch fit(int n, int m) {
      if (n > cost.length || m > (cost.length == 0 ? 0 : cost[0].length)) {
        int r = Math.max(n, cost.length);
        int c = Math.max(m, cost.length == 0 ? 0 : cost[0].length);
        cost = new double[r][c][2];
        step = new Step[r][c][2];
        from = new int[r][c][2];
      }
      return this;
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private static void relax(
      double[][][] cost,
      Step[][][] step,
      int[][][] from,
      int i,
      int j,
      int k,
      double c,
      Step s,
      int fromK,
      int width) {
    if (j < width && c < cost[i][j][k] - 1e-12) {
      cost[i][j][k] = c;
      step[i][j][k] = s;
      from[i][j][k] = fromK;
    }
  }

  private static List<Candidate> enumerate(
      String source,
      Map<Character, List<Step>> steps,
      List<Step> insertions,
      double maxCost,
      int limit) {
    Map<String, Candidate> done = new LinkedHashMap<>();
    Map<String, Double> best = new HashMap<>();
    PriorityQueue<Partial> queue =
        new PriorityQueue<>((a, b) -> Double.compare(a.cost(), b.cost()));
    queue.add(new Partial(0, "", 0, false));
    int n = source.length();
    while (!queue.isEmpty() && done.size() < limit) {
      Partial p = queue.poll();
      if (p.position() == n) {
        done.putIfAbsent(p.output(), new Candidate(p.output(), round(p.cost())));
      }
      if (!p.afterInsertion()) {
        for (Step s : insertions) {
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
      for (Step s : steps.getOrDefault(source.charAt(p.position()), List.of())) {
        int end = p.position() + s.source().length();
        if (end <= n
            && source.startsWith(s.source(), p.position())
            && (!s.atStart() || p.position() == 0)
            && (!s.atEnd() || end == n)) {
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

  private static double round(double cost) {
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
