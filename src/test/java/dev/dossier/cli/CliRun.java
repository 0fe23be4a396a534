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

  /**
   * {@code dossier search QUERY... --json} on {@code index}, which must succeed: the parsed answer.
   */
  public static com.fasterxml.jackson.databind.JsonNode searchJson(Path index, String... query)
      throws com.fasterxml.jackson.core.JsonProcessingException {
    List<String> args = new ArrayList<>(List.of("search"));
    args.addAll(List.of(query));
    args.add("--json");
    CliRun run = run(index, args.toArray(String[]::new));
    org.junit.jupiter.api.Assertions.assertEquals(0, run.status(), run.toString());
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
  }

  /** The ids of the hits of a {@code search --json} answer, in order. */
  public static List<String> hitIds(com.fasterxml.jackson.databind.JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  @Override
  public String toString() {
    return "status " + status + "\n--- out:\n" + out + "\n--- err:\n" + err;
  }
}
