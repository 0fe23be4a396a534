package dev.dossier.analysis;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * Computes {@link NameKey}s: the one mechanism that lets a name match across scripts, spellings and
 * cases.
 *
 * <ol>
 *   <li>Transliterate to Latin with ICU's {@code Russian-Latin/BGN} transform (BGN/PCGN keeps ш, щ
 *       and ч apart as sh, shch and ch, where Any-Latin plus accent stripping would merge them),
 *       then any other script with {@code Any-Latin}, then fold to lowercase ASCII.
 *   <li>Remove one inflectional ending, the same way on both sides: the Russian case endings as BGN
 *       writes them (-a, -y, -u, -e, -om, -oy, -ym, -ogo, ...), which also takes a final vowel off
 *       a Latin word. Гевары, Геваре, Гевару → gevar; Guevara → guevar; Кубы → kub; Cuba → cub. A
 *       stem keeps at least three letters.
 *   <li>Encode that stem with Beider–Morse phonetic matching (commons-codec; generic names, exact
 *       rules), whose rules know Spanish "gu", English "c" and "kh", and many romanizations:
 *       Guevara and Гевара, Cuba and Куба, Alekseev and Alekseyev share a code. The exact rule set,
 *       not the approximate one, because approximate codes also join Гевара with Говорю.
 * </ol>
 *
 * <p>Sources: BGN/PCGN romanization via ICU transforms; A. Beider and S. Morse, "Phonetic Matching:
 * A Better Soundex" (2010), as implemented in commons-codec.
 */
public final class NameKeys {

  /**
   * Russian case endings, longest first, removed from a Russian word before it is romanized: the
   * endings are told apart in Cyrillic, where BGN's Latin merges them with other letters (э and е
   * are both "e", so Уитлэм would lose "em" as if it were Уитлем's instrumental ending, and share a
   * key with Уитли). Not a final о: names that end in it do not decline (Тито, Сато, Громыко,
   * Токио), and without it Сато's key would be Сата's.
   */
  private static final String[] CYRILLIC_ENDINGS = {
    "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ою", "ею", "ях", "ах", "ая", "яя",
    "ий", "ый", "ой", "ей", "ом", "ем", "ым", "им", "я", "ю", "а", "у", "е", "ы", "и", "й"
  };

  /**
   * Endings removed from a word of another script once transliterated, longest first: the BGN
   * spellings of the Russian endings above, which also take a final vowel off a Latin word (Guevara
   * → guevar, as Гевара → gevar).
   */
  private static final String[] ENDINGS = {
    "yami", "ami", "ogo", "ego", "omu", "emu", "ymi", "imi", "oyu", "eyu", "yakh", "akh", "aya",
    "yaya", "iy", "yy", "oy", "ey", "om", "em", "ym", "im", "ya", "yu", "ye", "a", "u", "e", "y",
    "i"
  };

  private static final int MIN_STEM = 3;

  /** Shorter keys ("he", "in") are not names: too many words share them. */
  public static final int MIN_KEY = 3;

