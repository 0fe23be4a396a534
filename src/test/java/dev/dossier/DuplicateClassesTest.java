package dev.dossier;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class is on the class path twice: the shaded jar keeps one copy of each, so a second one
 * (another version, or a library that bundles a copy of another) would be dropped without a word.
 * It stands in for extra-enforcer-rules' {@code banDuplicateClasses}, which the build's offline
 * repository does not have; the enforcer checks the other half, that every dependency has one
 * version ({@code dependencyConvergence} in pom.xml).
 */
class DuplicateClassesTest {

  @Test
  void noClassIsInTwoPlaces() throws IOException {
    Map<String, List<String>> places = new TreeMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
        try (JarFile jar = new JarFile(path.toFile())) {
          jar.stream()
              .map(JarEntry::getName)
              .filter(DuplicateClassesTest::counts)
              .forEach(
                  name ->
                      places
                          .computeIfAbsent(name, k -> new ArrayList<>())
                          .add(path.getFileName().toString()));
        }
      } else if (path.endsWith(
          Path.of("target", "classes"))) { // ours, and picocli compiled from its source
        try (Stream<Path> files = Files.walk(path)) {
          files
              .map(f -> path.relativize(f).toString().replace(File.separatorChar, '/'))
              .filter(DuplicateClassesTest::counts)
              .forEach(
                  name ->
                      places.computeIfAbsent(name, k -> new ArrayList<>()).add("target/classes"));
        }
      }
    }
    assertTrue(
        places.size() > 10_000,
        "the class path seen holds the dependencies: " + places.size() + " classes");
    List<String> twice =
        places.entrySet().stream()
            .filter(e -> e.getValue().size() > 1)
            .map(e -> e.getKey() + " in " + e.getValue())
            .toList();
    assertTrue(twice.isEmpty(), twice.size() + " classes in two places, e.g. " + twice);
  }

  /**
   * A class file that the shaded jar could hold twice; module descriptors and Java-version variants
   * are expected.
   */
  private static boolean counts(String name) {
    return name.endsWith(".class")
        && !name.startsWith("META-INF/")
        && !name.endsWith("module-info.class");
  }
}
