package dev.dossier.analysis;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link NameKeys} of words, each computed once: words repeat (names most of all), and
 * Beider–Morse is costly. Owned, not global: each {@link NameKeyFilterFactory}, so each names chain
 * of an index schema, has its own, which lives and dies with the schema's analyzers (an indexing
 * run with a new schema starts cold, as a fresh process does). Thread-safe: an indexing run's
 * threads share it.
 */
public final class NameKeyCache {

  /**
   * Entries per map, at most; past it the map starts afresh (crude, but bounded: a new word costs
   * one computation).
   */
  static final int CAPACITY = 100_000;

  private final Map<String, NameKey> keys = new ConcurrentHashMap<>();

  /**
   * Beider–Morse codes by translit key: the case forms of a name (Гевары, Геваре, Гевару) share one
   * key, so the costly encoding runs once per key, not once per form.
   */
  private final Map<String, List<String>> codes = new ConcurrentHashMap<>();

  /** The keys of {@code word}, as {@link NameKeys#of(String)} computes them. */
  public NameKey of(String word) {
    NameKey cached = keys.get(word);
    if (cached != null) {
      return cached;
    }
    NameKey key = NameKeys.of(word, this::codes);
    remember(keys, word, key);
    return key;
  }

  private List<String> codes(String translit) {
    List<String> cached = codes.get(translit);
    if (cached != null) {
      return cached;
    }
    List<String> computed = NameKeys.codes(translit);
    remember(codes, translit, computed);
    return computed;
  }

  private static <V> void remember(Map<String, V> map, String key, V value) {
    if (map.size() >= CAPACITY) {
      map.clear();
    }
    map.put(key, value);
  }
}
