package dev.dossier.ingest;

import com.ibm.icu.lang.UScript;

/** Stand-in until the statistical identifier lands: Cyrillic text is Russian, other text undetermined. */
public final class LanguageIdentifier {

  private LanguageIdentifier() {}

  /** The ISO 639-1 code of the text's language, or {@code und}. */
  public static String identify(String text) {
    long letters = Scripts.letters(text);
    if (letters > 0 && Scripts.letters(text, UScript.CYRILLIC) * 2 > letters) {
      return "ru";
    }
    return "und";
  }
}
