package dev.dossier.ingest.language;

import com.ibm.icu.lang.UScript;
import java.util.Map;

/**
 * Identifies the language of a text whose source does not name it: by its script first, then, for
 * Latin-script text, by character n-gram statistics ({@link LatinLanguages}).
 *
 * <p>A script that one language of our archives writes alone gives the language at no cost; only
 * Latin-script text, shared by many languages, needs the statistical identifier, which is loaded at
 * its first use (at index time, never for a search). When the text has too few letters, no script
 * holds most of them, the script is one we name no language for, or the identifier is not
 * confident, the answer is {@code und}, which the index configuration analyses with no language's
 * rules: better than stemming Spanish as English.
 */
public final class LanguageIdentifier {

  /** The ISO 639 code for "undetermined". */
  public static final String UNDETERMINED = "und";

  /**
   * Fewer letters than this tell too little ("No. 214", a date line); a document title has more.
   */
  static final int MIN_LETTERS = 20;

  /**
   * The opening of a text tells its language as well as the whole; counting further only costs
   * time.
   */
  static final int MAX_CHARS = 10_000;

  private LanguageIdentifier() {}

  /**
   * The ISO 639-1 code of the language of {@code text}, or {@code und} when it cannot be told with
   * confidence.
   */
  public static String identify(String text) {
    if (text == null) {
      return UNDETERMINED;
    }
    String sample = head(text, MAX_CHARS);
    Map<Integer, Long> letters = Scripts.lettersByScript(sample);
    long total = letters.values().stream().mapToLong(Long::longValue).sum();
    if (total < MIN_LETTERS) {
      return UNDETERMINED;
    }
    return switch (dominantScript(letters, total)) {
      case UScript.LATIN -> LatinLanguages.identify(sample);
      // Russian is the only Cyrillic-script language the archives hold (and the configuration
      // analyses); a
      // Ukrainian or Bulgarian text would be called Russian, which still beats English rules.
      case UScript.CYRILLIC -> "ru";
      case UScript.GREEK -> "el";
      case UScript.HANGUL -> "ko";
      case UScript.ARABIC -> "ar";
      case UScript.HEBREW -> "he";
      // Japanese mixes kanji with kana; Chinese has no kana.
      case UScript.HAN -> kana(letters) > 0 ? "ja" : "zh";
      // Other scripts: no analyzer of ours would use the answer, and a guess among a script's
      // languages is no
      // better than "undetermined".
      default -> UNDETERMINED;
    };
  }

  /**
   * The script holding more than half of the letters, or {@link UScript#INVALID_CODE} when none
   * does (a text in two scripts should be split first, see {@link LanguageSplitter}). Han and kana
   * count as one script, the way Japanese writes them together.
   */
  private static int dominantScript(Map<Integer, Long> letters, long total) {
    long han = letters.getOrDefault(UScript.HAN, 0L) + kana(letters);
    if (han * 2 > total) {
      return UScript.HAN;
    }
    for (Map.Entry<Integer, Long> script : letters.entrySet()) {
      if (script.getValue() * 2 > total) {
        return script.getKey();
      }
    }
    return UScript.INVALID_CODE;
  }

  private static long kana(Map<Integer, Long> letters) {
    return letters.getOrDefault(UScript.HIRAGANA, 0L) + letters.getOrDefault(UScript.KATAKANA, 0L);
  }

  /** The first {@code max} chars of {@code text}, not cutting a surrogate pair in two. */
  private static String head(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }
}
