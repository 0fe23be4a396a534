package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.index.IndexSchema;
import dev.dossier.search.QuerySyntaxException;
import dev.dossier.search.SearchRequest;
import dev.dossier.search.Searcher;
import dev.dossier.search.SortOrder;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe of issue 16, kept: thousands of generated queries of the kinds that once reached the
 * user as Java internals (deep nesting, bad regular expressions, negative slop, many words and
 * fuzzy terms, long words, control characters, unbalanced quotes, unknown fields, ranges).
 * Thousands are searched through one open searcher: each is searched or refused as a syntax error,
 * nothing else; hundreds more run as whole command lines in-process: each ends with exit 0, 1 or 2
 * and at most one line on stderr, never an internal error, a stack trace or a raw control
 * character. Each within a generous time bound. The seed is fixed, so a failure is reproducible; it
 * is printed.
 */
class QueryFuzzTest {

  private static final long SEED = 16;

  /** Queries searched through one open searcher (a few milliseconds each). */
  private static final int QUERIES = 2_000;

  /**
   * Queries run as whole command lines, which also load the configuration and open the index (some
   * 30 ms each): the exit status, the one line and the escaping are the command line's.
   */
  private static final int COMMAND_LINES = 200;

  /**
   * Per query, far above what any takes (tens of milliseconds): a bound for the pathological, not a
   * benchmark.
   */
  private static final long MAX_MILLIS = 2_000;

  private static final String[] WORDS = {
    "Guevara", "Гевара", "Cuba", "Кубы", "conversation", "беседа", "Alekseyev", "treaty", "the",
        "и", "Хрущ",
    "self-financing", "хозрасчет", "Mao", "labor", "unions", "1963", "117072", "a", "e", "zzz",
        "Ernesto"
  };
  private static final String[] FIELDS = {
    "title:",
    "summary:",
    "en:",
    "ru:",
    "es:",
    "und:",
    "id:",
    "date:",
    "subject:",
    "person:",
    "collection:",
    "author:",
    "text_en:",
    "_all:",
    ":",
    "*:"
  };
  private static final String[] OPERATORS = {
    " AND ", " OR ", " NOT ", " && ", " || ", " -", " +", " !", " "
  };
  private static final String SPECIAL = "*?\\/:~^[]{}()\"!&|+-";

  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void indexTheSample() throws Exception {
    index = dir.resolve("index");
    Files.createDirectories(dir.resolve("corpus"));
    Files.copy(Sample.FILE, dir.resolve("corpus/sample.txt"));
    assertEquals(0, CliRun.run(index, "index", dir.resolve("corpus").toString(), "-q").status());
  }

  @Test
  void everyGeneratedQueryIsSearchedOrRefusedAsASyntaxError() throws Exception {
    Random random = new Random(SEED);
    IndexSchema schema = IndexSchema.of(IndexConfigLoader.load(Sample.CONFIG));
    List<String> failures = new ArrayList<>();
    int searched = 0;
    long total = 0;
    try (Searcher searcher = Searcher.open(index, schema)) {
      searcher.search(SearchRequest.of("warm-up"));
      for (int i = 0; i < QUERIES && failures.size() < 5; i++) {
        String query = query(random);
        SearchRequest request =
            SearchRequest.builder(query)
                .limit(1 + random.nextInt(20))
                .offset(random.nextInt(3))
                .sort(random.nextBoolean() ? SortOrder.RELEVANCE : SortOrder.DATE)
                .fragments(random.nextInt(4))
                .exact(random.nextInt(4) == 0)
                .explain(random.nextBoolean())
                .parallel(random.nextInt(4) == 0)
                .similar(random.nextInt(4) == 0)
                .build();
        long start = System.nanoTime();
        try {
          searcher.search(request);
          searched++;
        } catch (QuerySyntaxException e) {
          if (e.getMessage().length() > 1_000) { // the query is cut short in the message
            failures.add(
                "a message of "
                    + e.getMessage().length()
                    + " characters for "
                    + printable(List.of(query)));
          }
        } catch (Exception | StackOverflowError e) {
          failures.add(e + " for " + printable(List.of(query)));
        }
        long elapsed = System.nanoTime() - start;
        total += elapsed;
        if (elapsed / 1_000_000 > MAX_MILLIS) {
          failures.add(elapsed / 1_000_000 + " ms for " + printable(List.of(query)));
        }
      }
    }
    System.out.printf(
        "fuzz: %d queries searched in %d ms, %d refused%n",
        QUERIES, total / 1_000_000, QUERIES - searched);
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
    assertTrue(searched > QUERIES / 10, "searches that ran: " + searched);
    assertTrue(QUERIES - searched > QUERIES / 10, "queries refused: " + (QUERIES - searched));
  }

