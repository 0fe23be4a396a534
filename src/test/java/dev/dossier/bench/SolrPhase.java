package dev.dossier.bench;

import dev.dossier.config.IndexConfig;
import dev.dossier.index.IndexReport;
import dev.dossier.index.IndexRequest;
import dev.dossier.index.IndexSchema;
import dev.dossier.index.Indexer;
import dev.dossier.index.SolrConfigset;
import dev.dossier.index.SolrIndexer;
import dev.dossier.search.SearchRequest;
import dev.dossier.search.Searcher;
import dev.dossier.search.SolrSearcher;
import dev.dossier.solr.SolrClusterProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code bench/run --phases solr}: the same generated corpus indexed and searched embedded and on a
 * local SolrCloud of 2 nodes (a collection of 2 shards x 2 replicas, the plugin loaded from {@code
 * sharedLib}, {@link SolrClusterProcess}), in one run. Indexing is timed from the files to a
 * committed index both ways, by the command line's own code ({@code index} and {@code index
 * --solr}: the same run, 2 threads, Dossier reads, splits and aligns the documents either way);
 * queries are timed as {@code search} and {@code search --solr} run them, the top 10 with 3
 * snippets per language (on Solr made on the shards by the {@code [dossier]} transformer) and the
 * count of similar matches.
 */
final class SolrPhase {

  private static final String COLLECTION = "dossier";

  private final Path home;
  private final Path work;
  private final Function<String, Figures> figure;

  SolrPhase(Path home, Path work, Function<String, Figures> figure) {
    this.home = home;
    this.work = work;
    this.figure = figure;
  }

  /** Indexes {@code corpus} both ways and runs {@code queries} (by type) on both. */
  void run(Path corpus, IndexConfig config, Map<String, List<String>> queries, int run)
      throws Exception {
    String classPath = System.getProperty("dossier.solr.classpath");
    if (classPath == null) {
      throw new IllegalStateException("bench/run sets dossier.solr.classpath for the Solr phase");
    }
    IndexSchema schema = IndexSchema.of(config);
    Path conf = new SolrConfigset(config).write(work.resolve("solr-configset")).conf();
    Path cluster = work.resolve("solr-cluster");
    deleteTree(cluster);
    try (SolrClusterProcess process =
        SolrClusterProcess.start(
            cluster, home.resolve("target/solr-plugin"), conf, COLLECTION, 2, 2, 2, classPath)) {
      String url = process.baseUrls().get(0) + "/" + COLLECTION;
      Path embeddedIndex = work.resolve("solr-phase-embedded");
      // a rebuild of the whole corpus with 2 threads, as each side's index command runs it
      IndexRequest request =
          new IndexRequest(
              embeddedIndex,
              List.of(corpus),
              true,
              false,
              2,
              IndexRequest.DEFAULT_COMMIT_EVERY,
              dev.dossier.index.IndexProgress.NONE);
      long t0 = System.nanoTime();
      IndexReport report = new Indexer(schema).index(request);
      double embeddedRate = report.written() / ((System.nanoTime() - t0) / 1e9);
      figure.apply("embedded index docs/s").add(embeddedRate);

      t0 = System.nanoTime();
      IndexReport sent = new SolrIndexer(schema).index(request, url);
      double solrRate = sent.written() / ((System.nanoTime() - t0) / 1e9);
      figure.apply("solr index docs/s").add(solrRate);
      log("run %d: embedded %.0f docs/s, solr %.0f docs/s", run, embeddedRate, solrRate);

      SolrSearcher solr = SolrSearcher.of(url);
      try (Searcher embedded = Searcher.open(embeddedIndex, schema)) {
        for (Map.Entry<String, List<String>> type : queries.entrySet()) {
          List<Double> local = new ArrayList<>();
          List<Double> remote = new ArrayList<>();
          for (int pass = 0; pass < 2; pass++) { // the first pass warms up
            for (String q : type.getValue()) {
              long a = System.nanoTime();
              embedded.search(SearchRequest.builder(q).build());
              long b = System.nanoTime();
              solr.search(SearchRequest.builder(q).build());
              long c = System.nanoTime();
              if (pass == 1) {
                local.add((b - a) / 1e6);
                remote.add((c - b) / 1e6);
              }
            }
          }
          percentiles("embedded " + type.getKey(), local);
          percentiles("solr " + type.getKey(), remote);
        }
      }
    }
  }

  private void percentiles(String name, List<Double> latencies) {
    figure.apply(name + " p50 ms").add(Figures.percentile(latencies, 0.50));
    figure.apply(name + " p99 ms").add(Figures.percentile(latencies, 0.99));
  }

  /** The phase's table, for bench/RESULTS-solr.md. */
  static String report(
      Map<String, Figures> figures, List<String> types, int docs, int runs, String when) {
    StringBuilder s = new StringBuilder();
    s.append("# Dossier on SolrCloud against the embedded index\n\n")
        .append(
            String.format(
                Locale.ROOT,
                "Generated by `bench/run --phases solr --docs %d --runs %d` on %s. The same"
                    + " generated corpus, indexed and searched embedded and on a local SolrCloud of"
                    + " 2 nodes (one JVM, `solr/cluster`'s), a collection of 2 shards x 2 replicas,"
                    + " the plugin loaded from `sharedLib`. Figures are medians over the runs; this"
                    + " machine is shared and noisy, so read the ratios, not the absolute"
                    + " figures.\n\n",
                docs,
                runs,
                when))
        .append(
            "Indexing: from the files to a committed index, as `index` and `index --solr` run it:"
                + " the same run with 2 threads reads, splits and aligns every document; the"
                + " embedded index writes it, the Solr run sends it over HTTP and the nodes analyse"
                + " the fields. Queries: as `search` and `search --solr` run them, the query"
                + " parser's full query (names, levels, both languages), the top 10 with 3"
                + " snippets per language (on Solr made on the shards by `[dossier]`) and the"
                + " count of similar matches.\n\n")
        .append("| | embedded | SolrCloud | SolrCloud / embedded |\n|---|---|---|---|\n");
    row(s, figures, "indexing docs/s", "embedded index docs/s", "solr index docs/s");
    for (String type : types) {
      row(s, figures, type + " p50 ms", "embedded " + type + " p50 ms", "solr " + type + " p50 ms");
      row(s, figures, type + " p99 ms", "embedded " + type + " p99 ms", "solr " + type + " p99 ms");
    }
    return s.toString();
  }

  private static void row(
      StringBuilder s, Map<String, Figures> figures, String label, String local, String remote) {
    Figures a = figures.get(local);
    Figures b = figures.get(remote);
    if (a == null || b == null) {
      return;
    }
    s.append(
        String.format(
            Locale.ROOT,
            "| %s | %.1f | %.1f | %.2f |%n",
            label,
            a.median(),
            b.median(),
            b.median() / a.median()));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void log(String format, Object... args) {
    System.err.println("bench: " + String.format(Locale.ROOT, format, args));
  }

  static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
