package dev.dossier.search;

import dev.dossier.index.IndexSchema;
import dev.dossier.index.PassageStems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the candidate translations of a term: the stems and stem bigrams of its counterpart
 * passages, by the Dice coefficient between "the pair holds the term" and "the counterpart holds
 * this" over all aligned pairs of the index (Smadja, McKeown and Hatzivassiloglou, "Translating
 * collocations for bilingual lexicons", Computational Linguistics 22(1), 1996), ties broken by
 * Dunning's log-likelihood of their frequency in those passages against the rest (Dunning,
 * Computational Linguistics 19(1), 1993). A word whose every occurrence is inside a better bigram
 * gives way to it.
 */
final class TranslationRanking {

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private final IndexSchema schema;

  TranslationRanking(IndexSchema schema) {
    this.schema = schema;
  }

  /**
   * Counts of one candidate: in the term's pairs read (the sample), and, once counted over the
   * index, pairs of the term holding it, occurrences there, the same in all other pairs; and forms.
   */
  private static final class Counts {
    int samplePairs;
    boolean counted;
    int termPairs;
    int occurrences;
    int corpusPairs;
    int corpusOccurrences;
  }

  private record Scored(String key, double dice, double g2, Counts counts) {}

  /**
   * The candidates in {@code targetLanguage} from the {@code counterparts} of the term's pairs read
   * (the target sides, white space folded), of {@code pairs} in the index; {@link Candidates#rank}
   * ranks them once they are counted in the index.
   */
  Candidates candidates(String targetLanguage, List<String> counterparts, boolean allPairs) {
    Map<String, Counts> counts = new HashMap<>();
    List<PassageStems> sample = new ArrayList<>();
    for (String text : counterparts) {
      PassageStems stems = PassageStems.of(schema, targetLanguage, text);
      sample.add(stems);
      for (String key : stems.grams().keySet()) {
        counts.computeIfAbsent(key, k -> new Counts()).samplePairs++;
      }
    }
    return new Candidates(counts, sample, allPairs);
  }

  /** A term's candidate translations: found in the pairs read, counted in the index. */
  static final class Candidates {
    private final Map<String, Counts> counts;
    private final List<PassageStems> sample;
    private final boolean allPairs;
    private final List<String> counted = new ArrayList<>();

    private Candidates(Map<String, Counts> counts, List<PassageStems> sample, boolean allPairs) {
      this.counts = counts;
      this.sample = sample;
      this.allPairs = allPairs;
    }

    /**
     * The keys (stems, and bigrams as two stems and a space), most frequent in the pairs read
     * first, the order in which they are worth counting in the index (a bucket sort: a long
     * document's pairs hold hundreds of thousands of keys).
     */
    List<String> keys() {
      List<List<String>> byPairs = new ArrayList<>();
      counts.forEach(
          (key, c) -> {
            while (byPairs.size() <= c.samplePairs) {
              byPairs.add(new ArrayList<>());
            }
            byPairs.get(c.samplePairs).add(key);
          });
      List<String> keys = new ArrayList<>(counts.size());
      for (int n = byPairs.size() - 1; n > 0; n--) {
        keys.addAll(byPairs.get(n)); // the order within one count changes no ranking
      }
      return keys;
    }

    /**
     * The best Dice coefficient {@code key} can have when the term has {@code pairs} pairs in the
     * index: 2t / (pairs + t), t the most pairs it can stand in. When every pair was read, t is its
     * count there; otherwise its count scaled from the pairs read to all, after adding three
     * standard deviations of a count of that size, and one, so that a candidate is not passed over
     * for having been unlucky in the pairs read.
     */
    double bound(String key, int pairs) {
      double t = counts.get(key).samplePairs;
      if (!allPairs || pairs > sample.size()) {
        t = (t + 3 * Math.sqrt(t) + 1) * pairs / Math.max(1, sample.size());
      }
      t = Math.min(pairs, t);
      return pairs + t == 0 ? 0 : 2 * t / (pairs + t);
    }

    /**
     * The best {@code limit} candidates of those counted in {@code tally}, and the lowest score
     * among them when there are {@code limit} (else -1): a candidate not counted yet cannot enter
     * when its {@link #bound} is below it.
     */
    Ranking rank(PassageTally tally, int limit) {
      tally
          .byKey()
          .forEach(
              (key, n) -> {
                Counts c = counts.get(key);
                if (c != null) {
                  if (!c.counted) {
                    counted.add(key);
                  }
                  c.counted = true;
                  c.termPairs = n[0];
                  c.occurrences = n[1];
                  c.corpusPairs = n[2] - n[0];
                  c.corpusOccurrences = n[3] - n[1];
                }
              });
      return best(
          scored(counted, counts, tally.termPairs(), tally.termGrams(), tally.grams()), limit);
    }

