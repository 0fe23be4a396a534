package dev.dossier.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small archive documents written for a test, in the Wilson export format. */
public final class Fixtures {

  private Fixtures() {}

  /**
   * Writes {@code dir/name.txt}: a Russian original of one paragraph, no translation, id {@code
   * name}.
   */
  public static Path russian(Path dir, String name, String text) throws IOException {
    return Files.writeString(
        dir.resolve(name + ".txt"),
        "# **January 1, 1964**\n\n# "
            + name
            + "\n\n## **Original Language:**\n\nRussian\n\n### **Contents:**\n\n"
            + "Original Scan\n\n"
            + text
            + "\n");
  }

  /** Writes {@code dir/name.txt}: an English original of one paragraph, id {@code name}. */
  public static Path english(Path dir, String name, String text) throws IOException {
    return Files.writeString(
        dir.resolve(name + ".txt"),
        "# **January 1, 1964**\n\n# "
            + name
            + "\n\n## **Original Language:**\n\nEnglish\n\n### **Contents:**\n\n"
            + "Original Scan\n\n"
            + text
            + "\n");
  }

  /**
   * Copies the folder {@code from} to {@code to}, e.g. the shipped index-config, to edit it in a
   * test.
   */
  public static void copyTree(Path from, Path to) throws IOException {
    try (java.util.stream.Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
