package dev.dossier.search;

import dev.dossier.analysis.NameKeys;
import dev.dossier.config.NameVariants;
import java.util.List;

/** The English adjectives of places, which are not names a query may find by sound. */
final class EnglishPlaceAdjectives {

  private EnglishPlaceAdjectives() {}

  /**
   * Whether a Latin-alphabet word is the adjective of a place the place-name files know, by the
   * English endings -n and -an, and their plurals (Cuban, Cubans, Korean, Indians): an adjective,
   * not a name written by sound in the other script (Cuban is not Кубань).
   */
  static boolean isOne(String word, NameVariants places) {
    String lower = NameKeys.lookupForm(word);
    if (!lower.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return false;
    }
    for (String ending : List.of("n", "an", "ns", "ans")) {
      if (lower.length() > ending.length() + 2
          && lower.endsWith(ending)
          && !places.of(lower.substring(0, lower.length() - ending.length())).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
