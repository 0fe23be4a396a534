package dev.dossier;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages follow the pipeline and depend one way, down the layers of ../shared/STYLE.md:
 * {@code cli → search → index → align → ingest → analysis → config → model}. A scan of every main
 * source file's references to Dossier's packages (imports and qualified names alike) fails on any
 * that points up; and {@code cli} uses no Lucene.
 *
 * <p>{@code solr}, Dossier's Solr plugin, is a front end beside {@code cli}: it sits on {@code
 * search} as the command line does, neither front end uses the other, and no other package touches
 * Solr's classes (they are not on the command line's class path).
 *
 * <p>Inside {@code ingest} its own packages are ordered the same way ({@code INGEST}), so its split
 * into readers, mappings, languages, dates and files has no cycle.
 */
class ArchitectureTest {

  private static final List<String> LAYERS =
      List.of("cli", "search", "index", "align", "ingest", "analysis", "config", "model");

  /** The front ends: above {@code search}, each on its own. */
  private static final List<String> FRONT_ENDS = List.of("cli", "solr");

  /**
   * References the scan allows, and why: the configset generator writes the plugin's class names
   * into Solr's configuration (strings for Solr to load, not code that runs here).
   */
  private static final List<String> ALLOWED = List.of("index/SolrConfigset.java uses solr");

  /**
   * {@code ingest}'s own packages, each above those after it: the entry point ({@code
   * ArchiveReaders}), the reader of mapped records, the format readers, then what the readers
   * share.
   */
  private static final List<String> INGEST =
      List.of(
          "ingest",
          "ingest.mapping",
          "ingest.read",
          "ingest.language",
          "ingest.date",
          "ingest.files");

  private static final Path MAIN = Path.of("src/main/java/dev/dossier");
  private static final Pattern INGEST_REFERENCE =
      Pattern.compile("\\bdev\\.dossier\\.(ingest(?:\\.[a-z]+)?)\\.[A-Z]");
  private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.dossier\\.([a-z]+)\\.");

  @Test
  void everyPackageDependsOnlyOnTheLayersBelowIt() throws IOException {
    List<String> upward = new ArrayList<>();
    for (String layer : layers()) {
      for (Path file : sources(layer)) {
        Matcher m = REFERENCE.matcher(code(file));
        while (m.find()) {
          String used = m.group(1);
          boolean otherFrontEnd = FRONT_ENDS.contains(used) && !used.equals(layer);
          if (otherFrontEnd || rank(used) >= 0 && rank(used) < rank(layer)) {
            upward.add(MAIN.relativize(file) + " uses " + used);
          }
        }
      }
    }
    upward.removeAll(ALLOWED);
    assertTrue(upward.isEmpty(), "references up the layers: " + upward);
  }

  @Test
  void everyPackageIsALayer() throws IOException {
    try (Stream<Path> dirs = Files.list(MAIN)) {
      List<String> unknown =
          dirs.filter(Files::isDirectory)
              .map(d -> d.getFileName().toString())
              .filter(d -> !layers().contains(d))
              .toList();
      assertTrue(unknown.isEmpty(), "packages with no place in the layers: " + unknown);
    }
  }

  @Test
  void ingestsPackagesDependOnlyOnThoseBelowThem() throws IOException {
    List<String> upward = new ArrayList<>();
    for (String pkg : INGEST) {
      try (Stream<Path> files = Files.list(MAIN.resolve(pkg.replace('.', '/')))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = INGEST_REFERENCE.matcher(code(file));
          while (m.find()) {
            if (INGEST.indexOf(m.group(1)) < INGEST.indexOf(pkg)) {
              upward.add(MAIN.relativize(file) + " uses " + m.group(1));
            }
          }
        }
      }
    }
    try (Stream<Path> dirs = Files.list(MAIN.resolve("ingest"))) {
      dirs.filter(Files::isDirectory)
          .map(d -> "ingest." + d.getFileName())
          .filter(d -> !INGEST.contains(d))
          .forEach(d -> upward.add(d + " has no place in ingest's order"));
    }
    assertTrue(upward.isEmpty(), "references up ingest's packages: " + upward);
  }

  @Test
  void theCommandLineUsesNoLucene() throws IOException {
    List<String> lucene = new ArrayList<>();
    for (Path file : sources("cli")) {
      if (code(file).contains("org.apache.lucene")) {
        lucene.add(file.getFileName().toString());
      }
    }
    assertTrue(lucene.isEmpty(), "cli classes using Lucene: " + lucene);
  }

  @Test
  void onlyThePluginUsesSolr() throws IOException {
    List<String> solr = new ArrayList<>();
    for (String layer : layers()) {
      for (Path file : sources(layer)) {
        if (!layer.equals("solr") && code(file).contains("import org.apache.solr")) {
          solr.add(MAIN.relativize(file).toString());
        }
      }
    }
    assertTrue(solr.isEmpty(), "classes outside the plugin using Solr: " + solr);
  }

  /** Every package: the front ends, then the layers below them. */
  private static List<String> layers() {
    List<String> all = new ArrayList<>(FRONT_ENDS);
    LAYERS.stream().filter(l -> !FRONT_ENDS.contains(l)).forEach(all::add);
    return all;
  }

  /** A package's depth: 0 for the front ends; -1 for what is no package of ours. */
  private static int rank(String layer) {
    return FRONT_ENDS.contains(layer) ? 0 : LAYERS.indexOf(layer);
  }

  @Test
  void theModelImportsNothingOfOurs() throws IOException {
    for (Path file : sources("model")) {
      Matcher m = REFERENCE.matcher(code(file));
      while (m.find()) {
        assertTrue(m.group(1).equals("model"), file + " uses " + m.group(1));
      }
    }
  }

  private static List<Path> sources(String layer) throws IOException {
    try (Stream<Path> files = Files.walk(MAIN.resolve(layer))) {
      return files.filter(f -> f.toString().endsWith(".java")).toList();
    }
  }

  /** The file's text without comments, so a Javadoc link to a higher layer is no dependency. */
  private static String code(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
  }
}
