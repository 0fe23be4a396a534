package dev.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of a JSON value: an object's keys and the shapes of their values, an array's elements'
 * shapes merged, a scalar's type ({@code string}, {@code number}, {@code boolean}, {@code null}).
 * An object whose keys are data (a collection's name, a language, a facet's value: {@link #MAPS})
 * is a map, its values' shapes merged as an array's are. A golden file's placeholders keep the type
 * of what they replace ({@code "<ms>"} is a number).
 */
final class JsonShape {

  private static final Set<String> NUMERIC_PLACEHOLDERS =
      Set.of("<ms>", "<seconds>", "<rate>", "<score>", "<bytes>");

  /**
   * Where the commands write objects keyed by data, as paths ({@code *} stands for any one key).
   */
  private static final List<String> MAPS =
      List.of(
          "$.collections",
          "$.facets.*",
          "$.by_language",
          "$.by_decade",
          "$.by_collection",
          "$.by_type",
          "$.hits[].highlight",
          "$.texts");

  /** An object's keys, an array's element, or neither (a scalar). */
  private final Map<String, JsonShape> keys;

  private final JsonShape element;
  private final String type;

  private JsonShape(String type, Map<String, JsonShape> keys, JsonShape element) {
    this.type = type;
    this.keys = keys;
    this.element = element;
  }

  /** The shape of {@code node}, a command's whole output. */
  static JsonShape of(JsonNode node) {
    return of(node, "$");
  }

  private static JsonShape of(JsonNode node, String path) {
    if (node.isObject() && MAPS.stream().anyMatch(map -> matches(map, path))) {
      JsonShape element = null;
      for (JsonNode value : node) {
        element = element == null ? of(value, path + ".*") : element.merge(of(value, path + ".*"));
      }
      return new JsonShape("map", null, element);
    }
    if (node.isObject()) {
      Map<String, JsonShape> keys = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        keys.put(field.getKey(), of(field.getValue(), path + "." + field.getKey()));
      }
      return new JsonShape("object", keys, null);
    }
    if (node.isArray()) {
      JsonShape element = null;
      for (JsonNode item : node) {
        element = element == null ? of(item, path + "[]") : element.merge(of(item, path + "[]"));
      }
      return new JsonShape("array", null, element);
    }
    if (node.isNumber() || node.isTextual() && NUMERIC_PLACEHOLDERS.contains(node.asText())) {
      return new JsonShape("number", null, null);
    }
    return new JsonShape(
        node.isTextual() ? "string" : node.isBoolean() ? "boolean" : "null", null, null);
  }

  private static boolean matches(String pattern, String path) {
    String[] parts = pattern.split("\\*", -1);
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      regex.append(i == 0 ? "" : "[^.\\[]+").append(java.util.regex.Pattern.quote(parts[i]));
    }
    return path.matches(regex.toString());
  }

  /**
   * One shape for the elements of an array: keys of either, and the other's type where one is null.
   */
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
    if (type.equals("array") || type.equals("map")) {
      return new JsonShape(
          type,
          null,
          element == null
              ? other.element
              : other.element == null ? element : element.merge(other.element));
    }
    return this;
  }

  /**
   * Where {@code part} is not part of this shape: a key this shape lacks, or a value of another
   * type (a null fits any type, an empty array any array), each as "PATH: what".
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
      part.keys.forEach(
          (key, shape) -> {
            if (!keys.containsKey(key)) {
              problems.add(path + "." + key + ": not in the output (it has " + keys.keySet() + ")");
            } else {
              keys.get(key).missing(shape, path + "." + key, problems);
            }
          });
    } else if (part.element != null) {
      String inner = type.equals("map") ? path + ".*" : path + "[]";
      if (element == null) {
        problems.add(inner + ": elements where the output's " + type + " is empty");
      } else {
        element.missing(part.element, inner, problems);
      }
    }
  }

  /** The top-level keys of an object's shape; empty for anything else. */
  Set<String> keys() {
    return keys == null ? Set.of() : keys.keySet();
  }
}
