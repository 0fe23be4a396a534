package dev.dossier.cli;

import dev.dossier.index.IndexInspector;
import dev.dossier.index.IndexStats;
import dev.dossier.index.SolrInspector;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dossier stats}: what the index holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    header = "Documents by language, decade, collection and type; index size, last commit.",
    description =
        "Documents by original language, by decade, by collection and by document type (the most"
            + " frequent values), index size and last commit time.")
final class StatsCommand implements Callable<Integer> {

  @ParentCommand DossierCommand parent;
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin SolrOption solr;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    String solrUrl = solr.url(parent.env());
    IndexStats stats =
        solrUrl != null
            ? SolrInspector.stats(solrUrl)
            : IndexInspector.stats(IndexLocation.existing(common, parent.env()));
    PrintWriter out = spec.commandLine().getOut();
    String lastCommit = stats.lastCommit().map(Object::toString).orElse(null);
    if (json) {
      Map<String, Object> object = new LinkedHashMap<>();
      object.put("documents", stats.documents());
      object.put("by_language", stats.byLanguage());
      object.put("by_decade", stats.byDecade());
      stats.byMetadata().forEach((field, counts) -> object.put("by_" + field, counts));
      object.put("size_bytes", stats.sizeBytes() < 0 ? null : stats.sizeBytes());
      object.put(
          "duplicates",
          stats.duplicates().map(d -> new DuplicatesJson(d.documents(), d.groups())).orElse(null));
      object.put("last_commit", lastCommit);
      Json.print(out, object);
      return ExitCodes.OK;
    }
    out.printf(Locale.ROOT, "Documents:   %d%n", stats.documents());
    stats
        .duplicates()
        .filter(d -> d.documents() > 0)
        .ifPresent(
            d ->
                out.printf(
                    Locale.ROOT,
                    "Duplicates:  %d (documents whose text another has too, in %d group%s)%n",
                    d.documents(),
                    d.groups(),
                    d.groups() == 1 ? "" : "s"));
    if (stats.sizeBytes() >= 0) { // Solr's files are Solr's to report
      out.printf(Locale.ROOT, "Size:        %.1f MB%n", stats.sizeBytes() / 1e6);
      out.printf(Locale.ROOT, "Last commit: %s%n", lastCommit == null ? "never" : lastCommit);
    }
    out.println("By original language:");
    stats.byLanguage().forEach((k, v) -> out.printf(Locale.ROOT, "  %-8s %d%n", k, v));
    out.println("By decade:");
    stats.byDecade().forEach((k, v) -> out.printf(Locale.ROOT, "  %-8s %d%n", k, v));
    stats
        .byMetadata()
        .forEach(
            (field, counts) -> {
              if (!counts.isEmpty()) {
                out.println("By " + field + " (top " + counts.size() + "):");
                int width =
                    Math.min(70, counts.keySet().stream().mapToInt(String::length).max().orElse(8));
                counts.forEach((k, v) -> out.printf(Locale.ROOT, "  %-" + width + "s %7d%n", k, v));
              }
            });
    return ExitCodes.OK;
  }

  /** {@code duplicates} of the JSON: documents beyond the first of each group, and groups. */
  record DuplicatesJson(int documents, int groups) {}
}
