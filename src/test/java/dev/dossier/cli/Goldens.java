package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dossier.testing.Sample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The golden files of the command line's output, in {@code src/test/resources/cli}: {@code
 * json/NAME.json} for a {@code --json} output, normalised, and {@code help/NAME.txt} for a help
 * text. With {@code -Ddossier.regenerate=true} a comparison writes the golden file instead (then
 * read the diff).
 */
final class Goldens {

  /** Where the golden files are, in the source tree (so that regenerating writes them there). */
  static final Path DIR = Sample.PROJECT.resolve("src/test/resources/cli");

  /** Whether to write the golden files rather than compare with them. */
  static final boolean REGENERATE = Boolean.getBoolean("dossier.regenerate");

  /**
   * Values that vary from run to run, by key, and the placeholder each becomes. The numeric ones
   * stand for numbers ({@link JsonShape} reads them so).
   */
  static final Map<String, String> VARYING =
      Map.of(
          "took_ms", "<ms>",
          "seconds", "<seconds>",
          "docs_per_second", "<rate>",
          "score", "<score>",
          "size_bytes", "<bytes>",
          "last_commit", "<instant>");

  /** Unchanged lines a diff shows around each changed one, and the lines it shows at most. */
  private static final int DIFF_CONTEXT = 2;

  private static final int DIFF_LINES = 60;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Goldens() {}

  /**
   * Compares {@code text} with the golden file {@code kind/name}, or writes it there when
   * regenerating.
   */
  static void compare(String kind, String name, String text) {
    Path golden = DIR.resolve(kind).resolve(name);
    try {
      if (REGENERATE) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, text, StandardCharsets.UTF_8);
        return;
      }
      assertTrue(
          Files.isRegularFile(golden),
          "no golden file " + golden + " (regenerate: -Ddossier.regenerate=true)");
      String expected = Files.readString(golden, StandardCharsets.UTF_8);
      if (!expected.equals(text)) {
        fail(
            Sample.PROJECT.relativize(golden)
                + " differs from the output (- golden, + output; after a deliberate"
                + " change: -Ddossier.regenerate=true):\n"
                + diff(expected, text));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code output}, a command's JSON, with what varies replaced: the values of {@link #VARYING} by
   * their placeholders, and the folders {@code replaced} names by theirs (e.g. the test's temporary
   * folder by {@code <tmp>}), pretty-printed as the command prints it.
   */
  static String normalised(String output, Map<Path, String> replaced) {
    try {
      JsonNode tree = JSON.readTree(output);
      return JSON.writeValueAsString(normalise(tree, replaced)) + "\n";
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + output, e);
    }
  }

  private static JsonNode normalise(JsonNode node, Map<Path, String> replaced) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode value = object.get(name);
        object.set(
            name,
            VARYING.containsKey(name) && !value.isNull()
                ? TextNode.valueOf(VARYING.get(name))
                : normalise(value, replaced));
      }
      return object;
    }
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, normalise(array.get(i), replaced));
      }
      return array;
    }
    if (node.isTextual()) {
      String text = node.asText();
      for (Map.Entry<Path, String> folder : replaced.entrySet()) {
        text = text.replace(folder.getKey().toString(), folder.getValue());
      }
      return TextNode.valueOf(text);
    }
    return node;
  }

  /**
   * The lines that differ between {@code expected} and {@code actual}, as a unified diff without
   * file headers: {@code @@ line N} (of {@code expected}) before each change, {@code -} for a line
   * only {@code expected} has, {@code +} for one only {@code actual} has, two unchanged lines
   * around each change, at most 60 lines in all.
   */
  static String diff(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    if (a.equals(b)) {
      return "(the same lines; only the line ends differ)\n";
    }
    // the longest common subsequence of the lines after i and j (golden files are a few hundred
    // lines at most)
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] =
            a.get(i).equals(b.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> edits = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    for (int i = 0, j = 0; i < a.size() || j < b.size(); ) {
      lines.add(i + 1);
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        edits.add("  " + a.get(i++));
        j++;
      } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
        edits.add("- " + a.get(i++));
      } else {
        edits.add("+ " + b.get(j++));
      }
    }
    StringBuilder out = new StringBuilder();
    int shown = 0;
    int last = -1;
    for (int k = 0; k < edits.size() && shown < DIFF_LINES; k++) {
      if (edits.get(k).startsWith(" ")) {
        continue;
      }
      int from = Math.max(last + 1, k - DIFF_CONTEXT);
      if (from > last + 1 || last < 0) {
        out.append("@@ line ").append(lines.get(from)).append('\n');
      }
      for (int c = from;
          c <= Math.min(edits.size() - 1, k + DIFF_CONTEXT) && shown < DIFF_LINES;
          c++) {
        out.append(edits.get(c)).append('\n');
        shown++;
        last = c;
      }
    }
    if (shown == DIFF_LINES) {
      out.append("... (and more)\n");
    }
    return out.toString();
  }

  /** The names of the golden files of {@code kind}, sorted. */
  static List<String> list(String kind) throws IOException {
    Path dir = DIR.resolve(kind);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  /** The golden JSON file {@code name}, parsed. */
  static JsonNode json(String name) throws IOException {
    return JSON.readTree(DIR.resolve("json").resolve(name).toFile());
  }
}
