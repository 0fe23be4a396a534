package dev.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of a JSON value: an object's keys and the shapes of their values, an array's elements' shapes merged,
 * a scalar's type ({@code string}, {@code number}, {@code boolean}, {@code null}). A golden file's placeholders
 * keep the type of what they replace ({@code "<ms>"} is a number).
 */
final class JsonShape {

  private static final Set<String> NUMERIC_PLACEHOLDERS = Set.of("<ms>", "<seconds>", "<rate>", "<score>", "<bytes>");

  /** An object's keys, an array's element, or neither (a scalar). */
  private final Map<String, JsonShape> keys;
  private final JsonShape element;
  private final String type;

  private JsonShape(String type, Map<String, JsonShape> keys, JsonShape element) {
    this.type = type;
    this.keys = keys;
    this.element = element;
  }

  /** The shape of {@code node}. */
  static JsonShape of(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonShape> keys = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        keys.put(field.getKey(), of(field.getValue()));
      }
      return new JsonShape("object", keys, null);
    }
    if (node.isArray()) {
      JsonShape element = null;
      for (JsonNode item : node) {
        element = element == null ? of(item) : element.merge(of(item));
      }
      return new JsonShape("array", null, element);
    }
    if (node.isNumber() || node.isTextual() && NUMERIC_PLACEHOLDERS.contains(node.asText())) {
      return new JsonShape("number", null, null);
    }
    return new JsonShape(node.isTextual() ? "string" : node.isBoolean() ? "boolean" : "null", null, null);
  }

  /** One shape for the elements of an array: keys of either, and the other's type where one is null. */
  private JsonShape merge(JsonShape other) {
    if (type.equals("null")) {
      return other;
    }
    if (other.type.equals("null") || !type.equals(other.type)) {
      return this;
    }
    if (keys != null) {
      Map<String, JsonShape> merged = new LinkedHashMap<>(keys);
      other.keys.forEach((k, v) -> merged.merge(k, v, JsonShape::merge));
      return new JsonShape(type, merged, null);
    }
    if (type.equals("array")) {
      return new JsonShape(type, null, element == null ? other.element : other.element == null ? element : element.merge(other.element));
    }
    return this;
  }

  /**
   * Where {@code part} is not part of this shape: a key this shape lacks, or a value of another type (a null
   * fits any type, an empty array any array), each as "PATH: what".
   */
  List<String> missing(JsonShape part) {
    List<String> problems = new ArrayList<>();
    missing(part, "$", problems);
    return problems;
  }

  private void missing(JsonShape part, String path, List<String> problems) {
    if (part.type.equals("null") || type.equals("null")) {
      return;
    }
    if (!type.equals(part.type)) {
      problems.add(path + ": " + part.type + " where the output has " + type);
    } else if (keys != null) {
      part.keys.forEach((key, shape) -> {
        if (!keys.containsKey(key)) {
          problems.add(path + "." + key + ": not in the output (it has " + keys.keySet() + ")");
        } else {
          keys.get(key).missing(shape, path + "." + key, problems);
        }
      });
    } else if (part.element != null) {
      if (element == null) {
        problems.add(path + "[]: elements where the output's array is empty");
      } else {
        element.missing(part.element, path + "[]", problems);
      }
    }
  }

  /** The top-level keys of an object's shape; empty for anything else. */
  Set<String> keys() {
    return keys == null ? Set.of() : keys.keySet();
  }
}
