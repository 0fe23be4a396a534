package dev.dossier.bench;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The options of {@code bench/run}, parsed by picocli as the product's commands are; paths left
 * unset default to places under the Dossier folder ({@code -Ddossier.home}).
 */
@Command(
    name = "bench/run",
    description = {
      "Measures Dossier against a raw-Lucene reference, grep and rg on a generated",
      "corpus and writes bench/RESULTS.md. --phases names runs the names evaluation",
      "(bench/NAMES.md); --phases names-train estimates the transcription costs",
      "(index-config/transcription-costs.txt)."
    })
final class BenchOptions {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "this help")
  boolean help;

  @Option(
      names = "--docs",
      paramLabel = "N",
      description = "documents of the generated corpus (default: ${DEFAULT-VALUE})")
  int docs = 2000;

  @Option(
      names = "--runs",
      paramLabel = "R",
      description = "runs; figures are min / median / max over them (default: ${DEFAULT-VALUE})")
  int runs = 3;

  @Option(
      names = "--queries",
      paramLabel = "Q",
      description = "queries per query type (default: ${DEFAULT-VALUE})")
  int queries = 100;

  @Option(
      names = "--threads",
      paramLabel = "T",
      split = ",",
      description = "indexing threads to measure (default: 1,2)")
  int[] threads = {1, 2};

  @Option(
      names = "--phases",
      paramLabel = "P",
      split = ",",
      description =
          "index, queries, processes (default: all three); or names; or names-train; or solr"
              + " (embedded against a local SolrCloud: bench/RESULTS-solr.md)")
  Set<String> phases = new LinkedHashSet<>(List.of("index", "queries", "processes"));

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "corpora and indexes (default: target/bench)")
  Path work;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "the benchmark's report (default: bench/RESULTS.md)")
  Path out;

  @Option(
      names = {"--corpora", "--shared"},
      paramLabel = "DIR",
      description =
          "the shared corpora: the generator's vocabulary, the names evaluation's texts (default:"
              + " ../shared/corpora)")
  Path corpora;

  @Option(
      names = "--split",
      paramLabel = "HALF",
      description =
          "pairs of bench/names/pairs.tsv: test, dev or all; fresh: the second held-out set,"
              + " bench/names/pairs-fresh.tsv; sealed: the third, bench/names/pairs-sealed.tsv;"
              + " sealed2: the fourth, bench/names/pairs-sealed2.tsv; sealed3: the fifth,"
              + " bench/names/pairs-sealed3.tsv"
              + " (default: test for names, dev for names-train)")
  String split;

  @Option(
      names = "--names-index",
      paramLabel = "DIR",
      description = "the names evaluation's index (default: target/bench/names-index)")
  Path namesIndex;

  @Option(
      names = "--names-out",
      paramLabel = "FILE",
      description = "the names evaluation's report (default: bench/NAMES.md)")
  Path namesOut;

  @Option(
      names = "--names-detail",
      paramLabel = "FILE",
      description = "one line per query of the names evaluation, tab-separated")
  Path namesDetail;

  /** The Dossier folder: index-config, corpus, bench and target are found under it. */
  final Path home = Path.of(System.getProperty("dossier.home", "")).toAbsolutePath();

  /**
   * The options of {@code args}; on a usage error, prints it with the usage and exits with status
   * 2.
   */
  static BenchOptions parse(String... args) {
    BenchOptions options = new BenchOptions();
    CommandLine commandLine = new CommandLine(options);
    try {
      commandLine.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      System.err.println("bench: " + e.getMessage());
      commandLine.usage(System.err);
      System.exit(2);
    }
    if (commandLine.isUsageHelpRequested()) {
      commandLine.usage(System.out);
      System.exit(0);
    }
    return options;
  }

  Path work() {
    return work != null ? work : home.resolve("target/bench");
  }

  Path out() {
    return out != null ? out : home.resolve("bench/RESULTS.md");
  }

  Path corpora() {
    return corpora != null ? corpora : home.resolveSibling("shared").resolve("corpora");
  }

  String split(String byDefault) {
    return split != null ? split : byDefault;
  }

  Path namesIndex() {
    return namesIndex != null ? namesIndex : home.resolve("target/bench/names-index");
  }

  Path namesOut() {
    return namesOut != null ? namesOut : home.resolve("bench/NAMES.md");
  }
}