    /** The candidates of {@code ranking}, each by its most frequent form in the pairs read. */
    List<Concordance.Candidate> describe(Ranking ranking) {
      Map<String, Map<String, Integer>> forms = new HashMap<>();
      ranking.best().forEach(s -> forms.put(s.key(), new LinkedHashMap<>()));
      for (PassageStems stems : sample) {
        for (int i = 0; i < stems.size(); i++) {
          Map<String, Integer> word = forms.get(stems.unigram(i));
          if (word != null) {
            word.merge(singleSpaced(stems.surface(i)), 1, Integer::sum);
          }
          if (stems.joined(i)) {
            Map<String, Integer> bigram = forms.get(stems.bigram(i));
            if (bigram != null) {
              bigram.merge(singleSpaced(stems.bigramSurface(i)), 1, Integer::sum);
            }
          }
        }
      }
      List<Concordance.Candidate> candidates = new ArrayList<>();
      for (Scored s : ranking.best()) {
        candidates.add(
            new Concordance.Candidate(
                mostFrequent(forms.get(s.key())),
                Math.round(s.dice() * 1000) / 1000.0,
                s.counts().termPairs));
      }
      return candidates;
    }
  }

  /**
   * The best candidates, and the lowest score among them when there are as many as asked (else -1).
   */
  record Ranking(List<Scored> best, double lowest) {}

  private static List<Scored> scored(
      List<String> keys, Map<String, Counts> counts, int n, long termTokens, long corpusTokens) {
    List<Scored> scored = new ArrayList<>();
    for (String key : keys) {
      Counts c = counts.get(key);
      if (c.termPairs == 0) {
        continue;
      }
      double dice = 2.0 * c.termPairs / (n + c.termPairs + c.corpusPairs);
      double g2 =
          logLikelihood(c.occurrences, termTokens, c.corpusOccurrences, corpusTokens - termTokens);
      scored.add(new Scored(key, dice, g2, c));
    }
    scored.sort(
        Comparator.comparingDouble(Scored::dice)
            .reversed()
            .thenComparing(Comparator.comparingDouble(Scored::g2).reversed())
            .thenComparing(Scored::key));
    return scored;
  }

  private static Ranking best(List<Scored> scored, int limit) {
    Map<String, List<Scored>> bigramsOf = bigramsByWord(scored);
    List<Scored> result = new ArrayList<>();
    double lowest = -1;
    for (Scored s : scored) {
      if (!s.key().contains(" ") && subsumed(s, bigramsOf.getOrDefault(s.key(), List.of()))) {
        continue;
      }
      result.add(s);
      if (result.size() == limit) {
        lowest = s.dice();
        break;
      }
    }
    return new Ranking(result, lowest);
  }

  /**
   * Each word's bigrams: a word is compared with its own, not with every candidate (a long
   * document's counterparts have hundreds of thousands, and comparing each word with all of them
   * took minutes).
   */
  private static Map<String, List<Scored>> bigramsByWord(List<Scored> all) {
    Map<String, List<Scored>> byWord = new HashMap<>();
    for (Scored s : all) {
      String[] parts = s.key().split(" ");
      if (parts.length == 2) {
        byWord.computeIfAbsent(parts[0], w -> new ArrayList<>()).add(s);
        if (!parts[1].equals(parts[0])) {
          byWord.computeIfAbsent(parts[1], w -> new ArrayList<>()).add(s);
        }
      }
    }
    return byWord;
  }

  /**
   * A word every occurrence of which (in the term's counterparts) is inside a bigram ranked at
   * least as well.
   */
  private static boolean subsumed(Scored word, List<Scored> bigrams) {
    for (Scored s : bigrams) {
      if (s.counts().occurrences == word.counts().occurrences && s.dice() >= word.dice()) {
        return true;
      }
    }
    return false;
  }

  /** The most frequent form; of equally frequent ones, the first seen. */
  private static String mostFrequent(Map<String, Integer> forms) {
    String best = "";
    int most = 0;
    for (Map.Entry<String, Integer> e : forms.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /**
   * {@code text} with each run of white space as one space; the same string when it has none to
   * fold, which is nearly always (a word, two words and a space), and no regular expression then.
   */
  static String singleSpaced(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)
          && (c != ' ' || (i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))))) {
        return SPACES.matcher(text).replaceAll(" ");
      }
    }
    return text;
  }

  /** Dunning's G² for k1 of n1 tokens against k2 of n2 tokens. */
  static double logLikelihood(long k1, long n1, long k2, long n2) {
    double p = (double) (k1 + k2) / Math.max(1, n1 + n2);
    double e1 = n1 * p;
    double e2 = n2 * p;
    return 2 * (term(k1, e1) + term(k2, e2) + term(n1 - k1, n1 - e1) + term(n2 - k2, n2 - e2));
  }

  private static double term(double observed, double expected) {
    return observed <= 0 || expected <= 0 ? 0 : observed * Math.log(observed / expected);
  }
}