  @Test
  void everyGeneratedQueryEndsInAnExitStatusAndOneLine() {
    Random random = new Random(SEED + 2);
    CliRun.run(index, "search", "warm-up"); // the first run loads the classes
    List<String> failures = new ArrayList<>();
    int[] statuses = new int[3];
    long total = 0;
    for (int i = 0; i < COMMAND_LINES && failures.size() < 5; i++) {
      String query = query(random);
      List<String> args = new ArrayList<>(List.of("search", "--index", index.toString()));
      args.addAll(options(random));
      args.add("--");
      args.add(query);
      long start = System.nanoTime();
      CliRun run = CliRun.run(null, args.toArray(String[]::new));
      long elapsed = System.nanoTime() - start;
      total += elapsed;
      long millis = elapsed / 1_000_000;
      String problem = problem(run, millis);
      if (problem != null) {
        failures.add(problem + " for " + printable(args) + "\n" + run);
      } else {
        statuses[run.status()]++;
      }
    }
    System.out.printf(
        "fuzz: %d command lines in %d ms; exit 0: %d, 2: %d%n",
        COMMAND_LINES, total / 1_000_000, statuses[0], statuses[2]);
    if (!failures.isEmpty()) {
      fail(String.join("\n\n", failures));
    }
    // the generator reaches both outcomes, or it tests nothing
    assertTrue(statuses[0] > COMMAND_LINES / 10, "searches that ran: " + statuses[0]);
    assertTrue(statuses[2] > COMMAND_LINES / 10, "queries refused: " + statuses[2]);
  }

