package dev.dossier.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The correspondences by which Russian writes Latin-alphabet names by sound and Latin-alphabet
 * texts write Russian names, read from {@code index-config/transcription.txt}: one rule per line,
 * {@code latin cyrillic cost [reverse-cost]}, {@code -} for an empty side, {@code x} for a
 * direction the rule is not used in, {@code ^} and {@code $} tying the rule to the start or end of
 * the word, {@code #} comments.
 */
public final class TranscriptionTable {

  /** The file's name inside the configuration folder. */
  public static final String FILE_NAME = "transcription.txt";

  /**
   * The costs estimated from data ({@code bench/run --phases names-train}), in the same format:
   * each line gives new costs to the rule of the table with the same sides and anchors. The table's
   * own costs stay the prior.
   */
  public static final String COSTS_FILE_NAME = "transcription-costs.txt";

  /**
   * One correspondence.
   *
   * @param latin the Latin letters, lowercase ASCII; empty for a Cyrillic letter Latin spellings do
   *     not write
   * @param cyrillic the Cyrillic letters, lowercase; empty for a silent Latin letter
   * @param toCyrillic the cost of writing {@code latin} as {@code cyrillic}; negative when not used
   *     that way
   * @param toLatin the cost of writing {@code cyrillic} as {@code latin}; negative when not used
   *     that way
   * @param atStart whether the rule applies only at the start of a word
   * @param atEnd whether the rule applies only at the end of a word
   */
  public record Rule(
      String latin,
      String cyrillic,
      double toCyrillic,
      double toLatin,
      boolean atStart,
      boolean atEnd) {}

  private static final TranscriptionTable NONE = new TranscriptionTable(List.of());

  private final List<Rule> rules;
  private final SyllableTable syllables;

  private TranscriptionTable(List<Rule> rules) {
    this(rules, SyllableTable.none());
  }

  private TranscriptionTable(List<Rule> rules, SyllableTable syllables) {
    this.rules = List.copyOf(rules);
    this.syllables = syllables;
  }

  /**
   * The languages whose names are written by syllable rather than by these letter rules ({@code
   * syllables-*.txt} beside the table).
   */
  public SyllableTable syllables() {
    return syllables;
  }

  /** This table with the syllable tables {@code syllables}. */
  public TranscriptionTable withSyllables(SyllableTable syllables) {
    return new TranscriptionTable(rules, syllables);
  }

  /** No rules: names are not transcribed. */
  public static TranscriptionTable none() {
    return NONE;
  }

  /**
   * Reads the table of {@code configDir}, with the estimated costs of its costs file when there is
   * one; none when the table does not exist. A costs line that names no rule of the table is an
   * error: the table was edited after the costs were estimated.
   */
  public static TranscriptionTable load(Path configDir) {
    TranscriptionTable table =
        ConfigLines.read(configDir, FILE_NAME)
            .map(lines -> parse(configDir.resolve(FILE_NAME), lines))
            .orElse(NONE);
    return ConfigLines.read(configDir, COSTS_FILE_NAME)
        .map(
            lines ->
                table.withCosts(
                    configDir.resolve(COSTS_FILE_NAME),
                    parse(configDir.resolve(COSTS_FILE_NAME), lines)))
        .orElse(table)
        .withSyllables(SyllableTable.load(configDir));
  }

  /** The rules of {@code configDir}'s table with their own (prior) costs, and its syllables. */
  public static TranscriptionTable loadPrior(Path configDir) {
    return ConfigLines.read(configDir, FILE_NAME)
        .map(lines -> parse(configDir.resolve(FILE_NAME), lines))
        .orElse(NONE)
        .withSyllables(SyllableTable.load(configDir));
  }

  /** This table with the costs of {@code costs}, whose every rule must be one of this table's. */
  TranscriptionTable withCosts(Path file, TranscriptionTable costs) {
    java.util.Map<String, Rule> byIdentity = new java.util.HashMap<>();
    for (Rule r : costs.rules()) {
      byIdentity.put(identity(r), r);
    }
    List<Rule> merged = new ArrayList<>();
    for (Rule r : rules) {
      Rule c = byIdentity.remove(identity(r));
      merged.add(
          c == null
              ? r
              : new Rule(
                  r.latin(), r.cyrillic(), c.toCyrillic(), c.toLatin(), r.atStart(), r.atEnd()));
    }
    if (!byIdentity.isEmpty()) {
      throw new ConfigException(
          file
              + ": costs for rules the table does not have: "
              + String.join(", ", byIdentity.keySet())
              + " (estimate them again: bench/run --phases names-train)");
    }
    return new TranscriptionTable(merged, syllables);
  }

  /** A rule's sides and anchors as a costs file writes them: {@code ^latin$ cyrillic}. */
  public static String identity(Rule r) {
    return (r.atStart() ? "^" : "")
        + (r.latin().isEmpty() ? "-" : r.latin())
        + (r.atEnd() ? "$" : "")
        + " "
        + (r.cyrillic().isEmpty() ? "-" : r.cyrillic());
  }

  /** A table of these rules. */
  public static TranscriptionTable of(List<Rule> rules) {
    return new TranscriptionTable(rules);
  }

  /** Every rule, in file order. */
  public List<Rule> rules() {
    return rules;
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  static TranscriptionTable parse(Path file, List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      int hash = line.indexOf('#');
      String[] cols = SPACES.split((hash >= 0 ? line.substring(0, hash) : line).strip());
      if (cols.length == 1 && cols[0].isEmpty()) {
        continue;
      }
      String where = file + ":" + (n + 1) + ": ";
      if (cols.length < 3 || cols.length > 4) {
        throw new ConfigException(where + "expected 'latin cyrillic cost [reverse-cost]'");
      }
      String latin = cols[0];
      boolean atStart = latin.startsWith("^");
      boolean atEnd = latin.endsWith("$") && latin.length() > (atStart ? 1 : 0);
      latin = latin.substring(atStart ? 1 : 0, latin.length() - (atEnd ? 1 : 0));
      latin = latin.equals("-") ? "" : latin.toLowerCase(Locale.ROOT);
      String cyrillic =
          cols[1].equals("-") ? "" : cols[1].toLowerCase(Locale.ROOT).replace('ё', 'е');
      if (!latin.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        throw new ConfigException(
            where + "the Latin side must be letters a-z, '-' or anchored with ^ or $");
      }
      if (!cyrillic.chars().allMatch(c -> c >= 'а' && c <= 'я')) {
        throw new ConfigException(where + "the Cyrillic side must be Russian letters or '-'");
      }
      if (latin.isEmpty() && cyrillic.isEmpty()) {
        throw new ConfigException(where + "both sides are empty");
      }
      double toCyrillic = cost(where, cols[2]);
      double toLatin = cols.length == 4 ? cost(where, cols[3]) : toCyrillic;
      rules.add(new Rule(latin, cyrillic, toCyrillic, toLatin, atStart, atEnd));
    }
    return new TranscriptionTable(rules);
  }

  private static double cost(String where, String text) {
    if (text.equals("x")) {
      return -1;
    }
    try {
      double cost = Double.parseDouble(text);
      if (cost >= 0 && cost <= 10) {
        return cost;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigException(where + "a cost is a number from 0 to 10, or x: " + text);
  }
}
