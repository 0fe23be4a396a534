package dev.dossier.analysis;

import java.util.List;

/**
 * The cross-script keys of one word.
 *
 * @param translit the word transliterated to lowercase ASCII (BGN/PCGN for Russian) with one
 *     inflectional ending removed: Хрущева, Хрущеву and Khrushchev all give {@code khrushchev}
 * @param phonetic Beider–Morse phonetic codes of {@code translit}: Guevara and Гевара share {@code
 *     gevar}-like codes
 */
public record NameKey(String translit, List<String> phonetic) {
  public NameKey {
    phonetic = List.copyOf(phonetic);
  }
}
