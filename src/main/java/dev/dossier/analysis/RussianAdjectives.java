package dev.dossier.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The nouns a Russian adjective of a proper name is made from: Russian names a strait, a group of
 * islands or an ocean by an adjective (Малаккский пролив, Багамские острова, Кокосовые острова,
 * Атлантический океан), where English writes the name itself (the Strait of Malacca, the Bahamas,
 * the Cocos Islands, the Atlantic). The adjective's suffix is taken off, and the noun's usual
 * endings tried: Малаккский → Малакк, Малакка; Багамские → Багамы; Кокосовые → Кокос; Атлантический
 * → Атлантик, Атлантика; Каспийское → Каспий.
 *
 * <p>The suffixes are those of relative adjectives from names (-ск-, -ическ-, -ов-/-ев-, and the
 * short possessive -ов-/-ев- of Соломоновы острова), as described for place names by A. V.
 * Superanskaya, "Obshchaya teoriya imeni sobstvennogo" (1973), and in the Russian grammar of 1980
 * (§ 356–368). The result is only ever a candidate: it is matched against the names the index
 * holds, like any other spelling.
 */
public final class RussianAdjectives {

  /** Adjective endings, longest first. */
  private static final String[] ENDINGS = {
    "ого", "его", "ому", "ему", "ыми", "ими", "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие",
    "ым", "им", "ом", "ем", "ых", "их", "ую", "юю"
  };

  /** A noun shorter than this is not a name. */
  private static final int MIN_NOUN = 3;

  private RussianAdjectives() {}

  /**
   * The nouns {@code word} may be the adjective of, lowercase, most likely first; empty when it
   * does not end as an adjective of a name.
   */
  public static List<String> nounsOf(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    if (!RussianRomanizer.isRussian(lower)) {
      return List.of();
    }
    String possessive = possessiveStem(lower);
    if (possessive != null) { // Соломоновы острова → Соломон
      return List.of(possessive);
    }
    String stem = withoutEnding(lower);
    if (stem == null) {
      return List.of();
    }
    Set<String> nouns = new LinkedHashSet<>();
    if (stem.endsWith("ическ")) {
      String base = stem.substring(0, stem.length() - 5);
      add(nouns, base + "ик");
      add(nouns, base + "ика");
    } else if (stem.endsWith("ск")) {
      String base = stem.substring(0, stem.length() - 2);
      add(nouns, base);
      for (String ending : new String[] {"а", "ы", "и", "ия"}) {
        add(nouns, base + ending);
      }
      if (base.endsWith("ан")) { // Американский → Америка
        add(nouns, base.substring(0, base.length() - 2) + "а");
      }
      if (base.endsWith("ий")) { // Индийский → Индия
        add(nouns, base.substring(0, base.length() - 2) + "ия");
      }
    } else if (stem.endsWith("ов") || stem.endsWith("ев")) {
      add(nouns, stem.substring(0, stem.length() - 2));
    }
    return new ArrayList<>(nouns);
  }

  /**
   * The noun of a short possessive adjective in -ов-/-ев- (Соломоновы, Маршалловы острова; Петрова
   * земля), null for any other word.
   */
  private static String possessiveStem(String lower) {
    for (String suffix : new String[] {"овы", "евы", "ова", "ева", "ово", "ево"}) {
      if (lower.endsWith(suffix) && lower.length() - suffix.length() >= MIN_NOUN) {
        return lower.substring(0, lower.length() - suffix.length());
      }
    }
    return null;
  }

  private static void add(Set<String> nouns, String noun) {
    if (noun.length() >= MIN_NOUN) {
      nouns.add(noun);
    }
  }

  private static String withoutEnding(String lower) {
    for (String ending : ENDINGS) {
      if (lower.endsWith(ending) && lower.length() - ending.length() >= MIN_NOUN + 2) {
        return lower.substring(0, lower.length() - ending.length());
      }
    }
    return null;
  }
}
