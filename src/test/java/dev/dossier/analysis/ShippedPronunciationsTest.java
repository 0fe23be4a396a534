package dev.dossier.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shipped pronunciation files are generated from the CMU Pronouncing Dictionary as the npm
 * package cmu-pronouncing-dictionary 3.0.0 carries it ({@code index.js}, ISC licence). Given that
 * file ({@code -Ddossier.cmudict=.../index.js}), this test regenerates both files and compares them
 * line for line, or with {@code -Ddossier.regenerate=true} writes them; without it, it is skipped.
 */
class ShippedPronunciationsTest {

  private static final Path RESOURCES = Path.of("src/main/resources/dev/dossier/analysis");
  private static final Pattern ENTRY = Pattern.compile("^\\s*\"([^\"]+)\": \"([^\"]+)\",?$");
  private static final Pattern WORD = Pattern.compile("[a-z]{3,}");

  @Test
  void theShippedFilesAreTheDictionarysRespellings() throws IOException {
    String source = System.getProperty("dossier.cmudict");
    Assumptions.assumeTrue(source != null, "no -Ddossier.cmudict given");
    Map<String, Set<String>> byWord = new TreeMap<>();
    Map<String, Set<String>> byRespelling = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of(source), StandardCharsets.UTF_8)) {
      Matcher m = ENTRY.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String word = m.group(1).replaceAll("\\(\\d+\\)$", "");
      if (!WORD.matcher(word).matches()) {
        continue; // abbreviations, apostrophes, hyphens, words of one or two letters
      }
      String respelling = Respelling.of(m.group(2).replaceAll("#.*", "")); // a comment: # place
      byWord.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(respelling);
      byRespelling.computeIfAbsent(respelling, r -> new TreeSet<>()).add(word);
    }
    assertTrue(byWord.size() > 100_000, "the whole dictionary: " + byWord.size());
    Map<String, String> generated = new TreeMap<>();
    byWord.forEach(
        (word, respellings) ->
            generated.merge(
                Pronunciations.byWord(word.charAt(0)), line(word, respellings), String::concat));
    byRespelling.forEach(
        (respelling, words) ->
            generated.merge(
                Pronunciations.byRespelling(respelling.charAt(0)),
                line(respelling, words),
                String::concat));
    Path folder = RESOURCES.resolve(Pronunciations.FOLDER);
    if (Boolean.getBoolean("dossier.regenerate")) {
      Files.createDirectories(folder);
      try (var old = Files.list(folder)) {
        for (Path p : (Iterable<Path>) old::iterator) {
          Files.delete(p);
        }
      }
      for (var file : generated.entrySet()) {
        Files.writeString(
            RESOURCES.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
    }
    try (var shipped = Files.list(folder)) {
      assertEquals(generated.size(), shipped.count(), "one file per first letter and direction");
    }
    for (var file : generated.entrySet()) {
      assertEquals(
          file.getValue(),
          Files.readString(RESOURCES.resolve(file.getKey()), StandardCharsets.UTF_8),
          file.getKey());
    }
  }

  private static String line(String key, Set<String> values) {
    return key + '\t' + String.join(" ", new ArrayList<>(values)) + '\n';
  }
}
