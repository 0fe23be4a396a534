package dev.dossier.search;

import dev.dossier.index.IndexSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  private final IndexSchema schema;

  TranslationRanking(IndexSchema schema) {
    this.schema = schema;
  }

  /**
   * Counts of one candidate: pairs of the term holding it, occurrences there, the same in the
   * index, and forms.
   */
  private static final class Counts {
    int termPairs;
    int occurrences;
    int corpusPairs;
    int corpusOccurrences;
    final Map<String, Integer> surfaces = new LinkedHashMap<>();
  }

  private record Scored(String key, String surface, double dice, double g2, Counts counts) {}

  /**
   * The candidates in {@code targetLanguage} from a term's {@code counterparts} (the target sides
   * of its pairs, white space folded), counted there; {@link Candidates#rank} ranks them once the
   * rest of the index is counted.
   */
  Candidates candidates(String targetLanguage, List<String> counterparts) {
    Map<String, Counts> counts = new HashMap<>();
    long termTokens = 0;
    for (String text : counterparts) {
      PassageStems stems = PassageStems.of(schema, targetLanguage, text);
      collectSurfaces(stems, counts);
      Map<String, Integer> grams = stems.grams();
      grams.forEach(
          (key, n) -> {
            Counts c = counts.get(key);
            c.termPairs++;
            c.occurrences += n;
          });
      termTokens += grams.values().stream().mapToInt(Integer::intValue).sum();
    }
    Set<Long> excluded = new HashSet<>();
    counterparts.forEach(text -> excluded.add(TargetPassages.hash(text)));
    return new Candidates(counts, counterparts.size(), termTokens, excluded);
  }

  /** A term's candidate translations, counted in its counterparts. */
  static final class Candidates {
    private final Map<String, Counts> counts;
    private final int pairs;
    private final long termTokens;
    private final Set<Long> excluded;

    private Candidates(Map<String, Counts> counts, int pairs, long termTokens, Set<Long> excluded) {
      this.counts = counts;
      this.pairs = pairs;
      this.termTokens = termTokens;
      this.excluded = excluded;
    }

    /** The keys (stems, and bigrams as two stems and a space) to count in the rest of the index. */
    Set<String> keys() {
      return Collections.unmodifiableSet(counts.keySet());
    }

    /** The hashes of the counterparts' texts, which the rest of the index leaves out. */
    Set<Long> excluded() {
      return Collections.unmodifiableSet(excluded);
    }

    /**
     * The best {@code limit} candidates, measured against {@code rest}: the {@link #keys} counted
     * in every aligned target passage of the index that is not one of the counterparts.
     */
    List<Concordance.Candidate> rank(PassageTally rest, int limit) {
      rest.byKey()
          .forEach(
              (key, n) -> {
                Counts c = counts.get(key);
                if (c != null) {
                  c.corpusPairs = n[0];
                  c.corpusOccurrences = n[1];
                }
              });
      long corpusTokens = termTokens + rest.grams();
      return best(scored(counts, pairs, termTokens, corpusTokens), limit);
    }
  }

  /** Adds each word's and bigram's form in {@code stems} to its counts, in text order. */
  private static void collectSurfaces(PassageStems stems, Map<String, Counts> counts) {
    for (int i = 0; i < stems.size(); i++) {
      addSurface(counts, stems.unigram(i), stems.surface(i));
      if (stems.joined(i)) {
        addSurface(counts, stems.bigram(i), stems.bigramSurface(i));
      }
    }
  }

  private static void addSurface(Map<String, Counts> counts, String key, String surface) {
    counts
        .computeIfAbsent(key, k -> new Counts())
        .surfaces
        .merge(TargetPassages.singleSpaced(surface), 1, Integer::sum);
  }

  private static List<Scored> scored(
      Map<String, Counts> counts, int n, long termTokens, long corpusTokens) {
    List<Scored> scored = new ArrayList<>();
    for (Map.Entry<String, Counts> e : counts.entrySet()) {
      Counts c = e.getValue();
      double dice = 2.0 * c.termPairs / (n + c.termPairs + c.corpusPairs);
      double g2 =
          logLikelihood(c.occurrences, termTokens, c.corpusOccurrences, corpusTokens - termTokens);
      scored.add(new Scored(e.getKey(), surface(c), dice, g2, c));
    }
    scored.sort(
        Comparator.comparingDouble(Scored::dice)
            .reversed()
            .thenComparing(Comparator.comparingDouble(Scored::g2).reversed())
            .thenComparing(Scored::key));
    return scored;
  }

  private static List<Concordance.Candidate> best(List<Scored> scored, int limit) {
    Map<String, List<Scored>> bigramsOf = bigramsByWord(scored);
    List<Concordance.Candidate> result = new ArrayList<>();
    for (Scored s : scored) {
      if (!s.key().contains(" ") && subsumed(s, bigramsOf.getOrDefault(s.key(), List.of()))) {
        continue;
      }
      result.add(
          new Concordance.Candidate(
              s.surface(), Math.round(s.dice() * 1000) / 1000.0, s.counts().termPairs));
      if (result.size() == limit) {
        break;
      }
    }
    return result;
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
  private static String surface(Counts c) {
    String best = "";
    int most = 0;
    for (Map.Entry<String, Integer> e : c.surfaces.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
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