  @Test
  void everyGeneratedConcordanceTermEndsInAnExitStatusAndOneLine() {
    Random random = new Random(SEED + 1);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < COMMAND_LINES / 3 && failures.size() < 5; i++) {
      String term =
          random.nextInt(4) == 0
              ? longWord(random)
              : words(random, 1 + random.nextInt(random.nextInt(3) == 0 ? 80 : 4));
      long start = System.nanoTime();
      CliRun run = CliRun.run(null, "concordance", "--index", index.toString(), "--", term);
      String problem = problem(run, (System.nanoTime() - start) / 1_000_000);
      if (problem != null) {
        failures.add(problem + " for concordance " + printable(List.of(term)) + "\n" + run);
      }
    }
    if (!failures.isEmpty()) {
      fail(String.join("\n\n", failures));
    }
  }

  /** What is wrong with a run, or null. */
  private static String problem(CliRun run, long millis) {
    if (run.status() < 0 || run.status() > 2) {
      return "exit status " + run.status();
    }
    if (run.err().contains("\tat ")
        || run.err().contains("Exception in thread")
        || run.err().contains("Caused by")) {
      return "a stack trace";
    }
    if (run.err().contains("internal error")) {
      return "an internal error";
    }
    if (run.status() != 0 && !run.err().startsWith("dossier: ")) {
      return "an error that is not one line";
    }
    long lines = run.err().lines().filter(l -> !l.startsWith("Try '")).count();
    if (lines > 1) {
      return lines + " lines of errors";
    }
    if (run.err().chars().anyMatch(c -> c < 0x20 && c != '\n')) {
      return "a control character echoed";
    }
    if (millis > MAX_MILLIS) {
      return millis + " ms";
    }
    return null;
  }

  private static List<String> options(Random random) {
    List<String> options = new ArrayList<>();
    switch (random.nextInt(8)) {
      case 0 -> options.add("--exact");
      case 1 -> options.add("--explain");
      case 2 -> options.add("--parallel");
      case 3 -> options.add("--json");
      case 4 -> options.addAll(List.of("--sort", "date"));
      case 5 -> options.addAll(List.of("--fragments", String.valueOf(random.nextInt(5))));
      default -> {}
    }
    return options;
  }

  /** One query of a randomly chosen kind. */
  static String query(Random random) {
    return switch (random.nextInt(14)) {
      case 0 -> nested(random);
      case 1 -> "/" + regexp(random) + "/";
      case 2 -> "\"" + words(random, 1 + random.nextInt(3)) + "\"~" + number(random);
      case 3 -> fuzzy(random);
      case 4 -> words(random, 1 + random.nextInt(random.nextInt(2) == 0 ? 10 : 120));
      case 5 -> longWord(random);
      case 6 -> withControlCharacters(random, words(random, 1 + random.nextInt(3)));
      case 7 -> unbalanced(random);
      case 8 -> FIELDS[random.nextInt(FIELDS.length)] + word(random);
      case 9 -> range(random);
      case 10 -> operators(random);
      case 11 -> specials(random);
      case 12 -> "x".repeat(random.nextInt(3) == 0 ? 3_000 : 10) + " " + word(random);
      default -> mixed(random);
    };
  }

  private static String word(Random random) {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private static String words(Random random, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ")
          .append(random.nextInt(3) == 0 ? word(random) : "w" + random.nextInt(100_000));
    }
    return sb.toString();
  }

  private static String number(Random random) {
    String[] odd = {"-1", "-100", "1.5", "x", "", "2147483648", "99999999999", "0", "-0", "1e9"};
    return random.nextBoolean()
        ? String.valueOf(random.nextInt(200))
        : odd[random.nextInt(odd.length)];
  }

  private static String nested(Random random) {
    int depth = random.nextInt(4) == 0 ? 200 + random.nextInt(2_000) : 1 + random.nextInt(60);
    int close = random.nextInt(5) == 0 ? random.nextInt(depth + 2) : depth;
    return "(".repeat(depth) + word(random) + ")".repeat(close);
  }

  private static String regexp(Random random) {
    String[] pieces = {
      "a{99999}",
      "(a{9999}){9999}",
      "\\",
      "[a-z]",
      "[",
      "(",
      ")",
      ".*",
      "a+",
      "b?",
      "{1,",
      "x{2,3}",
      "[^a]",
      "#",
      "@",
      "<1-100>",
      "&",
      "~a",
      "\"",
      "Гев",
      "(ab|cd)*",
      "a{0,1000}",
      "\\d",
      "..."
    };
    StringBuilder sb = new StringBuilder();
    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
      sb.append(pieces[random.nextInt(pieces.length)]);
    }
    return sb.toString();
  }

  private static String fuzzy(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(3) == 0 ? 1 + random.nextInt(1_000) : 1 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ")
          .append(random.nextBoolean() ? "Guevara" : word(random))
          .append('~');
      if (random.nextBoolean()) {
        sb.append(number(random));
      }
    }
    return sb.toString();
  }

  private static String longWord(Random random) {
    int length = random.nextBoolean() ? 90 + random.nextInt(30) : 1_000 + random.nextInt(30_000);
    StringBuilder sb = new StringBuilder(length);
    String letters = "abcdefghijklmnopqrstuvwxyzабвгдежзиклмнопрстуфхцчшщэюяGK";
    for (int i = 0; i < length; i++) {
      sb.append(letters.charAt(random.nextInt(letters.length())));
    }
    return random.nextBoolean() ? sb.toString() : "Z" + sb;
  }

  private static String withControlCharacters(Random random, String text) {
    char[] controls = {0x1b, 0x07, 0x08, 0x00, '\r', '\n', '\t', 0x7f, 0x85, 0x9b, 0x202e, 0x2066};
    StringBuilder sb = new StringBuilder(text);
    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
      String control =
          controls[random.nextInt(controls.length)] + (random.nextBoolean() ? "[31m" : "");
      sb.insert(random.nextInt(sb.length() + 1), control);
    }
    return sb.toString();
  }

  private static String unbalanced(Random random) {
    String[] shapes = {
      "\"", "\"a b", "a \"b", "(a", "a)", "[a TO b", "a TO b]", "{a", "\"\"\"", "\\\"", "(\"a)\"",
      "\\"
    };
    return word(random) + " " + shapes[random.nextInt(shapes.length)];
  }

  private static String range(Random random) {
    String[] bounds = {
      "1963", "1964-01", "1964-13", "1963-02-30", "*", "abc", "-5", "99999", "1964-01-29", "", "TO"
    };
    String open = random.nextBoolean() ? "[" : "{";
    String close = random.nextBoolean() ? "]" : "}";
    String field = random.nextInt(4) == 0 ? FIELDS[random.nextInt(FIELDS.length)] : "date:";
    return field
        + open
        + bounds[random.nextInt(bounds.length)]
        + " TO "
        + bounds[random.nextInt(bounds.length)]
        + close;
  }

  private static String operators(Random random) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
      sb.append(OPERATORS[random.nextInt(OPERATORS.length)]);
      if (random.nextInt(3) > 0) {
        sb.append(word(random));
      }
      if (random.nextInt(5) == 0) {
        sb.append('^').append(number(random));
      }
    }
    return sb.toString().strip().isEmpty() ? "AND" : sb.toString();
  }

  private static String specials(Random random) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
      sb.append(
          random.nextInt(3) == 0
              ? word(random)
              : String.valueOf(SPECIAL.charAt(random.nextInt(SPECIAL.length()))));
    }
    return sb.toString();
  }

  private static String mixed(Random random) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
      sb.append(i == 0 ? "" : OPERATORS[random.nextInt(OPERATORS.length)]).append(query(random));
    }
    return sb.toString();
  }

  private static String printable(List<String> args) {
    String joined = String.join(" ", args);
    String shown =
        joined.length() > 300
            ? joined.substring(0, 300) + "... (" + joined.length() + " chars)"
            : joined;
    return ControlChars.escape(shown);
  }
}
