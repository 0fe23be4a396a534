package dev.dossier.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Name variants that no rule connects (Mao Zedong / Mao Tse-tung / Мао Цзэдун), read from {@code
 * index-config/name-variants.txt} in Solr's synonyms format: {@code a, b, c} makes the names
 * equivalent; {@code a, b => c} makes a query for a or b also find c; and, beyond Solr's format,
 * {@code a != b} keeps two names apart that a transcription rule or a pair learnt from the archive
 * would otherwise join (Гортон != Gordon); {@code #} starts a comment. Applied at query time, so a
 * new line takes effect at the next search, with no re-indexing.
 *
 * <p>Read by this class rather than Lucene's SolrSynonymParser because the query side needs the
 * groups as phrases to expand at every matching level, which a compiled SynonymMap does not give
 * back.
 */
public final class NameVariants {

  /** The file's name inside the configuration folder. */
  public static final String FILE_NAME = "name-variants.txt";

  /** The conventional place names, generated from the Unicode CLDR, in the same format. */
  public static final String PLACES_FILE_NAME = "places.txt";

  /**
   * Conventional place names CLDR lacks (England, Holland, Danzig, the Rhine), kept by hand, in the
   * same format.
   */
  public static final String EXTRA_PLACES_FILE_NAME = "places-extra.txt";

  private static final NameVariants NONE = new NameVariants(Map.of(), 0, Map.of());

  private final Map<String, List<String>> variants;
  private final int longestPhrase;

  /**
   * From {@code a != b} lines: names that no rule or learnt pair may take for each other, both
   * ways.
   */
  private final Map<String, List<String>> distinct;

  private NameVariants(
      Map<String, List<String>> variants, int longestPhrase, Map<String, List<String>> distinct) {
    this.variants = variants;
    this.longestPhrase = longestPhrase;
    this.distinct = distinct;
  }

  /** No variants at all. */
  public static NameVariants none() {
    return NONE;
  }

  /** Reads the variants file of {@code configDir}; none when the file does not exist. */
  public static NameVariants load(Path configDir) {
    return load(configDir, FILE_NAME);
  }

  /**
   * Reads the conventional place names of {@code configDir}: CLDR's and the extra ones; none
   * without the files.
   */
  public static NameVariants loadPlaces(Path configDir) {
    return load(configDir, PLACES_FILE_NAME).with(load(configDir, EXTRA_PLACES_FILE_NAME));
  }

  /** These variants and {@code other}'s: a name in both has the variants of both. */
  NameVariants with(NameVariants other) {
    if (other.variants.isEmpty()) {
      return this;
    }
    Map<String, List<String>> merged = new HashMap<>(variants);
    other.variants.forEach(
        (name, more) ->
            merged.merge(
                name,
                more,
                (a, b) -> {
                  Set<String> union = new LinkedHashSet<>(a);
                  union.addAll(b);
                  return List.copyOf(union);
                }));
    Map<String, List<String>> apart = new HashMap<>(distinct);
    apart.putAll(other.distinct);
    return new NameVariants(
        Map.copyOf(merged), Math.max(longestPhrase, other.longestPhrase), Map.copyOf(apart));
  }

  private static NameVariants load(Path configDir, String fileName) {
    return ConfigLines.load(configDir, fileName, NameVariants::parse, NONE);
  }

  private static NameVariants parse(List<ConfigLines.Line> lines) {
    Map<String, Set<String>> map = new HashMap<>();
    Map<String, Set<String>> apart = new HashMap<>();
    int longest = 0;
    for (ConfigLines.Line entry : lines) {
      String line = entry.text();
      if (line.contains("!=")) {
        String[] sides = APART.split(line, -1);
        List<String> left = names(sides[0]);
        List<String> right = sides.length == 2 ? names(sides[1]) : List.of();
        if (sides.length != 2 || left.isEmpty() || right.isEmpty() || line.contains("=>")) {
          throw entry.error("expected 'name != other name, ...'");
        }
        for (String a : left) {
          for (String b : right) {
            apart.computeIfAbsent(key(a), k -> new LinkedHashSet<>()).add(b);
            apart.computeIfAbsent(key(b), k -> new LinkedHashSet<>()).add(a);
          }
        }
        continue;
      }
      String[] sides = ARROW.split(line, -1);
      if (sides.length > 2) {
        throw entry.error("more than one '=>'");
      }
      List<String> left = names(sides[0]);
      List<String> right = sides.length == 2 ? names(sides[1]) : left;
      if (left.isEmpty() || right.isEmpty()) {
        throw entry.error("expected names separated by commas");
      }
      List<String> rightKeys = right.stream().map(NameVariants::key).toList();
      for (String name : left) {
        String words = normalize(name);
        String key = words.replace(" ", ""); // key(name), from the words normalized once
        // one word more: a query may split a name where the file joins it (Кай-ши, Кайши)
        longest = Math.max(longest, words.split(" ").length + 1);
        Set<String> targets = map.computeIfAbsent(key, k -> new LinkedHashSet<>());
        for (int t = 0; t < right.size(); t++) {
          if (!rightKeys.get(t).equals(key)) {
            targets.add(right.get(t));
          }
        }
      }
    }
    Map<String, List<String>> frozen = new HashMap<>();
    map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    Map<String, List<String>> distinct = new HashMap<>();
    apart.forEach((k, v) -> distinct.put(k, List.copyOf(v)));
    return new NameVariants(Map.copyOf(frozen), longest, Map.copyOf(distinct));
  }

  /** The names a {@code name != ...} line keeps apart from {@code name}; empty when none does. */
  public List<String> distinctFrom(String name) {
    return distinct.getOrDefault(key(name), List.of());
  }

  private static final java.util.regex.Pattern ARROW =
      java.util.regex.Pattern.compile("=>", java.util.regex.Pattern.LITERAL);
  private static final java.util.regex.Pattern APART =
      java.util.regex.Pattern.compile("!=", java.util.regex.Pattern.LITERAL);

  /** The names of one side of a line: split at commas not escaped as {@code \\,}. */
  private static List<String> names(String side) {
    List<String> names = new ArrayList<>();
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < side.length(); i++) {
      char c = side.charAt(i);
      if (c == '\\' && i + 1 < side.length() && side.charAt(i + 1) == ',') {
        name.append(',');
        i++;
      } else if (c == ',') {
        addName(names, name);
      } else {
        name.append(c);
      }
    }
    addName(names, name);
    return names;
  }

  private static void addName(List<String> names, StringBuilder name) {
    String n = name.toString().strip();
    if (!n.isEmpty()) {
      names.add(n);
    }
    name.setLength(0);
  }

  /**
   * Lowercase, ё as е, words separated by single spaces, punctuation and hyphens as word breaks. A
   * loop, not a regular expression: the place-name files give it thousands of names at the first
   * search of a process.
   */
  public static String normalize(String phrase) {
    String lower = phrase.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (gap && b.length() > 0) {
          b.append(' ');
        }
        gap = false;
        b.appendCodePoint(cp == 'ё' ? 'е' : cp);
      } else {
        gap = true;
      }
    }
    return b.toString();
  }

  /**
   * What a name is looked up by: its {@link #normalize normalized} letters without the breaks
   * between its words, since the spellings of one name split it differently (Чан Кай-ши, Чан Кайши;
   * Нью-Йорк, Нью Йорк).
   */
  static String key(String phrase) {
    return normalize(phrase).replace(" ", "");
  }

  /** The variants of {@code phrase} (not including itself); empty when it is in no group. */
  public List<String> of(String phrase) {
    return variants.getOrDefault(key(phrase), List.of());
  }

  /**
   * The number of words a query phrase is looked up with at most: the longest name's in the file,
   * and one more, as a query may split a name the file writes as one word.
   */
  public int longestPhrase() {
    return longestPhrase;
  }
}
