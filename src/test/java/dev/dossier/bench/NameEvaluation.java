package dev.dossier.bench;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexRequest;
import dev.dossier.index.IndexSchema;
import dev.dossier.index.Indexer;
import dev.dossier.search.QuerySyntaxException;
import dev.dossier.search.SearchHit;
import dev.dossier.search.SearchRequest;
import dev.dossier.search.SearchResults;
import dev.dossier.search.Searcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The names evaluation ({@code bench/run --phases names}): each pair of {@code
 * bench/names/pairs.tsv} searched as a user would, its Latin spelling judged over the Russian texts
 * of the shared corpora and its Cyrillic spelling over the English texts, against the documents
 * that name it in their title or text ({@link NameGroundTruth}). Prints recall and precision per
 * query, macro-averaged by kind, the noise of names a collection never writes, and the worst cases.
 */
final class NameEvaluation {

  /** How the search of one query went. */
  record Outcome(
      NamePairs.Pair pair,
      String query,
      String judgedOver,
      int relevant,
      int retrieved,
      int correct,
      List<String> falseHits,
      List<String> missed) {
    boolean absent() {
      return relevant == 0;
    }

    double recall() {
      return relevant == 0 ? Double.NaN : correct / (double) relevant;
    }

    double precision() {
      return retrieved == 0 ? Double.NaN : correct / (double) retrieved;
    }
  }

  /** A collection's documents of one language: their ids and texts, in the same order. */
  record Side(List<String> ids, Map<String, Integer> positions, NameGroundTruth truth) {}

  private final Searcher searcher;
  private final Side russian;
  private final Side english;

  NameEvaluation(Searcher searcher, Side russian, Side english) {
    this.searcher = searcher;
    this.russian = russian;
    this.english = english;
  }

  /**
   * Indexes the shared corpora (incrementally), runs the pairs of one split and writes the report.
   */
  static void run(BenchOptions options) throws Exception {
    Path home = options.home;
    Path corpora = options.corpora();
    Path index = options.namesIndex();
    String split = options.split("test");
    Path out = options.namesOut();
    Path detail = options.namesDetail;
    if (!Files.isDirectory(corpora)) {
      System.err.println(
          "bench: the names evaluation needs the shared corpora; none at " + corpora);
      System.exit(2);
    }
    IndexSchema schema = IndexSchema.of(IndexConfigLoader.load(home.resolve("index-config")));
    System.err.printf("bench: indexing %s into %s (incremental) ...%n", corpora, index);
    try {
      new Indexer(schema).index(IndexRequest.of(index, List.of(corpora), false));
    } catch (dev.dossier.index.IndexFormatException e) {
      System.err.println("bench: " + e.getMessage() + "; rebuilding it");
      new Indexer(schema).index(IndexRequest.of(index, List.of(corpora), true));
    }
    List<NamePairs.Pair> pairs = NamePairs.read(NamePairs.file(home, split), split);
    try (Searcher searcher = Searcher.open(index, schema)) {
      Map<String, Side> sides = sides(index);
      NameEvaluation evaluation = new NameEvaluation(searcher, sides.get("ru"), sides.get("en"));
      List<Outcome> outcomes = evaluation.run(pairs);
      String report = report(split, pairs.size(), outcomes);
      System.out.print(report);
      Files.writeString(out, report, StandardCharsets.UTF_8);
      System.err.println("bench: written " + out);
      if (detail != null) {
        StringBuilder lines =
            new StringBuilder("query\tover\tkind\trelevant\tretrieved\tcorrect\tmissed\tfalse\n");
        for (Outcome o : outcomes) {
          lines
              .append(
                  String.join(
                      "\t",
                      o.query(),
                      o.judgedOver(),
                      o.pair().kind(),
                      "" + o.relevant(),
                      "" + o.retrieved(),
                      "" + o.correct(),
                      String.join(" ", o.missed()),
                      String.join(" ", o.falseHits())))
              .append('\n');
        }
        Files.writeString(detail, lines, StandardCharsets.UTF_8);
      }
    }
  }

  /** Both queries of every pair. */
  List<Outcome> run(List<NamePairs.Pair> pairs) throws IOException, QuerySyntaxException {
    List<Outcome> outcomes = new ArrayList<>();
    for (NamePairs.Pair p : pairs) {
      List<String> ru = names(p.russian(), p.russianVariants());
      List<String> en = names(p.english(), p.englishVariants());
      BitSet overRussian = russian.truth().russian(ru);
      overRussian.or(russian.truth().english(en));
      outcomes.add(judge(p, p.english(), "ru", russian, overRussian));
      BitSet overEnglish = english.truth().english(en);
      overEnglish.or(english.truth().russian(ru));
      outcomes.add(judge(p, p.russian(), "en", english, overEnglish));
    }
    return outcomes;
  }

  private Outcome judge(NamePairs.Pair p, String query, String over, Side side, BitSet relevant)
      throws IOException, QuerySyntaxException {
    SearchResults results =
        searcher.search(
            SearchRequest.builder(query).limit(10_000).fragments(0).countAll(true).build());
    int retrieved = 0;
    int correct = 0;
    List<String> falseHits = new ArrayList<>();
    BitSet found = new BitSet();
    for (SearchHit hit : results.hits()) {
      Integer position = side.positions().get(hit.id());
      if (position == null) {
        continue;
      }
      retrieved++;
      if (relevant.get(position)) {
        correct++;
        found.set(position);
      } else if (falseHits.size() < 3) {
        falseHits.add(hit.id());
      }
    }
    List<String> missed = new ArrayList<>();
    BitSet notFound = (BitSet) relevant.clone();
    notFound.andNot(found);
    for (int d = notFound.nextSetBit(0);
        d >= 0 && missed.size() < 3;
        d = notFound.nextSetBit(d + 1)) {
      missed.add(side.ids().get(d));
    }
    return new Outcome(
        p, query, over, relevant.cardinality(), retrieved, correct, falseHits, missed);
  }

