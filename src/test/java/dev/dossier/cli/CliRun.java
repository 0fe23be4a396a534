package dev.dossier.cli;

import dev.dossier.testing.Sample;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the CLI in-process, as a user would type it, capturing the exit status and both output
 * streams.
 */
public record CliRun(int status, String out, String err) {

  /** Runs {@code dossier ARGS} with the shipped configuration and the given index. */
  public static CliRun run(Path index, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (index != null) {
      all.add("--index");
      all.add(index.toString());
    }
    return runIn(new Environment(Sample.PROJECT, Map.of()), all.toArray(String[]::new));
  }

  /** Runs {@code dossier ARGS} exactly as given, in {@code env}. */
  public static CliRun runIn(Environment env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(env, new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(status, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "status " + status + "\n--- out:\n" + out + "\n--- err:\n" + err;
  }
}
