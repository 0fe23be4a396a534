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
    List<String> parts = new ArrayList<>();
    for (String word : text.strip().split("\\s+")) {
      if (HYPHENATED.matcher(word).matches()) {
        parts.addAll(
            Arrays.asList(CompoundNamesCharFilter.capitalise(word).split("[-\u2010\u2011]")));
      } else {
        parts.add(word);
      }
    }
    return parts.toArray(String[]::new);
  }

  /**
   * For each of the {@link #parts} of {@code text}, whether a hyphen joins it to the next (Мак of
   * Мак-Кенна).
   */
  static boolean[] joinedToNext(String text) {
    List<Boolean> joined = new ArrayList<>();
    for (String word : text.strip().split("\\s+")) {
      int parts =
          HYPHENATED.matcher(word).matches()
              ? CompoundNamesCharFilter.capitalise(word).split("[-\u2010\u2011]").length
              : 1;
      for (int i = 0; i < parts; i++) {
        joined.add(i < parts - 1);
      }
    }
    boolean[] result = new boolean[joined.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = joined.get(i);
    }
    return result;
  }

  /** Whether {@code text} is one word of letters (a possessive 's aside). */
  static boolean isWord(String text) {
    return WORD.matcher(stripPossessive(text)).matches();
  }

  private static String stripPossessive(String word) {
    return word.replaceFirst("['’][sS]$", "");
  }
}
