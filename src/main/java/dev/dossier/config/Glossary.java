package dev.dossier.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bilingual glossary, {@code index-config/glossary.txt}: one {@code English term | Russian
 * term} pair per line, {@code #} comments. Read at query time (a query in one language also matches
 * the other language's term) and at index time (shared glossary terms anchor the alignment of
 * original and translation).
 */
public final class Glossary {

  /** The file's name inside the configuration folder. */
  public static final String FILE_NAME = "glossary.txt";

  /**
   * One term pair; {@code language} codes are fixed: the left side is English, the right Russian.
   */
  public record Entry(String en, String ru) {
    /** The term of {@code language} ("en" or "ru"), or null for another language. */
    public String term(String language) {
      return switch (language) {
        case "en" -> en;
        case "ru" -> ru;
        default -> null;
      };
    }
  }

  private static final Glossary NONE = new Glossary(List.of());

  private final List<Entry> entries;

  private Glossary(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** No entries. */
  public static Glossary none() {
    return NONE;
  }

  /** Reads the glossary of {@code configDir}; none when the file does not exist. */
  public static Glossary load(Path configDir) {
    return ConfigLines.load(configDir, FILE_NAME, Glossary::parse, NONE);
  }

  private static Glossary parse(List<ConfigLines.Line> lines) {
    List<Entry> entries = new ArrayList<>();
    for (ConfigLines.Line line : lines) {
      String[] sides = line.text().split("\\|", -1);
      if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
        throw line.error("expected 'English term | Russian term'");
      }
      entries.add(new Entry(sides[0].strip(), sides[1].strip()));
    }
    return new Glossary(entries);
  }

  /** Every pair, in file order. */
  public List<Entry> entries() {
    return entries;
  }
}
