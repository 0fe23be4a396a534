package dev.dossier.search;

import dev.dossier.analysis.CompoundNamesCharFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The words of an unquoted part of a query, and whether a unit of it is one word. */
final class QueryWords {

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+(?:[-\u2010\u2011]\\p{L}+)+");

  private QueryWords() {}

  /**
   * The words of {@code text}: split at spaces, and a word of letters joined by hyphens at its
   * hyphens. The short later parts of a capitalised compound are syllables of the same name and are
   * given its capital (Yat-sen, Кай-ши), as the texts' name fields give them ({@link
   * CompoundNamesCharFilter}), so that they are matched as names too.
   */
  static String[] parts(String text) {
    return split(text).stream().map(Part::text).toArray(String[]::new);
  }

  /**
   * For each of the {@link #parts} of {@code text}, whether a hyphen joins it to the next (Мак of
   * Мак-Кенна).
   */
  static boolean[] joinedToNext(String text) {
    List<Part> parts = split(text);
    boolean[] joined = new boolean[parts.size()];
    for (int i = 0; i < joined.length; i++) {
      joined[i] = parts.get(i).joinedToNext();
    }
    return joined;
  }

  /** A part of a query's words, and whether a hyphen joins it to the next. */
  private record Part(String text, boolean joinedToNext) {}

  private static List<Part> split(String text) {
    List<Part> parts = new ArrayList<>();
    for (String word : text.strip().split("\\s+")) {
      List<String> pieces =
          HYPHENATED.matcher(word).matches()
              ? Arrays.asList(CompoundNamesCharFilter.capitalise(word).split("[-\u2010\u2011]"))
              : List.of(word);
      for (int i = 0; i < pieces.size(); i++) {
        parts.add(new Part(pieces.get(i), i < pieces.size() - 1));
      }
    }
    return parts;
  }

  /** Whether {@code text} is one word of letters (a possessive 's aside). */
  static boolean isWord(String text) {
    return WORD.matcher(stripPossessive(text)).matches();
  }

  private static String stripPossessive(String word) {
    return word.replaceFirst("['’][sS]$", "");
  }
}
