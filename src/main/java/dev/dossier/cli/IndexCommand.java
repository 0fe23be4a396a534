package dev.dossier.cli;

import dev.dossier.index.IndexProgress;
import dev.dossier.index.IndexReport;
import dev.dossier.index.IndexRequest;
import dev.dossier.index.Indexer;
import dev.dossier.index.SolrIndexer;
import dev.dossier.model.Rejection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dossier index PATH...}: adds, updates and (with --prune) removes the documents of archive
 * files.
 */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    header = "Index archive files: new and changed ones, skipping unchanged ones.",
    description =
        "Index archive files: Wilson Center exports and other text or Markdown (with or without"
            + " YAML front matter), JSON, JSON Lines and CSV through the mappings of"
            + " index-config/sources, HTML, PDF with a text layer, and TEI XML (FRUS). Folders are"
            + " walked recursively; a collection's README, PROVENANCE and LICENSE files are"
            + " skipped. New and changed files are indexed, unchanged ones skipped (by content"
            + " hash), and a changed file's documents replaced. A file that is not an archive"
            + " document, or a bad record in a file of many, is rejected with the reason; the rest"
            + " go in. The report counts each collection. Commits every --commit-every documents,"
            + " so an interrupted run keeps what it committed and the same command finishes the"
            + " job.",
    footer = {
      "",
      "Exit status: 0 every file went in; 1 some were rejected (the rest are committed); 2 usage"
          + " error."
    })
final class IndexCommand implements Callable<Integer> {

  @ParentCommand DossierCommand parent;
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--json", description = "Print the report as one JSON object.")
  boolean json;

  @Option(names = "--rebuild", description = "Start from an empty index instead of adding to it.")
  boolean rebuild;

  @Option(
      names = "--prune",
      description = "Remove the documents of files gone from the folders given.")
  boolean prune;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar and no report, only errors.")
  boolean quiet;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Files processed at once, 1 to 256; 0 for the number of cores (the default).",
      converter = OptionBounds.Threads.class,
      defaultValue = "0")
  int threads;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      defaultValue = "" + IndexRequest.DEFAULT_COMMIT_EVERY,
      converter = OptionBounds.CommitEvery.class,
      description =
          "Documents between commits: the most a crash can lose (default: ${DEFAULT-VALUE}).")
  int commitEvery;

  @Mixin SolrOption solr;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Archive files or folders.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    Path indexDir = common.indexDir(parent.env());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IndexProgress progress =
        !quiet && !json && ProgressBar.isTerminal() ? new ProgressBar(err) : IndexProgress.NONE;
    int workers = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    IndexRequest request =
        new IndexRequest(indexDir, paths, rebuild, prune, workers, commitEvery, progress);
    String solrUrl = solr.url(parent.env());
    boolean onSolr = solrUrl != null;
    IndexReport report =
        onSolr
            ? new SolrIndexer(parent.schema(common)).index(request, solrUrl)
            : new Indexer(parent.schema(common)).index(request);
    String target = onSolr ? solrUrl : indexDir.toString();
    if (json) {
      Json.print(out, json(target, report));
    } else if (!quiet) {
      printText(out, target, report);
    } else {
      report
          .rejected()
          .forEach(r -> ErrorLines.note(err, "rejected " + r.path() + ": " + r.reason()));
    }
    return report.complete() ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private static Map<String, Object> json(String target, IndexReport report) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("index", target);
    object.put("files", report.files());
    object.put("bytes", report.bytes());
    object.put("added", report.added());
    object.put("updated", report.updated());
    object.put("unchanged", report.unchanged());
    object.put("removed", report.removed());
    object.put("rejected", report.rejected());
    object.put("skipped", report.skipped());
    object.put("text_files_of_records", report.companionFiles());
    Map<String, Object> collections = new LinkedHashMap<>();
    report.collections().forEach((name, counts) -> collections.put(name, counts));
    object.put("collections", collections);
    object.put("seconds", round(report.seconds()));
    object.put("docs_per_second", round(report.documentsPerSecond()));
    return object;
  }

  /**
   * A rate as the report prints it: whole numbers from 10 up, one decimal below, so that a slow run
   * of a few documents does not read "0 docs/s".
   */
  static String rate(double perSecond) {
    if (perSecond > 0 && perSecond < 1) { // one large document a minute is not "0.0 docs/s"
      return new java.math.BigDecimal(perSecond)
          .round(new java.math.MathContext(2))
          .stripTrailingZeros()
          .toPlainString();
    }
    return String.format(
        Locale.ROOT, perSecond >= 10 || perSecond == 0 ? "%.0f" : "%.1f", perSecond);
  }

  private static void printText(PrintWriter out, String target, IndexReport report) {
    out.printf(
        Locale.ROOT,
        "Indexed %d file%s (%.1f MB) into %s in %.2f s, %s docs/s: %d added, %d updated, %d"
            + " unchanged, %d removed, %d rejected%s%n",
        report.files(),
        report.files() == 1 ? "" : "s",
        report.bytes() / 1e6,
        target,
        report.seconds(),
        rate(report.documentsPerSecond()),
        report.added(),
        report.updated(),
        report.unchanged(),
        report.removed(),
        report.rejected().size(),
        report.rejected().isEmpty() ? "." : ":");
    List<Rejection> rejected = report.rejected();
    for (Rejection r : rejected.subList(0, Math.min(rejected.size(), SHOWN_REJECTIONS))) {
      out.println("  " + ControlChars.escape(r.path() + ": " + r.reason()));
    }
    if (rejected.size() > SHOWN_REJECTIONS) {
      out.printf(
          Locale.ROOT,
          "  ... and %d more (--json lists them all)%n",
          rejected.size() - SHOWN_REJECTIONS);
    }
    if (report.companionFiles() > 0) {
      out.printf(
          Locale.ROOT,
          "%d text file%s read as the text of spreadsheet records.%n",
          report.companionFiles(),
          report.companionFiles() == 1 ? "" : "s");
    }
    if (!report.skipped().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "Skipped %d documentation file%s (README, PROVENANCE, LICENSE, ...): %s%n",
          report.skipped().size(),
          report.skipped().size() == 1 ? "" : "s",
          String.join(", ", report.skipped().subList(0, Math.min(5, report.skipped().size())))
              + (report.skipped().size() > 5 ? ", ..." : ""));
    }
    if (report.collections().size() > 1 || rejected.size() > 0) {
      printCollections(out, report);
    }
  }

  /** Rejections listed in the text report; {@code --json} has them all. */
  private static final int SHOWN_REJECTIONS = 50;

  private static void printCollections(PrintWriter out, IndexReport report) {
    int width =
        Math.max(
            10, report.collections().keySet().stream().mapToInt(String::length).max().orElse(10));
    String row = "  %-" + width + "s %9s %10s %9s%n";
    out.printf(Locale.ROOT, row, "collection", "indexed", "unchanged", "rejected");
    report
        .collections()
        .forEach(
            (name, c) ->
                out.printf(
                    Locale.ROOT,
                    row,
                    name.isEmpty() ? "(none)" : name,
                    c.written(),
                    c.unchanged(),
                    c.rejected()));
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
