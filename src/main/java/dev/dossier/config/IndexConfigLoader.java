package dev.dossier.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and validates {@code index-config/dossier.yaml}; the only class that knows the file's
 * shape.
 *
 * <p>Parsed with SnakeYAML into plain maps and lists (its safe constructor: no types named by the
 * file). Every search reads this file at start, and Jackson's object mapper on top of the same
 * parser cost a short process some 40 ms more.
 */
public final class IndexConfigLoader {

  /** The configuration file's name inside the configuration folder. */
  public static final String FILE_NAME = "dossier.yaml";

  private IndexConfigLoader() {}

  /**
   * Loads the configuration in {@code directory}, failing with a message that names the file and
   * the problem.
   */
  public static IndexConfig load(Path directory) {
    Path file = directory.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("no index configuration at " + file);
    }
    Object root;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (MarkedYAMLException e) {
      throw new ConfigException(file + ": cannot read: " + problem(e), e);
    } catch (IOException | YAMLException e) {
      throw new ConfigException(file + ": cannot read: " + firstLine(e.getMessage()), e);
    }
    if (!(root instanceof Map<?, ?> top)) {
      throw new ConfigException(
          file + ": expected a mapping with analyzers, languages and metadata");
    }
    Map<String, AnalyzerSpec> analyzers = readAnalyzers(file, required(file, top, "analyzers"));
    Map<String, LanguageSpec> languages =
        readLanguages(file, required(file, top, "languages"), analyzers);
    Map<?, ?> metadata = top.get("metadata") instanceof Map<?, ?> m ? m : Map.of();
    return new IndexConfig(
        directory, analyzers, languages, readMetadata(file, metadata, analyzers));
  }

  private static Map<String, AnalyzerSpec> readAnalyzers(Path file, Map<?, ?> node) {
    Map<String, AnalyzerSpec> analyzers = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : node.entrySet()) {
      String name = String.valueOf(entry.getKey());
      String where = "analyzer '" + name + "'";
      if (!(entry.getValue() instanceof Map<?, ?> spec) || !spec.containsKey("tokenizer")) {
        throw new ConfigException(file + ": " + where + " has no tokenizer");
      }
      analyzers.put(
          name,
          new AnalyzerSpec(
              name,
              components(file, where, spec.get("charFilters")),
              component(file, where, spec.get("tokenizer")),
              components(file, where, spec.get("filters"))));
    }
    return analyzers;
  }

  private static Map<String, LanguageSpec> readLanguages(
      Path file, Map<?, ?> node, Map<String, AnalyzerSpec> analyzers) {
    Map<String, LanguageSpec> languages = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : node.entrySet()) {
      String code = String.valueOf(entry.getKey());
      String where = "language '" + code + "'";
      if (!code.matches("[a-z]{2,3}")) {
        throw new ConfigException(file + ": " + where + ": expected an ISO 639 code such as 'ru'");
      }
      Map<?, ?> spec = entry.getValue() instanceof Map<?, ?> m ? m : Map.of();
      String analyzer = analyzerName(file, where, spec.get("analyzer"), analyzers);
      String exact = analyzerName(file, where, spec.get("exact"), analyzers);
      String names = analyzerName(file, where, spec.get("names"), analyzers);
      languages.put(code, new LanguageSpec(code, analyzer, exact, names));
    }
    if (!languages.containsKey(IndexConfig.UNDETERMINED)) {
      throw new ConfigException(
          file + ": languages must declare 'und', the slot for texts in undeclared languages");
    }
    return languages;
  }

  private static Map<String, String> readMetadata(
      Path file, Map<?, ?> node, Map<String, AnalyzerSpec> analyzers) {
    Map<String, String> metadata = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : node.entrySet()) {
      String where = "metadata field '" + entry.getKey() + "'";
      metadata.put(
          String.valueOf(entry.getKey()), analyzerName(file, where, entry.getValue(), analyzers));
    }
    return metadata;
  }

  private static String analyzerName(
      Path file, String where, Object node, Map<String, AnalyzerSpec> analyzers) {
    if (!(node instanceof String name)) {
      throw new ConfigException(file + ": " + where + ": expected an analyzer name");
    }
    if (!analyzers.containsKey(name)) {
      throw new ConfigException(
          file
              + ": "
              + where
              + ": unknown analyzer '"
              + name
              + "' (declared: "
              + String.join(", ", analyzers.keySet())
              + ")");
    }
    return name;
  }

  private static List<ComponentSpec> components(Path file, String where, Object node) {
    List<ComponentSpec> list = new ArrayList<>();
    if (node == null) {
      return list;
    }
    if (!(node instanceof List<?> items)) {
      throw new ConfigException(file + ": " + where + ": expected a list of components");
    }
    items.forEach(item -> list.add(component(file, where, item)));
    return list;
  }

  private static ComponentSpec component(Path file, String where, Object node) {
    if (node instanceof String name) {
      return new ComponentSpec(name, Map.of());
    }
    if (!(node instanceof Map<?, ?> map) || !(map.get("type") instanceof String type)) {
      throw new ConfigException(
          file + ": " + where + ": a component is a name or a map with 'type' and parameters");
    }
    Map<String, String> params = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> {
          if (!"type".equals(k)) {
            params.put(String.valueOf(k), String.valueOf(v));
          }
        });
    return new ComponentSpec(type, params);
  }

  private static Map<?, ?> required(Path file, Map<?, ?> root, String key) {
    if (!(root.get(key) instanceof Map<?, ?> node)) {
      throw new ConfigException(file + ": missing section '" + key + "'");
    }
    return node;
  }

  /** SnakeYAML's problem with its line and column, on one line. */
  private static String problem(MarkedYAMLException e) {
    String where =
        e.getProblemMark() == null
            ? ""
            : " (line "
                + (e.getProblemMark().getLine() + 1)
                + ", column "
                + (e.getProblemMark().getColumn() + 1)
                + ")";
    return (e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem()) + where;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
