package dev.dossier.config;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a source mapping finds one value in a record: a key (dots walk into nested objects, lists give several
 * values: {@code naa_refs.reference}), a template of keys ({@code "dafp-{vol_id}-{doc_num}"}) or a fixed value.
 *
 * @param key the key path, for a key
 * @param template the template, for a template
 * @param value the fixed value, for a fixed value
 * @param html whether the value is HTML, to be turned into text
 * @param split a separator that divides one value into several (a CSV cell "Cuba; USSR"), empty for none
 */
public record ValueSpec(String key, String template, String value, boolean html, String split) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

  /** A key path. */
  public static ValueSpec ofKey(String key) {
    return new ValueSpec(key, null, null, false, "");
  }

  /** A string as a mapping file writes it: a template when it holds {@code {key}}, else a key path. */
  public static ValueSpec parse(String text) {
    return PLACEHOLDER.matcher(text).find() ? new ValueSpec(null, text, null, false, "") : ofKey(text);
  }

  /** The key paths a template names, in order. */
  public List<String> templateKeys() {
    Matcher m = PLACEHOLDER.matcher(template);
    List<String> keys = new java.util.ArrayList<>();
    while (m.find()) {
      keys.add(m.group(1).strip());
    }
    return keys;
  }

  /** The template with each placeholder replaced by what {@code lookup} gives for its key. */
  public String fill(java.util.function.Function<String, String> lookup) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(lookup.apply(m.group(1).strip())));
    }
    m.appendTail(out);
    return out.toString();
  }
}
