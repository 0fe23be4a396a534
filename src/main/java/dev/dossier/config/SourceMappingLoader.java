package dev.dossier.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the source mappings of {@code index-config/sources/*.yaml}; the only class that knows their
 * shape.
 *
 * <pre>
 * collection: Documents on Australian Foreign Policy   # given to every document (optional)
 * files: ["dafp_docs_*.jsonl"]       # file-name globs that choose this mapping (optional)
 * keys: [vol_id, doc_num, text]      # else: keys a record must have for the mapping to fit it
 * fields:                            # id title date language original_language text translation
 *   id: "dafp-{vol_id}-{doc_num}"    #   translation_language summary citation url credits
 *   date: doc_date
 *   language: {value: en}            # a fixed value
 *   title: [title, subject]          # alternatives: the first that gives a value
 *   text: text                       # {key: html, html: true} turns HTML into text
 *   text_file: file                  # or: the text is in this file, beside the spreadsheet (OCR dumps)
 * metadata:                          # subject place person author archive collection series type classification
 *   archive: naa_refs.reference      # dots walk into objects; lists give several values
 *   person: [authors, associated_people_orgs]   # several places, values in this order
 * </pre>
 */
public final class SourceMappingLoader {

  /** The folder of mappings inside the configuration folder. */
  public static final String FOLDER = "sources";

  private static final Set<String> TOP_KEYS =
      Set.of("collection", "files", "keys", "fields", "metadata");
  private static final Set<String> METADATA =
      Set.of(
          "subject",
          "place",
          "person",
          "author",
          "archive",
          "collection",
          "series",
          "type",
          "classification");

  private SourceMappingLoader() {}

  /**
   * The mappings in {@code configDirectory}'s sources folder, by file name; none when there is no
   * such folder.
   */
  public static List<SourceMapping> load(Path configDirectory) {
    Path folder = configDirectory.resolve(FOLDER);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.{yaml,yml}")) {
      entries.forEach(files::add);
    } catch (IOException e) {
      throw new ConfigException(folder + ": cannot read: " + e.getMessage(), e);
    }
    files.sort(null);
    List<SourceMapping> mappings = new ArrayList<>();
    for (Path file : files) {
      mappings.add(loadOne(file));
    }
    return List.copyOf(mappings);
  }

  /** One mapping file, validated. */
  static SourceMapping loadOne(Path file) {
    Object root;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = TextYaml.parser().load(in);
    } catch (MarkedYAMLException e) {
      String mark =
          e.getProblemMark() == null ? "" : " (line " + (e.getProblemMark().getLine() + 1) + ")";
      throw new ConfigException(file + ": cannot read: " + e.getProblem() + mark, e);
    } catch (IOException | YAMLException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
    if (!(root instanceof Map<?, ?> top)) {
      throw new ConfigException(
          file + ": expected a mapping with fields (and collection, files, keys, metadata)");
    }
    for (Object key : top.keySet()) {
      if (!TOP_KEYS.contains(String.valueOf(key))) {
        throw new ConfigException(
            file
                + ": unknown key '"
                + key
                + "' (known: "
                + String.join(", ", sorted(TOP_KEYS))
                + ")");
      }
    }
    Map<String, List<ValueSpec>> fields =
        alternatives(file, "fields", top.get("fields"), Set.copyOf(SourceMapping.FIELDS));
    if (!fields.containsKey("text")
        && !fields.containsKey("translation")
        && !fields.containsKey("text_file")) {
      throw new ConfigException(
          file + ": fields must name where the text is (text: KEY, or text_file: KEY)");
    }
    String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    List<String> globs = strings(file, "files", top.get("files"));
    for (String glob : globs) {
      try {
        file.getFileSystem().getPathMatcher("glob:" + glob);
      } catch (RuntimeException e) {
        throw new ConfigException(
            file
                + ": files: bad pattern '"
                + glob
                + "' ("
                + e.getMessage().lines().findFirst().orElse("")
                + ")");
      }
    }
    return new SourceMapping(
        name,
        file,
        top.get("collection") == null ? "" : String.valueOf(top.get("collection")).strip(),
        globs,
        strings(file, "keys", top.get("keys")),
        fields,
        alternatives(file, "metadata", top.get("metadata"), METADATA));
  }

  private static Map<String, ValueSpec> specs(
      Path file, String section, Object node, Set<String> known) {
    if (node == null) {
      return Map.of();
    }
    if (!(node instanceof Map<?, ?> map)) {
      throw new ConfigException(file + ": " + section + " must be a mapping of field: key");
    }
    Map<String, ValueSpec> specs = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String field = knownField(file, section, entry.getKey(), known);
      specs.put(field, spec(file, section + "." + field, entry.getValue()));
    }
    return specs;
  }

  /**
   * {@code key} as a field name of {@code section}, lowercase; an error unless it is {@code known}.
   */
  private static String knownField(Path file, String section, Object key, Set<String> known) {
    String field = String.valueOf(key).toLowerCase(Locale.ROOT);
    if (!known.contains(field)) {
      throw new ConfigException(
          file
              + ": "
              + section
              + ": unknown field '"
              + key
              + "' (known: "
              + String.join(", ", sorted(known))
              + ")");
    }
    return field;
  }

  /** A section whose fields name one place or a list of places. */
  private static Map<String, List<ValueSpec>> alternatives(
      Path file, String section, Object node, Set<String> known) {
    Map<String, List<ValueSpec>> metadata = new LinkedHashMap<>();
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (entry.getValue() instanceof List<?> list) {
          String field = knownField(file, section, entry.getKey(), known);
          List<ValueSpec> specs = new ArrayList<>();
          for (Object item : list) {
            specs.add(spec(file, section + "." + field, item));
          }
          metadata.put(field, specs);
        } else {
          specs(file, section, Map.of(entry.getKey(), entry.getValue()), known)
              .forEach((field, spec) -> metadata.put(field, List.of(spec)));
        }
      }
      return metadata;
    }
    if (node != null) {
      throw new ConfigException(file + ": " + section + " must be a mapping of field: key");
    }
    return metadata;
  }

  private static ValueSpec spec(Path file, String where, Object node) {
    if (node instanceof String text && !text.isBlank()) {
      return ValueSpec.parse(text.strip());
    }
    if (node instanceof Map<?, ?> map) {
      for (Object key : map.keySet()) {
        if (!Set.of("key", "template", "value", "html", "split").contains(String.valueOf(key))) {
          throw new ConfigException(
              file
                  + ": "
                  + where
                  + ": unknown key '"
                  + key
                  + "' (known: key, template, value, html, split)");
        }
      }
      int given =
          (map.get("key") != null ? 1 : 0)
              + (map.get("template") != null ? 1 : 0)
              + (map.get("value") != null ? 1 : 0);
      if (given != 1) {
        throw new ConfigException(
            file + ": " + where + ": give exactly one of key, template, value");
      }
      String split = map.get("split") == null ? "" : String.valueOf(map.get("split"));
      boolean html = "true".equalsIgnoreCase(String.valueOf(map.get("html")));
      return new ValueSpec(
          str(map.get("key")), str(map.get("template")), str(map.get("value")), html, split);
    }
    throw new ConfigException(
        file + ": " + where + ": expected a key name, a \"{key}\" template or {value: ...}");
  }

  private static String str(Object o) {
    return o == null ? null : String.valueOf(o).strip();
  }

  private static List<String> strings(Path file, String section, Object node) {
    if (node == null) {
      return List.of();
    }
    if (node instanceof String s) {
      return List.of(s);
    }
    if (node instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    throw new ConfigException(file + ": " + section + " must be a list");
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }
}