  private static final PhoneticEngine PHONETIC =
      new PhoneticEngine(NameType.GENERIC, RuleType.EXACT, true);
  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(
          () -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower"));

  private NameKeys() {}

  /**
   * The keys of {@code word}, computed on each call; its translit key is empty when the word has
   * fewer than {@link #MIN_KEY} letters. The indexer reads them through a {@link NameKeyCache},
   * which computes each word once.
   */
  public static NameKey of(String word) {
    return of(word, NameKeys::codes);
  }

  /** The form of a word by which the index looks its keys up: lowercased, ё as е. */
  public static String lookupForm(String word) {
    return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  /**
   * The keys of {@code word}, the phonetic codes of its key taken from {@code codes} (which may
   * cache them).
   */
  static NameKey of(String word, Function<String, List<String>> codes) {
    String translit = translit(word);
    if (translit.length() < MIN_KEY) {
      return new NameKey("", List.of());
    }
    // codes of the key a Russian text would have: a Latin name loses its ending for them as a
    // Russian one does,
    // so Guevara and Гевара still share a code (the alignment's name anchors rely on it)
    String comparable = russianKey(word);
    return new NameKey(
        translit, codes.apply(comparable.length() < MIN_KEY ? translit : comparable));
  }

  /**
   * The Beider–Morse codes of a translit key (non-empty, letters only), distinct, in the engine's
   * order.
   */
  static List<String> codes(String translit) {
    return List.copyOf(phonetic(translit));
  }

  /**
   * The name key of {@code word} in the index: a Russian word romanized after its case ending is
   * removed (Хрущева, Хрущеву → khrushchev), a word of the Latin alphabet as its letters
   * (Roosevelt's → roosevelt: a Latin name does not decline, and without its last vowel it would be
   * another word's key: Tito is not Tit), a word of another script transliterated and stripped like
   * a Russian one.
   */
  public static String translit(String word) {
    String lower = withoutPossessive(word).toLowerCase(Locale.ROOT).replace('ё', 'е');
    if (RussianRomanizer.isRussian(lower)) {
      return RussianRomanizer.romanize(withoutEnding(lower, CYRILLIC_ENDINGS));
    }
    String letters = asciiLetters(lower);
    return isLatin(lower) ? letters : withoutEnding(letters, ENDINGS);
  }

  /**
   * The key a Russian text would give {@code word} written letter for letter: a Russian word's own
   * key; a word of another script transliterated and less the Latin spelling of a case ending
   * (Guevara → guevar, Kennedy → kenned, as Кеннеди → kenned). The transliterated level compares a
   * query word with Russian names by it.
   */
  public static String russianKey(String word) {
    String lower = withoutPossessive(word).toLowerCase(Locale.ROOT).replace('ё', 'е');
    if (RussianRomanizer.isRussian(lower)) {
      return RussianRomanizer.romanize(withoutEnding(lower, CYRILLIC_ENDINGS));
    }
    return withoutEnding(asciiLetters(lower), ENDINGS);
  }

  /**
   * A lowercase Russian word less its case ending (Хрущеву → хрущев), as its name key is made from
   * it.
   */
  public static String cyrillicStem(String lower) {
    return withoutEnding(lower, CYRILLIC_ENDINGS);
  }

  /**
   * The letters a-z of {@code lower} transliterated to ASCII (ICU only for letters that are not
   * ASCII already).
   */
  private static String asciiLetters(String lower) {
    // ASCII is its own transliteration: skip ICU, whose transforms take a fifth of a second to load
    String latin = isAscii(lower) ? lower : TO_LATIN.get().transliterate(lower);
    StringBuilder letters = new StringBuilder(latin.length());
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letters.append(c);
      }
    }
    return letters.toString();
  }

  /** Whether every letter of {@code s} is of the Latin script (accented letters too). */
  private static boolean isLatin(String s) {
    boolean any = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetter(cp)) {
        if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
          return false;
        }
        any = true;
      }
      i += Character.charCount(cp);
    }
    return any;
  }

  /**
   * {@code word} less the first of {@code endings} it ends with, when at least {@link #MIN_STEM}
   * letters remain.
   */
  private static String withoutEnding(String word, String[] endings) {
    for (String ending : endings) {
      if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
        return word.substring(0, word.length() - ending.length());
      }
    }
    return word;
  }

  private static String withoutPossessive(String word) {
    int n = word.length();
    if (n >= 2
        && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')
        && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '’')) {
      return word.substring(0, n - 2);
    }
    return word;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static List<String> phonetic(String translit) {
    // Beider–Morse rejects empty input (cf. LUCENE-10360); translit is non-empty and letters only
    // here.
    Set<String> codes = new LinkedHashSet<>();
    for (String code : PHONETIC.encode(translit).split("\\|")) {
      String c = code.strip();
      if (!c.isEmpty() && c.chars().allMatch(Character::isLetter)) {
        codes.add(c);
      }
    }
    return new ArrayList<>(codes);
  }
}
