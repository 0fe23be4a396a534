package dev.dossier.config;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The languages whose names Russian writes syllable by syllable, by a table of its own rather than
 * by letters (Chinese by the Palladius system, Japanese by Polivanov's), read from {@code
 * index-config/syllables-*.txt}: for each, every Latin spelling of a syllable with its Cyrillic
 * spellings and their costs. A file gives whole syllables, or initials and finals that compose
 * them, and other romanizations of either (Wade-Giles, the Postal spellings, Kunrei); see the
 * shipped files for the format.
 */
public final class SyllableTable {

  /** The files' names inside the configuration folder: {@code syllables-LANGUAGE.txt}. */
  public static final String FILE_GLOB = "syllables-*.txt";

  /**
   * One language's syllables.
   *
   * @param name the language, from the file name (zh, ja)
   * @param syllables each Latin spelling of a syllable (lowercase a-z) and its Cyrillic spellings
   *     (lowercase, ё as е, without ь and ъ) with their costs
   * @param doubles the letters a doubled consonant begins with, and how it is written before its
   *     syllable (Hattori: Хаттори)
   */
  public record Language(
      String name, Map<String, Map<String, Double>> syllables, Map<Character, String> doubles) {

    /** The length of the longest Latin spelling of a syllable. */
    public int longestLatin() {
      return syllables.keySet().stream().mapToInt(String::length).max().orElse(0);
    }
  }

  private static final SyllableTable NONE = new SyllableTable(List.of());

  private final List<Language> languages;

  private SyllableTable(List<Language> languages) {
    this.languages = List.copyOf(languages);
  }

  /** No languages written by syllable. */
  public static SyllableTable none() {
    return NONE;
  }

  /** Every language's table, by file name. */
  public List<Language> languages() {
    return languages;
  }

