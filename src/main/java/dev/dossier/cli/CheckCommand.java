package dev.dossier.cli;

import dev.dossier.index.IndexInspector;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dossier check}: verifies the index with Lucene's CheckIndex. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    header = "Verify the index (Lucene CheckIndex).",
    description =
        "Verify the index (Lucene CheckIndex: files, checksums, postings, stored fields, doc"
            + " values). Exit status 0 when it is sound, 1 when it is damaged; --verbose prints"
            + " CheckIndex's report.")
final class CheckCommand implements Callable<Integer> {

  @ParentCommand DossierCommand parent;
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    Path indexDir = IndexLocation.existing(common, parent.env());
    IndexInspector.CheckResult result = IndexInspector.check(indexDir);
    if (common.verbose) {
      spec.commandLine().getOut().println(result.report());
    }
    if (result.clean()) {
      spec.commandLine()
          .getOut()
          .println("OK: " + indexDir + " is sound (" + result.documents() + " documents).");
      return ExitCodes.OK;
    }
    ErrorLines.error(
        spec.commandLine().getErr(),
        indexDir + " is damaged (run with --verbose for CheckIndex's report)");
    return ExitCodes.FAILED;
  }
}
