package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.dossier.testing.Sample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line's contract, pinned: every {@code --json} shape and every {@code --help} text,
 * compared with the golden files of {@code src/test/resources/cli} ({@code json/NAME.json}, {@code
 * help/NAME.txt}). The JSON is that of an index of the bundled sample and the corpus slices, with
 * what varies from run to run replaced by placeholders ({@link Goldens#VARYING}: timings, scores,
 * the index's size and commit time; the test's folder as {@code <tmp>}, the project's as {@code
 * <project>}); everything else must be the same to the character. After a deliberate change of the
 * output, regenerate and read the diff:
 *
 * <pre>mvn -B -ntp -o test -Dtest=CliContractTest -Ddossier.regenerate=true</pre>
 */
class CliContractTest {

  private static final Environment ENV = new Environment(Sample.PROJECT, Map.of());

  @TempDir static Path dir;
  static Path index;
  static CliRun indexRun;
  private static String ansi;

  @BeforeAll
  static void indexTheSampleAndTheSlices() throws IOException {
    ansi = System.getProperty("picocli.ansi");
    System.setProperty("picocli.ansi", "false"); // help without colour, whatever the terminal
    Path rejected = Files.createDirectories(dir.resolve("rejected"));
    Files.writeString(rejected.resolve("blank.txt"), "\n");
    index = dir.resolve("index");
    // one thread: documents take their Lucene ids in the order of the files, so hits of equal score
    // are listed in
    // the same order on every run
    indexRun =
        CliRun.run(
            index,
            "index",
            "--threads",
            "1",
            Sample.PROJECT.resolve("corpus").toString(),
            Sample.CORPUS_SLICES.toString(),
            rejected.toString(),
            "--json");
  }

  @AfterAll
  static void restoreAnsi() {
    if (ansi == null) {
      System.clearProperty("picocli.ansi");
    } else {
      System.setProperty("picocli.ansi", ansi);
    }
  }

  /** Each JSON golden file's name and the command line that prints it (on the index above). */
  static Stream<Arguments> jsonCases() {
    return Stream.of(
        Arguments.of("search", List.of("search", "Guevara", "--json", "--fragments", "1")),
        Arguments.of(
            "search-explain",
            List.of("search", "Guevara", "--json", "--fragments", "1", "--explain")),
        Arguments.of(
            "search-parallel",
            List.of("search", "хозрасчет", "--json", "--fragments", "1", "--parallel")),
        Arguments.of(
            "search-facet",
            List.of(
                "search",
                "Gromyko OR Guevara",
                "--json",
                "--fragments",
                "1",
                "--limit",
                "2",
                "--facet",
                "collection,type")),
        // Chifley: six cables name him, and Stalin's Чили is one OCR edit away (similar only)
        Arguments.of(
            "search-similar-counted",
            List.of("search", "Chifley", "--json", "--fragments", "1", "--limit", "2")),
        Arguments.of(
            "search-similar",
            List.of(
                "search",
                "Chifley",
                "--json",
                "--fragments",
                "1",
                "--similar",
                "--offset",
                "5",
                "--explain")),
        // the sample has only the OCR-damaged Андропозу
        Arguments.of(
            "search-similar-listed", List.of("search", "Andropov", "--json", "--fragments", "1")),
        Arguments.of("search-none", List.of("search", "zzyzx", "--json")),
        Arguments.of("show", List.of("show", Sample.ID, "--json")),
        Arguments.of("show-parallel", List.of("show", Sample.ID, "--json", "--parallel")),
        Arguments.of("stats", List.of("stats", "--json")),
        Arguments.of("align", List.of("align", Sample.FILE.toString(), "--json")),
        Arguments.of("concordance", List.of("concordance", "хозрасчет", "--json", "-n", "5")),
        Arguments.of("names", List.of("names", "--json", "-n", "5")),
        Arguments.of(
            "solr-config", List.of("solr-config", dir.resolve("configset").toString(), "--json")));
  }

  @Test
  void indexReport() {
    assertEquals(1, indexRun.status(), "a blank file is rejected: " + indexRun);
    Goldens.compare("json", "index.json", Goldens.normalised(indexRun.out(), folders()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonCases")
  void jsonOutput(String name, List<String> args) {
    CliRun run = CliRun.run(index, args.toArray(String[]::new));
    assertEquals(0, run.status(), run.toString());
    assertEquals("", run.err());
    Goldens.compare("json", name + ".json", Goldens.normalised(run.out(), folders()));
  }

  /**
   * Each help golden file's name and its command line: the top level's and every listed
   * subcommand's.
   */
  static Stream<Arguments> helpCases() {
    List<Arguments> cases = new ArrayList<>(List.of(Arguments.of("dossier", List.of("--help"))));
    for (String command : listedCommands()) {
      cases.add(Arguments.of(command, List.of(command, "--help")));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("helpCases")
  void helpText(String name, List<String> args) {
    CliRun run = CliRun.runIn(ENV, args.toArray(String[]::new));
    assertEquals(0, run.status(), run.toString());
    Goldens.compare("help", name + ".txt", run.out());
  }

  @Test
  void everyGoldenFileHasItsCaseAndEveryJsonCommandHasAGoldenFile() throws IOException {
    assumeFalse(Goldens.REGENERATE, "regenerating: a stale file shows in the next run");
    List<String> json = new ArrayList<>(jsonCases().map(a -> a.get()[0] + ".json").toList());
    json.add("index.json");
    assertEquals(
        json.stream().sorted().toList(),
        Goldens.list("json"),
        "golden files without a case, or the reverse");
    List<String> help = helpCases().map(a -> a.get()[0] + ".txt").sorted().toList();
    assertEquals(help, Goldens.list("help"), "golden files without a case, or the reverse");
    for (Map.Entry<String, CommandLine> command : subcommands().entrySet()) {
      OptionSpec option = command.getValue().getCommandSpec().findOption("--json");
      if (option != null) {
        assertTrue(
            json.stream().anyMatch(n -> n.equals(command.getKey() + ".json")),
            command.getKey() + " --json has no golden file");
      }
    }
  }

  /** The subcommands help lists (the hidden class-data training run is internal). */
  private static List<String> listedCommands() {
    List<String> names = new ArrayList<>();
    subcommands()
        .forEach(
            (name, cli) -> {
              if (!cli.getCommandSpec().usageMessage().hidden()) {
                names.add(name);
              }
            });
    return names;
  }

  private static Map<String, CommandLine> subcommands() {
    return new LinkedHashMap<>(DossierCommand.commandLine(ENV).getSubcommands());
  }

  private static Map<Path, String> folders() {
    Map<Path, String> folders = new LinkedHashMap<>();
    folders.put(dir, "<tmp>");
    folders.put(Sample.PROJECT, "<project>");
    return folders;
  }
}
