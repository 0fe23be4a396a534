package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.testing.Sample;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Numeric options out of their range are usage errors that name the range; the edges of the range
 * work.
 */
class OptionBoundsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void indexTheSample() {
    index = dir.resolve("index");
    assertEquals(0, CliRun.run(index, "index", Sample.FILE.toString(), "-q").status());
  }

  private static void refused(String expected, String... args) {
    CliRun run = CliRun.run(index, args);
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().startsWith("dossier: " + expected), run.err());
    assertEquals(
        List.of("Try 'dossier " + args[0] + " --help' for more information."),
        run.err().lines().skip(1).toList(),
        "one line, then where to read more: " + run.err());
    assertEquals("", run.out());
  }

  @Test
  void outOfRangeValuesAreUsageErrorsNamingTheRange() {
    refused(
        "Invalid value for option '--limit': '-1' is out of range (0 to 10,000)",
        "search",
        "Guevara",
        "--limit",
        "-1");
    refused(
        "Invalid value for option '--offset': '-5' is out of range (0 to 10,000)",
        "search",
        "Guevara",
        "--offset",
        "-5");
    refused(
        "Invalid value for option '--fragments': '-1' is out of range (0 to 1,000)",
        "search",
        "Guevara",
        "--fragments",
        "-1");
    refused(
        "Invalid value for option '--limit': '2147483647' is out of range",
        "search",
        "Guevara",
        "--limit",
        "2147483647");
    refused(
        "Invalid value for option '--offset': '2147483647' is out of range",
        "search",
        "Guevara",
        "--offset",
        "2147483647");
    refused(
        "Invalid value for option '--fragments': '2147483647' is out of range",
        "search",
        "Guevara",
        "--fragments",
        "2147483647");
    refused(
        "Invalid value for option '--limit': '99999999999999999999' is out of range",
        "search",
        "x",
        "-n",
        "99999999999999999999");
    refused(
        "Invalid value for option '--limit': 'ten' is not a whole number",
        "search",
        "Guevara",
        "--limit",
        "ten");
    refused(
        "--offset plus --limit must be at most 10,000 (here 10,010)",
        "search",
        "Guevara",
        "--offset",
        "10000",
        "--limit",
        "10");
    refused(
        "Invalid value for option '--limit': '-1' is out of range (0 to 1,000)",
        "concordance",
        "хозрасчет",
        "--limit",
        "-1");
    refused(
        "Invalid value for option '--limit': '-1' is out of range (0 to 100,000)",
        "names",
        "-n",
        "-1");
    refused(
        "Invalid value for option '--limit': '2147483648' is out of range (0 to 100,000)",
        "names",
        "-n",
        "2147483648");
    refused(
        "Invalid value for option '--threads': '100000' is out of range (0 to 256)",
        "index",
        Sample.FILE.toString(),
        "--threads",
        "100000");
    refused(
        "Invalid value for option '--commit-every': '0' is out of range (1 or more)",
        "index",
        Sample.FILE.toString(),
        "--commit-every",
        "0");
  }

  @Test
  void everyNumericOptionDeclaresItsRangeForPicocliToCheck() {
    for (CommandLine command :
        DossierCommand.commandLine(new Environment(Sample.PROJECT, Map.of()))
            .getSubcommands()
            .values()) {
      for (OptionSpec option : command.getCommandSpec().options()) {
        Class<?> type = option.type();
        if (type == int.class
            || type == Integer.class
            || type == long.class
            || type == Long.class) {
          assertTrue(
              Stream.of(option.converters()).anyMatch(OptionBounds.Range.class::isInstance),
              command.getCommandName() + " " + option.longestName() + " has no OptionBounds range");
        }
      }
    }
  }

  @Test
  void limitZeroCountsAndAnOffsetPastTheHitsSaysSo() {
    CliRun count = CliRun.run(index, "search", "Guevara", "--limit", "0");
    assertEquals(0, count.status(), count.toString());
    assertTrue(count.out().matches("1 document matches Guevara \\(\\d+ ms\\)\\.\\n"), count.out());
    CliRun past = CliRun.run(index, "search", "Guevara", "--offset", "5000");
    assertEquals(0, past.status(), past.toString());
    assertTrue(
        past.out()
            .matches("1 document matches Guevara; none after the first 5000 \\(\\d+ ms\\)\\.\\n"),
        past.out());
    CliRun edge =
        CliRun.run(
            index, "search", "Guevara", "--offset", "9990", "--limit", "10", "--fragments", "1000");
    assertEquals(0, edge.status(), edge.toString());
  }

  @Test
  void concordanceListsAsManyCandidatesAsAsked() throws Exception {
    // it stopped at 20 whatever -n said
    CliRun run = CliRun.run(index, "concordance", "хозрасчет", "-n", "50", "--json");
    assertEquals(0, run.status(), run.toString());
    assertEquals(50, JSON.readTree(run.out()).get("translations").size());
    CliRun none = CliRun.run(index, "concordance", "хозрасчет", "-n", "0", "--json");
    assertEquals(0, JSON.readTree(none.out()).get("translations").size());
    assertTrue(JSON.readTree(none.out()).get("pairs").size() > 0);
  }

  @Test
  void controlCharactersInEchoedTextAreEscaped() {
    CliRun show = CliRun.run(index, "show", "a\u001b[31mred");
    assertEquals(1, show.status(), show.toString());
    assertEquals("dossier: no document with id 'a\\x1b[31mred' in " + index + "\n", show.err());
    CliRun search = CliRun.run(index, "search", "\"a\u001b]0;title\u0007");
    assertEquals(2, search.status(), search.toString());
    assertTrue(search.err().contains("\\x1b]0;title\\x07"), search.err());
    assertTrue(search.err().chars().noneMatch(c -> c < 0x20 && c != '\n'), search.err());
    CliRun echoed = CliRun.run(index, "search", "zzz\u202e\u0008");
    assertTrue(echoed.out().startsWith("No documents match zzz\\u202e\\x08 ("), echoed.out());
  }
}
