package dev.dossier.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and validates {@code index-config/dossier.yaml}; the only class that knows the file's shape. */
public final class IndexConfigLoader {

  /** The configuration file's name inside the configuration folder. */
  public static final String FILE_NAME = "dossier.yaml";

  private IndexConfigLoader() {}

  /** Loads the configuration in {@code directory}, failing with a message that names the file and the problem. */
  public static IndexConfig load(Path directory) {
    Path file = directory.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("no index configuration at " + file);
    }
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + firstLine(e.getMessage()), e);
    }
    if (root == null || !root.isObject()) {
      throw new ConfigException(file + ": expected a mapping with analyzers, languages and metadata");
    }
    Map<String, AnalyzerSpec> analyzers = readAnalyzers(file, required(file, root, "analyzers"));
    Map<String, LanguageSpec> languages = readLanguages(file, required(file, root, "languages"), analyzers);
    Map<String, String> metadata = readMetadata(file, root.path("metadata"), analyzers);
    return new IndexConfig(directory, analyzers, languages, metadata);
  }

  private static Map<String, AnalyzerSpec> readAnalyzers(Path file, JsonNode node) {
    Map<String, AnalyzerSpec> analyzers = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String name = entry.getKey();
      JsonNode spec = entry.getValue();
      String where = "analyzer '" + name + "'";
      if (!spec.has("tokenizer")) {
        throw new ConfigException(file + ": " + where + " has no tokenizer");
      }
      analyzers.put(
          name,
          new AnalyzerSpec(
              name,
              components(file, where, spec.path("charFilters")),
              component(file, where, spec.get("tokenizer")),
              components(file, where, spec.path("filters"))));
    }
    return analyzers;
  }

  private static Map<String, LanguageSpec> readLanguages(
      Path file, JsonNode node, Map<String, AnalyzerSpec> analyzers) {
    Map<String, LanguageSpec> languages = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String code = entry.getKey();
      String where = "language '" + code + "'";
      if (!code.matches("[a-z]{2,3}")) {
        throw new ConfigException(file + ": " + where + ": expected an ISO 639 code such as 'ru'");
      }
      String analyzer = analyzerName(file, where, entry.getValue().path("analyzer"), analyzers);
      String exact = analyzerName(file, where, entry.getValue().path("exact"), analyzers);
      String names = analyzerName(file, where, entry.getValue().path("names"), analyzers);
      languages.put(code, new LanguageSpec(code, analyzer, exact, names));
    }
    if (!languages.containsKey(IndexConfig.UNDETERMINED)) {
      throw new ConfigException(
          file + ": languages must declare 'und', the slot for texts in undeclared languages");
    }
    return languages;
  }

  private static Map<String, String> readMetadata(
      Path file, JsonNode node, Map<String, AnalyzerSpec> analyzers) {
    Map<String, String> metadata = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String where = "metadata field '" + entry.getKey() + "'";
      metadata.put(entry.getKey(), analyzerName(file, where, entry.getValue(), analyzers));
    }
    return metadata;
  }

  private static String analyzerName(
      Path file, String where, JsonNode node, Map<String, AnalyzerSpec> analyzers) {
    if (!node.isTextual()) {
      throw new ConfigException(file + ": " + where + ": expected an analyzer name");
    }
    if (!analyzers.containsKey(node.asText())) {
      throw new ConfigException(
          file + ": " + where + ": unknown analyzer '" + node.asText() + "' (declared: "
              + String.join(", ", analyzers.keySet()) + ")");
    }
    return node.asText();
  }

  private static List<ComponentSpec> components(Path file, String where, JsonNode node) {
    List<ComponentSpec> list = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return list;
    }
    if (!node.isArray()) {
      throw new ConfigException(file + ": " + where + ": expected a list of components");
    }
    node.forEach(item -> list.add(component(file, where, item)));
    return list;
  }

  private static ComponentSpec component(Path file, String where, JsonNode node) {
    if (node.isTextual()) {
      return new ComponentSpec(node.asText(), Map.of());
    }
    if (!node.isObject() || !node.path("type").isTextual()) {
      throw new ConfigException(
          file + ": " + where + ": a component is a name or a map with 'type' and parameters");
    }
    Map<String, String> params = new LinkedHashMap<>();
    node.fields()
        .forEachRemaining(
            e -> {
              if (!e.getKey().equals("type")) {
                params.put(e.getKey(), e.getValue().asText());
              }
            });
    return new ComponentSpec(node.get("type").asText(), params);
  }

  private static JsonNode required(Path file, JsonNode root, String key) {
    JsonNode node = root.get(key);
    if (node == null || !node.isObject()) {
      throw new ConfigException(file + ": missing section '" + key + "'");
    }
    return node;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
