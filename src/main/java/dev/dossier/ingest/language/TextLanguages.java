package dev.dossier.ingest.language;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A document's texts and their languages, by the rule the readers share: a text's language is what
 * the source says, else what {@link LanguageIdentifier} finds. A text the source says is not in the
 * original language is a translation (as the source mappings' {@code RecordMapper} reads the Wilson
 * Center's records).
 */
public record TextLanguages(
    String originalLanguage, String original, String translationLanguage, String translation) {

  private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");

  /**
   * The least share of a body's letters each script must hold for the body to be read as original
   * plus translation: a translation is about as long as its original, so a quarter leaves room for
   * a partial one, while a stamp, a note or a line of OCR noise in the other script stays far below
   * it.
   */
  private static final double BILINGUAL_SHARE = 0.25;

  /**
   * One text: in {@code language} when the source names it, else identified; a translation when the
   * source names another {@code originalLanguage} and the text is known to be in a different one.
   */
  public static TextLanguages of(
      String text, Optional<String> language, Optional<String> originalLanguage) {
    String textLanguage = language.orElseGet(() -> LanguageIdentifier.identify(text));
    if (originalLanguage.isPresent()
        && !originalLanguage.get().equals(textLanguage)
        && !textLanguage.equals("und")) {
      return new TextLanguages(originalLanguage.get(), "", textLanguage, text);
    }
    return new TextLanguages(originalLanguage.orElse(textLanguage), text, "", "");
  }

  /**
   * One text whose declared language is not to be trusted over the text itself (an HTML page's
   * {@code lang} is often its site template's): identified, and the declared language used only
   * when the identifier cannot tell.
   */
  public static TextLanguages identifiedFirst(String text, Optional<String> declared) {
    String identified = LanguageIdentifier.identify(text);
    return new TextLanguages(
        identified.equals("und") ? declared.orElse("und") : identified, text, "", "");
  }

  /**
   * A body that may hold an original followed by its translation in another script (Russian then
   * English, as the archives' exports put them): divided by {@link LanguageSplitter} when both
   * Cyrillic and Latin blocks hold a quarter of its letters or more, so a stamp or a line of OCR
   * noise in the other script does not split it; else read as one text by {@link #of}.
   */
  public static TextLanguages ofBody(
      String body, Optional<String> language, Optional<String> originalLanguage) {
    List<String> blocks = blocks(body);
    long cyrillic = lettersInBlocksOf(blocks, UScript.CYRILLIC);
    long latin = lettersInBlocksOf(blocks, UScript.LATIN);
    long letters = Scripts.letters(body);
    if (letters == 0 || cyrillic < BILINGUAL_SHARE * letters || latin < BILINGUAL_SHARE * letters) {
      return of(body, language, originalLanguage);
    }
    int firstScript =
        blocks.stream()
            .mapToInt(TextLanguages::dominantScript)
            .filter(s -> s != UScript.INVALID_CODE)
            .findFirst()
            .orElse(UScript.CYRILLIC);
    int otherScript = firstScript == UScript.CYRILLIC ? UScript.LATIN : UScript.CYRILLIC;
    // The splitter needs a language in each script; a declared one when it is in that script, else
    // a stand-in.
    Optional<String> declaredOriginal =
        originalLanguage.or(
            () -> language.filter(l -> Scripts.of(l, UScript.INVALID_CODE) == firstScript));
    Optional<String> declaredTranslation =
        language.filter(l -> Scripts.of(l, UScript.INVALID_CODE) == otherScript);
    String splitterTranslation =
        declaredTranslation.orElse(otherScript == UScript.LATIN ? "en" : "ru");
    SplitText split =
        LanguageSplitter.split(body, declaredOriginal.orElse("und"), splitterTranslation);
    if (split.translation().isEmpty()) {
      return of(split.original(), language, originalLanguage);
    }
    return new TextLanguages(
        declaredOriginal.orElseGet(() -> LanguageIdentifier.identify(split.original())),
        split.original(),
        declaredTranslation.orElseGet(() -> LanguageIdentifier.identify(split.translation())),
        split.translation());
  }

  private static List<String> blocks(String body) {
    List<String> blocks = new ArrayList<>();
    for (String block : BLANK_LINES.split(body.strip())) {
      if (!block.isBlank()) {
        blocks.add(block);
      }
    }
    return blocks;
  }

  /** The letters of {@code script} in the blocks where that script has the most letters. */
  private static long lettersInBlocksOf(List<String> blocks, int script) {
    return blocks.stream()
        .filter(b -> dominantScript(b) == script)
        .mapToLong(b -> Scripts.letters(b, script))
        .sum();
  }

  /**
   * Cyrillic or Latin, whichever has more letters in {@code block}; neither when it has none of
   * either.
   */
  private static int dominantScript(String block) {
    long cyrillic = Scripts.letters(block, UScript.CYRILLIC);
    long latin = Scripts.letters(block, UScript.LATIN);
    if (cyrillic == 0 && latin == 0) {
      return UScript.INVALID_CODE;
    }
    return cyrillic > latin ? UScript.CYRILLIC : UScript.LATIN;
  }
}
