package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.testing.Sample;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Help, version, usage errors and option parsing. */
class CommandLineTest {

  private static CliRun run(String... args) {
    return CliRun.runIn(new Environment(Sample.PROJECT, Map.of()), args);
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    CliRun run = run("--help");
    assertEquals(0, run.status());
    for (String word : new String[] {"index", "search", "show", "Exit status", "--version"}) {
      assertTrue(run.out().contains(word), word + " in " + run.out());
    }
  }

  @Test
  void eachCommandHasHelp() {
    for (String command : new String[] {"index", "search", "show"}) {
      CliRun run = run(command, "--help");
      assertEquals(0, run.status(), command);
      assertTrue(run.out().contains("--index=DIR"), command + ": " + run.out());
    }
    assertTrue(run("search", "--help").out().contains("--fragments=N"));
  }

  @Test
  void versionIsPrinted() {
    CliRun run = run("--version");
    assertEquals(0, run.status());
    assertTrue(run.out().matches("dossier \\d+\\.\\d+\\.\\d+.*\\n"), run.out());
  }

  @Test
  void unknownOptionIsAUsageErrorWithAHint() {
    CliRun run = run("search", "--limt", "3", "Guevara");
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("dossier: Unknown option: '--limt'"), run.err());
    assertTrue(run.err().contains("Try 'dossier search --help'"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = run();
    assertEquals(2, run.status());
    assertTrue(run.err().contains("a command is required"), run.err());
  }

  @Test
  void doubleDashEndsOptionsSoAQueryMayStartWithADash(
      @org.junit.jupiter.api.io.TempDir Path index) {
    assertEquals(0, CliRun.run(index, "index", Sample.FILE.toString()).status());
    CliRun run =
        CliRun.runIn(
            new Environment(Sample.PROJECT, Map.of()),
            "search",
            "--index",
            index.toString(),
            "--json",
            "--",
            "Guevara",
            "-Eisenhower");
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().contains("\"total\" : 1"), run.out());
  }

  @Test
  void aBadConfigurationIsAUsageError(@org.junit.jupiter.api.io.TempDir Path dir) {
    CliRun run = run("search", "--config", dir.toString(), "--index", dir.toString(), "Guevara");
    assertEquals(2, run.status());
    assertEquals(
        "dossier: error: no index configuration at " + dir.resolve("dossier.yaml") + "\n",
        run.err());
  }
}
