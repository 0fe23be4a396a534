package dev.dossier.analysis;

/**
 * The letters of ICU's {@code Russian-Latin/BGN} transform, folded to lowercase ASCII, for words of
 * the Russian alphabet: what a name key is made of. ICU's transform stays the reference ({@code
 * RussianRomanizerTest} compares the two on every Cyrillic word of the bundled sample and of the
 * shared corpora); this table is the same mapping without the fifth of a second ICU takes to load
 * its transforms, and without its cost per word, which matters when a query's transcription
 * candidates are turned into keys by the thousand.
 *
 * <p>BGN/PCGN 1947: е and ё are {@code ye} at the start of a word and after a vowel, й, ъ or ь,
 * else {@code e}; the hard and soft signs and BGN's separating dots are not letters and leave
 * nothing.
 */
public final class RussianRomanizer {

  private static final String[] LETTERS = new String[32];

  static {
    String[] table = {
      "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
      "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"
    };
    System.arraycopy(table, 0, LETTERS, 0, 32);
  }

  private RussianRomanizer() {}

  /**
   * Whether every character of {@code lower} is a lowercase letter of the Russian alphabet (ё
   * included).
   */
  public static boolean isRussian(CharSequence lower) {
    if (lower.length() == 0) {
      return false;
    }
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c < 'а' || c > 'я') && c != 'ё') {
        return false;
      }
    }
    return true;
  }

  /** The BGN letters of a lowercase Russian word ({@link #isRussian}), in lowercase ASCII. */
  public static String romanize(CharSequence lower) {
    StringBuilder out = new StringBuilder(lower.length() + 4);
    char previous = 0;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == 'е' || c == 'ё') {
        out.append(i == 0 || softens(previous) ? "ye" : "e");
      } else {
        out.append(LETTERS[c - 'а']);
      }
      previous = c;
    }
    return out.toString();
  }

  /** After these, BGN writes е and ё as "ye": the vowels but э (as ICU writes them), й, ъ and ь. */
  private static boolean softens(char c) {
    return "аеёиоуыюяйъь".indexOf(c) >= 0;
  }
}