  /** The tables of {@code configDir}'s {@code syllables-*.txt} files, in file-name order. */
  public static SyllableTable load(Path configDir) {
    if (!Files.isDirectory(configDir)) {
      return NONE;
    }
    Map<String, Path> files = new TreeMap<>();
    try (DirectoryStream<Path> found = Files.newDirectoryStream(configDir, FILE_GLOB)) {
      for (Path file : found) {
        String name = file.getFileName().toString();
        files.put(name.substring("syllables-".length(), name.length() - ".txt".length()), file);
      }
    } catch (IOException e) {
      throw new ConfigException(configDir + ": cannot list the syllable tables: " + e.getMessage());
    }
    List<Language> languages = new ArrayList<>();
    files.forEach(
        (name, file) ->
            ConfigLines.read(configDir, file.getFileName().toString())
                .ifPresent(lines -> languages.add(parse(name, file, lines))));
    return new SyllableTable(languages);
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** A Pinyin-style initial: its Cyrillic spelling and the finals it goes before. */
  private record Initial(String cyrillic, String letters, boolean only) {
    boolean goesBefore(String fin) {
      boolean listed = letters.indexOf(fin.charAt(0)) >= 0;
      return only ? listed : !listed;
    }
  }

  static Language parse(String name, Path file, List<String> lines) {
    Map<String, Initial> initials = new LinkedHashMap<>();
    Map<String, String> finals = new LinkedHashMap<>();
    Map<String, Map<String, Double>> base = new LinkedHashMap<>();
    Map<String, Map<String, Double>> others = new LinkedHashMap<>(); // pinyin -> spelling -> cost
    Map<Character, String> doubles = new LinkedHashMap<>();
    for (ConfigLines.Line line : ConfigLines.entries(file, lines)) {
      String text = line.text();
      int hash = text.indexOf('#');
      String[] cols = SPACES.split((hash >= 0 ? text.substring(0, hash) : text).strip());
      String kind = cols[0];
      switch (kind) {
        case "initial" -> {
          expect(line, cols, 3, 4, "initial LATIN CYRILLIC [only:LETTERS|not:LETTERS]");
          String letters = "";
          boolean only = false;
          if (cols.length == 4) {
            if (!cols[3].matches("(only|not):[a-z]+")) {
              throw line.error("expected only:LETTERS or not:LETTERS, not " + cols[3]);
            }
            only = cols[3].startsWith("only:");
            letters = cols[3].substring(cols[3].indexOf(':') + 1);
          }
          initials.put(latin(line, cols[1]), new Initial(cyrillic(line, cols[2]), letters, only));
        }
        case "final" -> {
          expect(line, cols, 3, 3, "final LATIN CYRILLIC");
          finals.put(latin(line, cols[1]), cyrillic(line, cols[2]));
        }
        case "syllable" -> {
          expect(line, cols, 3, 4, "syllable LATIN CYRILLIC [COST]");
          base.computeIfAbsent(latin(line, cols[1]), k -> new LinkedHashMap<>())
              .merge(cyrillic(line, cols[2]), cost(line, cols, 3), Math::min);
        }
        case "latin" -> {
          expect(line, cols, 3, 4, "latin SPELLING LATIN [COST]");
          others
              .computeIfAbsent(latin(line, cols[2]), k -> new LinkedHashMap<>())
              .merge(latin(line, cols[1]), cost(line, cols, 3), Math::min);
        }
        case "double" -> {
          expect(line, cols, 3, 3, "double LETTER CYRILLIC");
          if (cols[1].length() != 1) {
            throw line.error("a doubled consonant is one letter: " + cols[1]);
          }
          doubles.put(latin(line, cols[1]).charAt(0), cyrillic(line, cols[2]));
        }
        default ->
            throw line.error(
                "expected a line of kind initial, final, syllable, latin or double, not " + kind);
      }
    }
    // the syllables an initial and a final compose, beside those of the syllable lines
    initials.forEach(
        (i, initial) ->
            finals.forEach(
                (f, cyr) -> {
                  if (initial.goesBefore(f)) {
                    base.computeIfAbsent(i + f, k -> new LinkedHashMap<>())
                        .merge(initial.cyrillic() + cyr, 0.0, Math::min);
                  }
                }));
    // other spellings of initials, finals and syllables; a part is spelt as itself too
    Map<String, Map<String, Double>> initialSpellings = spellings(initials.keySet(), others);
    Map<String, Map<String, Double>> finalSpellings = spellings(finals.keySet(), others);
    Map<String, Map<String, Double>> syllables = new HashMap<>();
    base.forEach((s, cyr) -> add(syllables, surface(s), cyr, 0));
    initialSpellings.forEach(
        (si, toInitial) ->
            finalSpellings.forEach(
                (sf, toFinal) ->
                    toInitial.forEach(
                        (i, ci) ->
                            toFinal.forEach(
                                (f, cf) -> {
                                  Map<String, Double> cyr = base.get(i + f);
                                  if (cyr != null) { // a syllable of the table
                                    add(syllables, si + sf, cyr, ci + cf);
                                  }
                                }))));
    others.forEach(
        (s, spellings) -> {
          Map<String, Double> cyr = base.get(s);
          if (cyr != null) {
            spellings.forEach((spelling, c) -> add(syllables, spelling, cyr, c));
          }
        });
    return new Language(name, Map.copyOf(syllables), Map.copyOf(doubles));
  }

  /** Each part (initial or final) with its own spelling and those of {@code others}. */
  private static Map<String, Map<String, Double>> spellings(
      Set<String> parts, Map<String, Map<String, Double>> others) {
    Map<String, Map<String, Double>> bySpelling = new LinkedHashMap<>();
    for (String part : parts) {
      bySpelling
          .computeIfAbsent(surface(part), k -> new LinkedHashMap<>())
          .merge(part, 0.0, Math::min);
      others
          .getOrDefault(part, Map.of())
          .forEach(
              (spelling, c) ->
                  bySpelling
                      .computeIfAbsent(spelling, k -> new LinkedHashMap<>())
                      .merge(part, c, Math::min));
    }
    return bySpelling;
  }

  private static void add(
      Map<String, Map<String, Double>> syllables,
      String spelling,
      Map<String, Double> cyrillic,
      double extra) {
    Map<String, Double> into = syllables.computeIfAbsent(spelling, k -> new HashMap<>());
    cyrillic.forEach((cyr, c) -> into.merge(cyr, round(c + extra), Math::min));
  }

  /** Pinyin's ü, written v in the tables, as texts write it: u. */
  private static String surface(String pinyin) {
    return pinyin.replace('v', 'u');
  }

  private static double round(double cost) {
    return Math.round(cost * 100) / 100.0;
  }

  private static void expect(ConfigLines.Line line, String[] cols, int min, int max, String form) {
    if (cols.length < min || cols.length > max) {
      throw line.error("expected '" + form + "'");
    }
  }

  private static String latin(ConfigLines.Line line, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (!lower.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      throw line.error("a Latin spelling must be letters a-z: " + text);
    }
    return lower;
  }

  private static String cyrillic(ConfigLines.Line line, String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    if (!lower.chars().allMatch(c -> c >= 'а' && c <= 'я')) {
      throw line.error("a Cyrillic spelling must be Russian letters: " + text);
    }
    return lower.replace("ь", "").replace("ъ", "");
  }

  private static double cost(ConfigLines.Line line, String[] cols, int at) {
    if (cols.length <= at) {
      return 0;
    }
    try {
      double cost = Double.parseDouble(cols[at]);
      if (cost >= 0 && cost <= 10) {
        return cost;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw line.error("a cost is a number from 0 to 10: " + cols[at]);
  }
}