  private static List<String> names(String name, List<String> variants) {
    List<String> all = new ArrayList<>();
    all.add(name);
    all.addAll(variants);
    return all;
  }

  /** The documents of the index with a Russian text and those with an English text. */
  static Map<String, Side> sides(Path index) throws IOException {
    Map<String, List<String>> ids = new HashMap<>();
    Map<String, List<String>> texts = new HashMap<>();
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        Bits live = r.getLiveDocs();
        StoredFields stored = r.storedFields();
        for (int d = 0; d < r.maxDoc(); d++) {
          if (live != null && !live.get(d)) {
            continue;
          }
          Document doc = stored.document(d);
          for (String language : List.of("ru", "en")) {
            String text = doc.get(Fields.text(language));
            if (text != null) {
              // a document names someone its title names ("Attlee to Chifley"), even if its text
              // does not
              String title = doc.get(Fields.TITLE);
              ids.computeIfAbsent(language, k -> new ArrayList<>()).add(doc.get(Fields.ID));
              texts
                  .computeIfAbsent(language, k -> new ArrayList<>())
                  .add(title == null ? text : title + "\n" + text);
            }
          }
        }
      }
    }
    Map<String, Side> sides = new HashMap<>();
    for (String language : List.of("ru", "en")) {
      List<String> languageIds = ids.getOrDefault(language, List.of());
      Map<String, Integer> positions = new HashMap<>();
      for (int i = 0; i < languageIds.size(); i++) {
        positions.put(languageIds.get(i), i);
      }
      sides.put(
          language,
          new Side(
              languageIds,
              positions,
              new NameGroundTruth(texts.getOrDefault(language, List.of()))));
    }
    return sides;
  }

  /** The report: figures by kind, then the worst cases. */
  static String report(String split, int pairs, List<Outcome> outcomes) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "## Names evaluation: %s half, %d pairs, %d queries%n%n",
            split,
            pairs,
            outcomes.size()));
    b.append(
            "A Latin query is judged over the Russian texts, a Cyrillic query over the English"
                + " texts. Recall and\n")
        .append(
            "precision are macro averages over the queries whose name the judged texts have"
                + " (precision over\n")
        .append(
            "those that retrieved something); noise is the mean number of documents a query"
                + " retrieves when\n")
        .append("the judged texts never name it.\n\n");
    b.append(
        "| kind | queries | recall | precision | found nothing | absent names | noise (docs/query)"
            + " |\n");
    b.append("|---|---|---|---|---|---|---|\n");
    Map<String, List<Outcome>> byKind = new LinkedHashMap<>();
    byKind.put("all", outcomes);
    for (Outcome o : outcomes) {
      byKind.computeIfAbsent(o.pair().kind(), k -> new ArrayList<>()).add(o);
    }
    byKind.forEach((kind, list) -> b.append(row(kind, list)));
    b.append(
        "\n"
            + "Worst present names (lowest F1):\n\n"
            + "| query | over | relevant | retrieved | correct | missed (ids) | false hits (ids)"
            + " |\n"
            + "|---|---|---|---|---|---|---|\n");
    outcomes.stream()
        .filter(o -> !o.absent())
        .sorted(Comparator.comparingDouble(NameEvaluation::f1))
        .limit(25)
        .forEach(
            o ->
                b.append(
                    String.format(
                        Locale.ROOT,
                        "| %s | %s | %d | %d | %d | %s | %s |%n",
                        o.query(),
                        o.judgedOver(),
                        o.relevant(),
                        o.retrieved(),
                        o.correct(),
                        String.join(" ", o.missed()),
                        String.join(" ", o.falseHits()))));
    b.append(
        "\n"
            + "Noisiest absent names:\n\n"
            + "| query | over | retrieved | false hits (ids) |\n"
            + "|---|---|---|---|\n");
    outcomes.stream()
        .filter(o -> o.absent() && o.retrieved() > 0)
        .sorted(Comparator.comparingInt(Outcome::retrieved).reversed())
        .limit(15)
        .forEach(
            o ->
                b.append(
                    String.format(
                        Locale.ROOT,
                        "| %s | %s | %d | %s |%n",
                        o.query(),
                        o.judgedOver(),
                        o.retrieved(),
                        String.join(" ", o.falseHits()))));
    return b.toString();
  }

  private static double f1(Outcome o) {
    double p = Double.isNaN(o.precision()) ? 0 : o.precision();
    double r = o.recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static String row(String kind, List<Outcome> list) {
    List<Outcome> present = list.stream().filter(o -> !o.absent()).toList();
    List<Outcome> absent = list.stream().filter(Outcome::absent).toList();
    double recall = present.stream().mapToDouble(Outcome::recall).average().orElse(Double.NaN);
    double precision =
        present.stream()
            .filter(o -> o.retrieved() > 0)
            .mapToDouble(Outcome::precision)
            .average()
            .orElse(Double.NaN);
    long nothing = present.stream().filter(o -> o.correct() == 0).count();
    double noise = absent.stream().mapToInt(Outcome::retrieved).average().orElse(0);
    return String.format(
        Locale.ROOT,
        "| %s | %d | %.3f | %.3f | %d | %d | %.2f |%n",
        kind,
        present.size(),
        recall,
        precision,
        nothing,
        absent.size(),
        noise);
  }
}
