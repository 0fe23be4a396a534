package dev.dossier.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One result list's duplicates, for the embedded index and Solr alike: a document with the same
 * text as a better-ranked one is left out (unless they are shown), and the one listed names the
 * others ("also in"). Kept across the pages of a stream, so a duplicate is left out of the pages
 * after its first too.
 *
 * @param <T> a ranked hit as the index gives it (a Lucene doc, a Solr document)
 */
final class DuplicateCollapse<T> {

  /** What the collapse needs to know of a ranked hit. */
  interface Lookup<T> {
    /** The hit's archive id. */
    String id(T hit) throws IOException;

    /** The ids of the other documents with the same text as the hit's, ascending. */
    List<String> duplicates(T hit) throws IOException;

    /** The hit's relevance score. */
    float score(T hit);
  }

  private final Lookup<T> lookup;
  private final boolean collapse;
  private final boolean byRelevance;
  private final Set<String> hidden = new HashSet<>();
  private final Map<String, List<String>> alsoIn = new HashMap<>();

  /**
   * Duplicates found through {@code lookup}; left out when {@code collapse}. In a list ranked
   * {@code byRelevance}, copies with the same score are represented by the one with the least id,
   * whichever the index ranked first: an equal score is a tie, which each index (and each Solr
   * shard) breaks by its own document order.
   */
  DuplicateCollapse(Lookup<T> lookup, boolean collapse, boolean byRelevance) {
    this.lookup = lookup;
    this.collapse = collapse;
    this.byRelevance = byRelevance;
  }

  /** The hits of {@code ranked}, in order, without the duplicates of hits before them. */
  List<T> keep(List<T> ranked) throws IOException {
    Map<String, T> byId = new HashMap<>();
    for (T hit : ranked) {
      byId.put(lookup.id(hit), hit);
    }
    List<T> kept = new ArrayList<>();
    for (T hit : ranked) {
      if (collapse && hidden.contains(lookup.id(hit))) {
        continue;
      }
      T listed = collapse ? representative(hit, byId) : hit;
      String id = lookup.id(listed);
      List<String> same = lookup.duplicates(listed);
      hidden.add(id); // listed once, even where it comes in the ranking after its stand-in
      hidden.addAll(same);
      alsoIn.put(id, same);
      kept.add(listed);
    }
    return kept;
  }

  /** {@code hit}, or a copy of it in the list with the same score and a lesser id. */
  private T representative(T hit, Map<String, T> byId) throws IOException {
    if (!byRelevance) {
      return hit;
    }
    T best = hit;
    for (String other : lookup.duplicates(hit)) {
      T copy = byId.get(other);
      if (copy != null
          && !hidden.contains(other)
          && Float.compare(lookup.score(copy), lookup.score(hit)) == 0
          && other.compareTo(lookup.id(best)) < 0) {
        best = copy;
      }
    }
    return best;
  }

  /** The ids of the documents with the same text as the kept hit {@code id}. */
  List<String> alsoIn(String id) {
    return alsoIn.getOrDefault(id, List.of());
  }

  /**
   * {@code hits} of kept documents, each naming its duplicates; what they name is then forgotten,
   * so a stream's memory does not grow with the hits it has handed on.
   */
  List<SearchHit> named(List<SearchHit> hits) {
    List<SearchHit> named = hits.stream().map(h -> h.withAlsoIn(alsoIn(h.id()))).toList();
    hits.forEach(h -> alsoIn.remove(h.id()));
    return named;
  }
}
