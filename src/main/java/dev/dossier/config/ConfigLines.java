package dev.dossier.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a line-based file of the configuration folder (name variants, places, glossary,
 * transcription); absent files are no error. The glossary and the name-variant files share one
 * shape, which {@link #load} reads: one entry per line, blank lines and {@code #} lines skipped, an
 * error naming the file and the line.
 */
final class ConfigLines {

  /**
   * One line that says something: not blank, not a comment.
   *
   * @param file the file it is in, for error messages
   * @param number its line number, from 1
   * @param text the line, stripped
   */
  record Line(Path file, int number, String text) {

    /** An error at this line: {@code file:line: message}. */
    ConfigException error(String message) {
      return new ConfigException(file + ":" + number + ": " + message);
    }
  }

  private ConfigLines() {}

  /** The lines of {@code configDir/fileName}, or empty when there is no such file. */
  static Optional<List<String>> read(Path configDir, String fileName) {
    Path file = configDir.resolve(fileName);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * The entries of {@code configDir/fileName} as {@code parse} makes them of its lines that say
   * something; {@code none} when there is no such file.
   */
  static <T> T load(Path configDir, String fileName, Function<List<Line>, T> parse, T none) {
    return read(configDir, fileName)
        .map(lines -> parse.apply(entries(configDir.resolve(fileName), lines)))
        .orElse(none);
  }

  /** The lines of {@code file} that say something, stripped, with their numbers. */
  static List<Line> entries(Path file, List<String> lines) {
    List<Line> entries = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        entries.add(new Line(file, n + 1, line));
      }
    }
    return entries;
  }
}
