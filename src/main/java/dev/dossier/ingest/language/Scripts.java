package dev.dossier.ingest.language;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;

/** The writing systems of languages and texts, from ICU's data. */
public final class Scripts {

  private Scripts() {}

  /**
   * The main script a language is written in (an ICU {@link UScript} code), or {@code fallback}
   * when unknown.
   */
  public static int of(String languageCode, int fallback) {
    if (languageCode == null || languageCode.isBlank() || languageCode.equals("und")) {
      return fallback;
    }
    int[] scripts = UScript.getCode(ULocale.forLanguageTag(languageCode));
    return scripts == null || scripts.length == 0 ? fallback : scripts[0];
  }

  /** How many letters of {@code text} are in {@code script}. */
  public static long letters(String text, int script) {
    return text.codePoints()
        .filter(Character::isLetter)
        .filter(cp -> UScript.getScript(cp) == script)
        .count();
  }

  /** How many letters {@code text} has in all. */
  public static long letters(String text) {
    return text.codePoints().filter(Character::isLetter).count();
  }

  /**
   * How many letters of {@code text} each script has, by ICU {@link UScript} code; one pass over
   * the text.
   */
  public static Map<Integer, Long> lettersByScript(CharSequence text) {
    Map<Integer, Long> counts = new HashMap<>();
    text.codePoints()
        .filter(Character::isLetter)
        .forEach(cp -> counts.merge(UScript.getScript(cp), 1L, Long::sum));
    return counts;
  }
}
