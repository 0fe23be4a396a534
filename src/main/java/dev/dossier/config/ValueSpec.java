package dev.dossier.config;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a source mapping finds one value in a record: a key (dots walk into nested objects, lists
 * give several values: {@code naa_refs.reference}), a template of keys ({@code
 * "dafp-{vol_id}-{doc_num}"}) or a fixed value. In a template, {@code {key|name}} takes a path's
 * file name without folders and extension ({@code _volumes/volume-20/484-cabinet-minute.md} gives
 * {@code 484-cabinet-minute}).
 *
 * @param key the key path, for a key
 * @param template the template, for a template
 * @param value the fixed value, for a fixed value
 * @param html whether the value is HTML, to be turned into text
 * @param split a separator that divides one value into several (a CSV cell "Cuba; USSR"), empty for
 *     none
 */
public record ValueSpec(String key, String template, String value, boolean html, String split) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

  /** A key path. */
  public static ValueSpec ofKey(String key) {
    return new ValueSpec(key, null, null, false, "");
  }

  /**
   * A string as a mapping file writes it: a template when it holds {@code {key}}, else a key path.
   */
  public static ValueSpec parse(String text) {
    return PLACEHOLDER.matcher(text).find()
        ? new ValueSpec(null, text, null, false, "")
        : ofKey(text);
  }

  /** The key paths a template names, in order. */
  public List<String> templateKeys() {
    Matcher m = PLACEHOLDER.matcher(template);
    List<String> keys = new java.util.ArrayList<>();
    while (m.find()) {
      keys.add(m.group(1).replaceFirst("\\|.*", "").strip());
    }
    return keys;
  }

  private static String fileName(String path) {
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The template with each placeholder replaced by what {@code lookup} gives for its key. */
  public String fill(java.util.function.Function<String, String> lookup) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String placeholder = m.group(1).strip();
      int bar = placeholder.indexOf('|');
      String key = bar < 0 ? placeholder : placeholder.substring(0, bar).strip();
      String value = lookup.apply(key);
      if (bar >= 0 && placeholder.substring(bar + 1).strip().equals("name")) {
        value = fileName(value);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
