package dev.dossier.search;

import dev.dossier.align.Alignment;
import dev.dossier.analysis.RecordedTokens;
import dev.dossier.analysis.StopWords;
import dev.dossier.align.PassagePair;
import dev.dossier.index.DocumentMapper;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import dev.dossier.index.StoredChecksum;
import dev.dossier.model.ArchiveDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds a {@link Concordance}. The pairs come from the stored alignments of the documents where the term occurs
 * in its language (stemmed or exact form). Candidate translations are the stems and stem bigrams of the
 * counterpart passages (stop words excluded by the analyzer; a bigram never spans one), ranked by the Dice
 * coefficient over all aligned pairs of the index (Smadja, McKeown and Hatzivassiloglou, "Translating
 * collocations for bilingual lexicons", Computational Linguistics 22(1), 1996), ties broken by Dunning's
 * log-likelihood of their frequency in those passages against the rest (Dunning, Computational Linguistics
 * 19(1), 1993). A word whose every occurrence is inside a better bigram gives way to it.
 */
final class ConcordanceBuilder {

  private static final int MAX_DOCUMENTS = 100_000;
  /** A bigram never spans these: "авторитет, профсоюзные" is not a phrase. */
  private static final String PUNCTUATION = ".,;:!?()[]\"«»—–";

  private final IndexSearcher searcher;
  private final IndexSchema schema;
  private final DocumentMapper mapper;

  ConcordanceBuilder(IndexSearcher searcher, IndexSchema schema) {
    this.searcher = searcher;
    this.schema = schema;
    this.mapper = new DocumentMapper(schema);
  }

  /** The concordance of {@code term}, with at most {@code candidates} candidate translations. */
  Concordance build(String term, int candidates) throws IOException, QuerySyntaxException {
    QueryLimits.checkPhrase(term);
    String a = Concordance.languageOf(term, schema);
    QueryBuilder builder = new QueryBuilder(schema.analyzer());
    List<Query> forms = new ArrayList<>();
    forms.add(builder.createPhraseQuery(Fields.text(a), term, 0));
    forms.add(builder.createPhraseQuery(Fields.exact(a), term, 0));
    forms.removeIf(java.util.Objects::isNull);
    if (forms.isEmpty()) {
      throw new QuerySyntaxException(term, 0, "nothing to look for (a stop word?)");
    }
    Query query = new DisjunctionMaxQuery(forms, 0f);
    TopDocs top = searcher.search(query, MAX_DOCUMENTS);
    ScoreDoc[] hits = top.scoreDocs.clone();
    java.util.Arrays.sort(hits, Comparator.comparingInt(sd -> sd.doc));
    int[] docIds = java.util.Arrays.stream(hits).mapToInt(sd -> sd.doc).toArray();
    List<ParallelPassages.Texts> texts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    java.util.Map<Integer, Document> stored = new java.util.HashMap<>();
    for (int doc : docIds) {
      Document d = StoredChecksum.read(searcher.storedFields(), doc);
      stored.put(doc, d);
      ArchiveDocument archive = mapper.fromLucene(d);
      ids.add(archive.id());
      texts.add(
          new ParallelPassages.Texts(
              archive.originalLanguage(), archive.original(), archive.translationLanguage(), archive.translation(),
              DocumentMapper.alignment(d)));
    }
    List<List<ParallelPair>> pairs = new ParallelPassages(searcher, schema, Searcher.indexedLanguages(schema, searcher.getIndexReader())).of(query, docIds, texts, stored);
    List<Concordance.Line> lines = new ArrayList<>();
    Set<String> termPairTexts = new HashSet<>();
    String b = null;
    List<String> counterparts = new ArrayList<>();
    for (int i = 0; i < docIds.length; i++) {
      ParallelPassages.Texts t = texts.get(i);
      boolean termInOriginal = schema.indexLanguage(t.originalLanguage()).equals(a);
      String other = termInOriginal ? t.translationLanguage() : t.originalLanguage();
      for (ParallelPair pair : pairs.get(i)) {
        lines.add(new Concordance.Line(ids.get(i), pair.original(), pair.translation()));
        String counterpart = (termInOriginal ? pair.translation() : pair.original()).text();
        if (!counterpart.isEmpty() && !other.isEmpty()) {
          b = b == null ? other : b;
          if (other.equals(b)) {
            counterparts.add(counterpart);
            termPairTexts.add(counterpart);
          }
        }
      }
    }
    List<Concordance.Candidate> ranked =
        b == null || candidates == 0 ? List.of() : rank(b, counterparts, termPairTexts, a, candidates);
    return new Concordance(term, a, lines, ranked);
  }

  /** Counts of one candidate: pairs of the term holding it, occurrences there, and surface forms. */
  private static final class Counts {
    int termPairs;
    int occurrences;
    int corpusPairs;
    int corpusOccurrences;
    final Map<String, Integer> surfaces = new java.util.LinkedHashMap<>();
  }

  private List<Concordance.Candidate> rank(
      String b, List<String> counterparts, Set<String> termPairTexts, String a, int limit) throws IOException {
    Map<String, Counts> counts = new HashMap<>();
    long termTokens = 0;
    for (String text : counterparts) {
      Map<String, Integer> grams = grams(b, text, counts, true);
      grams.forEach((key, n) -> {
        Counts c = counts.get(key);
        c.termPairs++;
        c.occurrences += n;
      });
      termTokens += grams.values().stream().mapToInt(Integer::intValue).sum();
    }
    // the whole index: every aligned counterpart passage in language b that is not one of the term's
    int corpusPairs = counterparts.size();
    long corpusTokens = termTokens;
    IndexReader reader = searcher.getIndexReader();
    for (var leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      var stored = leaf.reader().storedFields();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        Document d = StoredChecksum.read(stored, doc);
        ArchiveDocument archive = mapper.fromLucene(d);
        boolean bIsTranslation = b.equals(archive.translationLanguage()) && a.equals(schema.indexLanguage(archive.originalLanguage()));
        boolean bIsOriginal = b.equals(archive.originalLanguage()) && a.equals(schema.indexLanguage(archive.translationLanguage()));
        if (!bIsTranslation && !bIsOriginal) {
          continue;
        }
        Alignment alignment = DocumentMapper.alignment(d);
        for (PassagePair pair : alignment.pairs()) {
          String text = bIsTranslation
              ? archive.translation().substring(pair.translationStart(), pair.translationEnd())
              : archive.original().substring(pair.originalStart(), pair.originalEnd());
          String folded = text.strip().replaceAll("\\s+", " ");
          if (folded.isEmpty() || termPairTexts.contains(folded)) {
            continue;
          }
          corpusPairs++;
          Map<String, Integer> grams = grams(b, text, counts, false);
          for (Map.Entry<String, Integer> g : grams.entrySet()) {
            Counts c = counts.get(g.getKey());
            if (c != null) {
              c.corpusPairs++;
              c.corpusOccurrences += g.getValue();
            }
          }
          corpusTokens += grams.values().stream().mapToInt(Integer::intValue).sum();
        }
      }
    }
    int n = counterparts.size();
    List<Scored> scored = new ArrayList<>();
    for (Map.Entry<String, Counts> e : counts.entrySet()) {
      Counts c = e.getValue();
      double dice = 2.0 * c.termPairs / (n + c.termPairs + c.corpusPairs);
      double g2 = logLikelihood(c.occurrences, termTokens, c.corpusOccurrences, corpusTokens - termTokens);
      scored.add(new Scored(e.getKey(), surface(c), dice, g2, c));
    }
    scored.sort(Comparator.comparingDouble(Scored::dice).reversed()
        .thenComparing(Comparator.comparingDouble(Scored::g2).reversed())
        .thenComparing(Scored::key));
    Map<String, List<Scored>> bigramsOf = bigramsByWord(scored);
    List<Concordance.Candidate> result = new ArrayList<>();
    for (Scored s : scored) {
      if (!s.key().contains(" ") && subsumed(s, bigramsOf.getOrDefault(s.key(), List.of()))) {
        continue;
      }
      result.add(new Concordance.Candidate(s.surface(), Math.round(s.dice() * 1000) / 1000.0, s.counts().termPairs));
      if (result.size() == limit) {
        break;
      }
    }
    return result;
  }

  private record Scored(String key, String surface, double dice, double g2, Counts counts) {}

  /**
   * Each word's bigrams: a word is compared with its own, not with every candidate (a long document's counterparts
   * have hundreds of thousands, and comparing each word with all of them took minutes).
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

  /** A word every occurrence of which (in the term's counterparts) is inside a bigram ranked at least as well. */
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

  /**
   * Stems and adjacent stem bigrams of {@code text} with their counts; with {@code collect}, adds them to
   * {@code counts} with their surface forms.
   */
  private Map<String, Integer> grams(String language, String text, Map<String, Counts> counts, boolean collect) {
    Map<String, Integer> grams = new HashMap<>();
    RecordedTokens tokens = schema.tokens(Fields.text(schema.indexLanguage(language)), text);
    String previous = null;
    int previousStart = -1;
    int previousEnd = -1;
    CharArraySet stopWords = StopWords.of(language);
    for (int i = 0; i < tokens.size(); i++) {
      String stem = tokens.term(i);
      String word = text.substring(tokens.start(i), tokens.end(i));
      if (stem.chars().noneMatch(Character::isLetter) || stopWords.contains(word.toLowerCase(java.util.Locale.ROOT))) {
        previous = null;
        continue;
      }
      add(grams, counts, collect, stem, word);
      boolean adjacent =
          previous != null
              && tokens.increment(i) == 1
              && text.substring(previousEnd, tokens.start(i)).chars().noneMatch(ch -> PUNCTUATION.indexOf(ch) >= 0);
      if (adjacent) {
        add(grams, counts, collect, previous + " " + stem, text.substring(previousStart, tokens.end(i)));
      }
      previous = stem;
      previousStart = tokens.start(i);
      previousEnd = tokens.end(i);
    }
    return grams;
  }

  private static void add(Map<String, Integer> grams, Map<String, Counts> counts, boolean collect, String key, String surface) {
    grams.merge(key, 1, Integer::sum);
    if (collect) {
      counts.computeIfAbsent(key, k -> new Counts()).surfaces.merge(surface.replaceAll("\\s+", " "), 1, Integer::sum);
    }
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
