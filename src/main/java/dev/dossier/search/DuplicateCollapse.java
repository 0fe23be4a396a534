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
  }

  private final Lookup<T> lookup;
  private final boolean collapse;
  private final Set<String> hidden = new HashSet<>();
  private final Map<String, List<String>> alsoIn = new HashMap<>();

  /** Duplicates found through {@code lookup}; left out when {@code collapse}. */
  DuplicateCollapse(Lookup<T> lookup, boolean collapse) {
    this.lookup = lookup;
    this.collapse = collapse;
  }

  /** The hits of {@code ranked}, in order, without the duplicates of hits before them. */
  List<T> keep(List<T> ranked) throws IOException {
    List<T> kept = new ArrayList<>();
    for (T hit : ranked) {
      String id = lookup.id(hit);
      if (collapse && hidden.contains(id)) {
        continue;
      }
      List<String> same = lookup.duplicates(hit);
      hidden.addAll(same);
      alsoIn.put(id, same);
      kept.add(hit);
    }
    return kept;
  }

  /** The ids of the documents with the same text as the kept hit {@code id}. */
  List<String> alsoIn(String id) {
    return alsoIn.getOrDefault(id, List.of());
  }

  /** {@code hits} of kept documents, each naming its duplicates. */
  List<SearchHit> named(List<SearchHit> hits) {
    return hits.stream().map(h -> h.withAlsoIn(alsoIn(h.id()))).toList();
  }
}
