package dev.dossier.ingest.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.config.ValueSpec;
import dev.dossier.ingest.read.HtmlText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The values a {@link ValueSpec} finds in one record (a JSON object, or a CSV row made one). */
final class RecordValues {

  private RecordValues() {}

  /**
   * Every value {@code spec} finds in {@code record}, as text, blanks dropped; none when the key is
   * absent.
   */
  static List<String> all(JsonNode record, ValueSpec spec) {
    List<String> values = new ArrayList<>();
    if (spec.value() != null) {
      values.add(spec.value());
    } else if (spec.template() != null) {
      List<String> missing = new ArrayList<>();
      String filled =
          spec.fill(
              key -> {
                List<String> found = atPath(record, key);
                if (found.isEmpty()) {
                  missing.add(key);
                  return "";
                }
                return found.get(0);
              });
      if (missing.isEmpty()) {
        values.add(filled);
      }
    } else {
      values.addAll(atPath(record, spec.key()));
    }
    List<String> out = new ArrayList<>();
    for (String v : values) {
      String text = spec.html() ? HtmlText.toText(v) : v;
      if (spec.split().isEmpty()) {
        out.add(text.strip());
      } else {
        for (String part : text.split(Pattern.quote(spec.split()))) {
          out.add(part.strip());
        }
      }
    }
    out.removeIf(String::isEmpty);
    return out;
  }

  /** The first value, or the empty string. */
  static String first(JsonNode record, ValueSpec spec) {
    if (spec == null) {
      return "";
    }
    List<String> values = all(record, spec);
    return values.isEmpty() ? "" : values.get(0);
  }

  /** The values at a dotted key path; a list on the way gives each element's values. */
  private static List<String> atPath(JsonNode node, String path) {
    List<String> out = new ArrayList<>();
    collect(node, path.split("\\."), 0, out);
    return out;
  }

  private static void collect(JsonNode node, String[] steps, int at, List<String> out) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        collect(element, steps, at, out);
      }
      return;
    }
    if (at == steps.length) {
      if (node.isValueNode()) {
        out.add(node.asText());
      }
      return;
    }
    if (node.isObject()) {
      collect(node.get(steps[at]), steps, at + 1, out);
    }
  }
}
