package dev.dossier.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads a line-based file of the configuration folder (name variants, glossary); absent files are no error. */
final class ConfigLines {

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
}
