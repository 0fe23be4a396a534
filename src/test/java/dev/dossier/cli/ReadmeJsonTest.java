package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.testing.Sample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON examples of the documentation (every {@code ```json} block of README.md and of the pages
 * under docs/) parse, and each is the shape of one of the golden files {@link CliContractTest}
 * checks the program against: every key the example shows is one the program writes there, with a
 * value of the same type. Every command with a golden JSON output has an example.
 */
class ReadmeJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyJsonExampleParsesAndHasTheShapeOfAGoldenOutput() throws IOException {
    Map<String, JsonShape> goldens = new LinkedHashMap<>();
    for (String name : Goldens.list("json")) {
      goldens.put(name, JsonShape.of(Goldens.json(name)));
    }
    assertFalse(goldens.isEmpty(), "no golden files in " + Goldens.DIR);
    List<String> failures = new ArrayList<>();
    Set<String> shown = new TreeSet<>(); // the commands whose output an example shows
    int examples = 0;
    for (Path page : pages()) {
      for (Example example : examples(page)) {
        examples++;
        JsonShape shape;
        try {
          shape = JsonShape.of(JSON.readTree(example.text()));
        } catch (JsonProcessingException e) {
          failures.add(example.where() + ": not JSON: " + e.getOriginalMessage());
          continue;
        }
        Map.Entry<String, List<String>> closest =
            goldens.entrySet().stream()
                .map(g -> Map.entry(g.getKey(), g.getValue().missing(shape)))
                .min(Comparator.comparingInt(e -> e.getValue().size()))
                .orElseThrow();
        if (!closest.getValue().isEmpty()) {
          failures.add(
              example.where()
                  + ": the shape of no golden output; closest "
                  + closest.getKey()
                  + ": "
                  + closest.getValue());
        }
        goldens.forEach(
            (name, golden) -> {
              if (golden.missing(shape).isEmpty()) {
                shown.add(name.split("[-.]")[0]);
              }
            });
      }
    }
    assertTrue(examples > 0, "no ```json block in README.md or docs/");
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    Set<String> commands = new TreeSet<>();
    goldens.keySet().forEach(name -> commands.add(name.split("[-.]")[0]));
    assertEquals(
        commands, shown, "commands with --json whose output no example shows (docs/json.md)");
  }

  @Test
  void aKeyTheOutputLacksOrAValueOfAnotherTypeIsFound() throws IOException {
    JsonShape output =
        JsonShape.of(
            JSON.readTree(
                "{\"took_ms\": \"<ms>\", \"hits\": [{\"id\": \"1\", \"date\": null}, {\"id\":"
                    + " \"2\", \"x\": true}]}"));
    assertTrue(
        output
            .missing(
                JsonShape.of(JSON.readTree("{\"took_ms\": 5, \"hits\": [{\"date\": \"1964\"}]}")))
            .isEmpty());
    assertTrue(
        output
            .missing(JsonShape.of(JSON.readTree("{\"hits\": [], \"took\": 5}")))
            .equals(List.of("$.took: not in the output (it has [took_ms, hits])")));
    assertTrue(
        output
            .missing(JsonShape.of(JSON.readTree("{\"hits\": [{\"id\": 1}]}")))
            .equals(List.of("$.hits[].id: number where the output has string")));
  }

  @Test
  void anObjectKeyedByDataIsAMapOfItsValuesShape() throws IOException {
    JsonShape output =
        JsonShape.of(JSON.readTree("{\"collections\": {\"corpus\": {\"written\": 1}}}"));
    assertTrue(
        output
            .missing(
                JsonShape.of(JSON.readTree("{\"collections\": {\"new-batch\": {\"written\": 2}}}")))
            .isEmpty());
    assertEquals(
        List.of("$.collections.*.read: not in the output (it has [written])"),
        output.missing(
            JsonShape.of(JSON.readTree("{\"collections\": {\"new-batch\": {\"read\": 2}}}"))));
  }

  /** A {@code ```json} block and where it starts. */
  private record Example(String where, String text) {}

  private static List<Example> examples(Path page) throws IOException {
    List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("```json")) {
        int start = i + 1;
        StringBuilder text = new StringBuilder();
        for (i = start; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
          text.append(lines.get(i)).append('\n');
        }
        examples.add(new Example(Sample.PROJECT.relativize(page) + ":" + start, text.toString()));
      }
    }
    return examples;
  }

  /** README.md and the Markdown pages under docs/, where there are any. */
  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(Sample.PROJECT.resolve("README.md")));
    Path docs = Sample.PROJECT.resolve("docs");
    if (Files.isDirectory(docs)) {
      try (Stream<Path> files = Files.walk(docs)) {
        files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(pages::add);
      }
    }
    return pages;
  }
}
