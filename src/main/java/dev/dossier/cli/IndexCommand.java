package dev.dossier.cli;

import dev.dossier.index.IndexReport;
import dev.dossier.index.Indexer;
import dev.dossier.ingest.Rejection;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dossier index PATH...}: adds or replaces the documents of archive files. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index archive files: folders are walked recursively; each document is added, or replaced when its id is",
      "already indexed. A file that is not an archive document is rejected with the reason; the rest go in."
    })
final class IndexCommand implements Callable<Integer> {

  @ParentCommand DossierCommand parent;
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--json", description = "Print the report as one JSON object.")
  boolean json;

  @Option(names = "--rebuild", description = "Start from an empty index instead of adding to it.")
  boolean rebuild;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Archive files or folders.")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    Path indexDir = common.indexDir(parent.env());
    IndexReport report = new Indexer(parent.schema(common)).index(indexDir, paths, rebuild);
    var out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> object = new LinkedHashMap<>();
      object.put("index", indexDir.toString());
      object.put("files", report.files());
      object.put("documents", report.documents());
      object.put("rejected", report.rejected());
      object.put("seconds", Math.round(report.seconds() * 1000) / 1000.0);
      Json.print(out, object);
    } else {
      out.printf(
          Locale.ROOT,
          "Indexed %d document%s from %d file%s into %s in %.2f s%s%n",
          report.documents(), report.documents() == 1 ? "" : "s",
          report.files(), report.files() == 1 ? "" : "s",
          indexDir, report.seconds(),
          report.rejected().isEmpty() ? "." : "; " + report.rejected().size() + " rejected:");
      for (Rejection r : report.rejected()) {
        out.println("  " + r.path() + ": " + r.reason());
      }
    }
    return report.complete() ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
