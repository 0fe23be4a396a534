package dev.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * Hidden: the workload the launcher runs once after a build to record the classes of an application
 * class-data archive (AppCDS): it indexes the bundled corpus into a temporary folder and runs the
 * short commands on it, so that the archive holds what searches, snippets, names, --parallel, show
 * and concordance load.
 */
@Command(
    name = "cds-training",
    hidden = true,
    description = "Internal: the class-data-sharing training run.")
final class TrainCommand implements Callable<Integer> {

  @ParentCommand DossierCommand parent;

  @Override
  public Integer call() throws Exception {
    Environment env = parent.env();
    Path temp = Files.createTempDirectory("dossier-cds");
    try {
      String index = temp.resolve("index").toString();
      run(env, "index", env.bundledCorpus().toString(), "--index", index, "--quiet");
      run(
          env,
          "search",
          "Guevara",
          "--index",
          index,
          "--explain",
          "--parallel",
          "--color",
          "always");
      run(
          env,
          "search",
          "Гевара OR \"labor unions\" OR Хрущ* OR Гевора~1",
          "--index",
          index,
          "--json",
          "--explain");
      run(env, "show", "117072", "--index", index, "--parallel", "--json");
      run(env, "concordance", "хозрасчет", "--index", index);
      return ExitCodes.OK;
    } finally {
      delete(temp);
    }
  }

  private static void run(Environment env, String... args) {
    Main.run(env, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
  }

  private static void delete(Path dir) throws IOException {
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
