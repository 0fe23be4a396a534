package dev.dossier.ingest.read;

import dev.dossier.config.TextYaml;
import dev.dossier.ingest.files.RejectedFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A text file's YAML front matter, as Jekyll and other static-site generators write it: a {@code
 * ---} line, YAML, a closing {@code ---} (or {@code ...}) line, then the body. Keys are looked up
 * case-insensitively, with {@code -} and spaces read as {@code _}; every value is text, a list
 * giving several.
 *
 * @param values the values of each key, keys normalised
 * @param body the text after the closing line
 */
record FrontMatter(Map<String, List<String>> values, String body) {

  private static final Pattern DELIMITER = Pattern.compile("---\\s*");
  private static final Pattern CLOSING = Pattern.compile("(---|\\.\\.\\.)\\s*");

  /**
   * The first line of a YAML mapping: a key and a colon; anything else after a {@code ---} line is
   * prose.
   */
  private static final Pattern KEY_LINE =
      Pattern.compile("[\"']?[\\p{L}_][\\p{L}\\p{N}_ .-]*[\"']?\\s*:(\\s.*)?");

  /**
   * Keys of a mapping inside a value, in the order they are preferred as its text ({@code
   * naa_refs}' reference).
   */
  private static final List<String> PREFERRED_KEYS =
      List.of("reference", "citation", "name", "title", "value", "label");

  /**
   * The line where the closing delimiter is, when {@code text} opens with front matter; empty
   * otherwise.
   */
  static Optional<Integer> closingLine(String text) {
    if (!text.startsWith("---")) {
      return Optional.empty(); // most files: decided without splitting the whole text into lines
    }
    String[] lines = text.split("\n", -1);
    if (lines.length < 2 || !DELIMITER.matcher(lines[0]).matches()) {
      return Optional.empty();
    }
    boolean opened = false;
    for (int i = 1; i < lines.length; i++) {
      if (CLOSING.matcher(lines[i]).matches()) {
        return Optional.of(i);
      }
      if (!opened && !lines[i].isBlank()) {
        // the first line inside must open a mapping (or be a comment): a --- rule above prose is no
        // front matter
        if (!KEY_LINE.matcher(lines[i]).matches() && !lines[i].startsWith("#")) {
          return Optional.empty();
        }
        opened = true;
      }
    }
    return Optional.empty();
  }

  /**
   * The front matter and body of {@code text}; rejected when it has none or its YAML is not a
   * mapping.
   */
  static FrontMatter parse(String text) throws RejectedFileException {
    int closing =
        closingLine(text).orElseThrow(() -> new RejectedFileException("no YAML front matter"));
    String[] lines = text.split("\n", -1);
    String yaml = String.join("\n", Arrays.asList(lines).subList(1, closing));
    String body = String.join("\n", Arrays.asList(lines).subList(closing + 1, lines.length));
    Object root;
    try {
      root = yaml().load(yaml);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark();
      // +2: the mark counts from 0, inside the YAML that starts on the file's second line
      String where =
          mark == null
              ? ""
              : "line " + (mark.getLine() + 2) + ", column " + (mark.getColumn() + 1) + ": ";
      throw new RejectedFileException(
          "front matter is not valid YAML (" + where + e.getProblem() + ")");
    } catch (YAMLException e) {
      throw new RejectedFileException(
          "front matter is not valid YAML (" + firstLine(e.getMessage()) + ")");
    }
    if (root == null) {
      return new FrontMatter(Map.of(), body);
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw new RejectedFileException("front matter is not a YAML mapping of keys to values");
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    map.forEach(
        (key, value) ->
            values
                .computeIfAbsent(normalise(String.valueOf(key)), k -> new ArrayList<>())
                .addAll(texts(value)));
    return new FrontMatter(java.util.Collections.unmodifiableMap(values), body);
  }

  /** The first non-blank value of the first of {@code keys} that has one; empty when none does. */
  String first(String... keys) {
    for (String key : keys) {
      for (String value : values.getOrDefault(key, List.of())) {
        if (!value.isBlank()) {
          return value.strip();
        }
      }
    }
    return "";
  }

  /** The values of all of {@code keys}, in order. */
  List<String> all(String... keys) {
    List<String> all = new ArrayList<>();
    for (String key : keys) {
      all.addAll(values.getOrDefault(key, List.of()));
    }
    return all;
  }

  /** Every scalar as the text written (see {@link TextYaml}). */
  private static Yaml yaml() {
    return TextYaml.parser();
  }

  private static String normalise(String key) {
    return key.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }

  private static List<String> texts(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(element -> out.addAll(texts(element)));
    } else if (value instanceof Map<?, ?> map) {
      out.add(text(map));
    } else if (value != null) {
      out.add(String.valueOf(value).strip());
    }
    out.removeIf(String::isEmpty);
    return out;
  }

  /** A mapping as one value: its preferred key's text, else its scalar values joined. */
  private static String text(Map<?, ?> map) {
    Map<String, Object> byKey = new LinkedHashMap<>();
    map.forEach((k, v) -> byKey.put(normalise(String.valueOf(k)), v));
    for (String key : PREFERRED_KEYS) {
      Object v = byKey.get(key);
      if (v != null && !(v instanceof Map) && !(v instanceof List)) {
        return String.valueOf(v).strip();
      }
    }
    List<String> scalars = new ArrayList<>();
    byKey.values().stream()
        .filter(v -> v != null && !(v instanceof Map) && !(v instanceof List))
        .forEach(v -> scalars.add(String.valueOf(v).strip()));
    return String.join(", ", scalars);
  }

  private static String firstLine(String message) {
    return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
  }
}
