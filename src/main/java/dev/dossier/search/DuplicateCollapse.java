package dev.dossier.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;

/**
 * One result list's duplicates: a document with the same text as a better-ranked one is left out
 * (unless they are shown), and the one listed names the others ("also in"). Kept across the pages
 * of a stream, so a duplicate is left out of the pages after its first too.
 */
final class DuplicateCollapse {

  private final Duplicates duplicates;
  private final boolean collapse;
  private final Set<Integer> hidden = new HashSet<>();
  private final Map<Integer, List<String>> alsoIn = new HashMap<>();

  /** Duplicates found through {@code duplicates}; left out when {@code collapse}. */
  DuplicateCollapse(Duplicates duplicates, boolean collapse) {
    this.duplicates = duplicates;
    this.collapse = collapse;
  }

  /** The hits of {@code ranked}, in order, without the duplicates of hits before them. */
  List<ScoreDoc> keep(ScoreDoc[] ranked) throws IOException {
    List<ScoreDoc> kept = new ArrayList<>();
    for (ScoreDoc hit : ranked) {
      if (collapse && hidden.contains(hit.doc)) {
        continue;
      }
      List<Integer> same = duplicates.of(hit.doc);
      List<String> ids = new ArrayList<>();
      for (int doc : same) {
        ids.add(duplicates.id(doc));
        hidden.add(doc);
      }
      ids.sort(null);
      alsoIn.put(hit.doc, ids);
      kept.add(hit);
    }
    return kept;
  }

  /** The ids of the documents with the same text as {@code doc}, a hit kept. */
  List<String> alsoIn(int doc) {
    return alsoIn.getOrDefault(doc, List.of());
  }
}
