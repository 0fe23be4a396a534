package dev.dossier.search;

import java.util.Locale;

/**
 * How a word of the text matched a word of the query, best first. Each level scores in its own
 * band, {@code weight} plus the BM25 score squashed into [0, 1), so a better level always outranks
 * a worse one and BM25 orders documents within a level.
 */
public enum MatchLevel {
  /** The word as typed (lowercased, ё as е). */
  EXACT(11),
  /** Another inflected form, by the language's stemmer. */
  STEMMED(10),
  /** The same transliteration key (Хрущева ↔ Khrushchev). */
  TRANSLITERATED(9),
  /**
   * The conventional name of a place in the other language, from the Unicode CLDR (Italy ↔ Италия,
   * Vienna ↔ Вена).
   */
  CONVENTIONAL(8),
  /**
   * A translation the archive itself shows: the two names stand in aligned passages of a bilingual
   * document.
   */
  LEARNT(7),
  /**
   * Written by sound in the other script, by the rules of index-config/transcription.txt (Roosevelt
   * ↔ Рузвельт).
   */
  TRANSCRIBED(6),
  /** A shared Beider–Morse code (Guevara ↔ Гевара). */
  PHONETIC(5),
  /**
   * A variant from index-config/name-variants.txt, for romanizations no rule connects (Mao Tse-tung
   * ↔ Mao Zedong).
   */
  ALIAS(4),
  /** The other language's term from index-config/glossary.txt (labor unions ↔ профсоюзы). */
  GLOSSARY(3),
  /** One edit away from a form found by the levels above (Гевара → Гезара, Тевара). */
  OCR_FUZZY(2),
  /** A wildcard, prefix, fuzzy or regular-expression term the user wrote. */
  PATTERN(10);

  private final int weight;

  MatchLevel(int weight) {
    this.weight = weight;
  }

  /** The bottom of this level's score band. */
  int weight() {
    return weight;
  }

  /**
   * Whether a match at this level is only a similarity (a shared sound code, one OCR edit): such
   * matches are counted apart and listed only when asked for (search --similar), so that they never
   * flood a result list.
   */
  public boolean similarOnly() {
    return this == PHONETIC || this == OCR_FUZZY;
  }

  /**
   * The name shown by --explain: exact, stemmed, transliterated, phonetic, alias, glossary,
   * OCR-fuzzy, pattern.
   */
  public String label() {
    return this == OCR_FUZZY ? "OCR-fuzzy" : name().toLowerCase(Locale.ROOT);
  }
}
