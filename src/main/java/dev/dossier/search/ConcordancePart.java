package dev.dossier.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The documents of one index (the embedded one, or a shard of a collection) that hold a term in
 * aligned passages: how many, and the first ones in {@link ConcordanceDocument#ORDER}, at most
 * {@link #MAX_DOCUMENTS}.
 *
 * @param language the declared language the term was found to be in
 * @param total how many documents hold the term
 * @param documents the first of them, in order
 */
public record ConcordancePart(String language, int total, List<ConcordanceDocument> documents) {

  /** Documents a concordance reads at most: the first in its order. */
  public static final int MAX_DOCUMENTS = 100_000;

  public ConcordancePart {
    documents = List.copyOf(documents);
  }

  /**
   * The parts of a collection's shards as one: their totals added up, their documents in order, the
   * first {@code documents} kept.
   */
  public static ConcordancePart merge(List<ConcordancePart> parts, int documents) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no part to merge");
    }
    List<ConcordanceDocument> all = new ArrayList<>();
    parts.forEach(p -> all.addAll(p.documents()));
    all.sort(ConcordanceDocument.ORDER);
    int keep = Math.min(all.size(), Math.min(documents, MAX_DOCUMENTS));
    return new ConcordancePart(
        parts.get(0).language(),
        parts.stream().mapToInt(ConcordancePart::total).sum(),
        all.subList(0, keep));
  }
}
