package dev.dossier.search;

import dev.dossier.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Puts a {@link Concordance} together from what an index gives, the same whether it is the embedded
 * index or the shards of a collection: the documents holding the term ({@link
 * ConcordanceShard#part}, merged across shards), then, for the candidate translations those
 * documents' counterpart passages hold, their counts in the rest of the index ({@link
 * ConcordanceShard#tally}, added up across shards). Candidates are the stems and stem bigrams of
 * the counterpart passages in the target language (stop words excluded; a bigram never spans one),
 * ranked by {@link TranslationRanking}.
 */
final class ConcordanceBuilder {

  /**
   * Counts {@code keys} in the aligned passages in {@code target} (a document's language code)
   * whose counterparts are in {@code source} (a declared language), less the passages whose text
   * hashes are {@code excluded}.
   */
  interface Tallier {
    PassageTally count(String source, String target, Set<String> keys, Set<Long> excluded)
        throws IOException;
  }

  private ConcordanceBuilder() {}

  /**
   * The concordance of {@code term} from the documents of {@code part}, with at most {@code
   * candidates} candidate translations counted by {@code tallier}.
   */
  static Concordance assemble(
      IndexSchema schema, String term, ConcordancePart part, int candidates, Tallier tallier)
      throws IOException {
    List<Concordance.Line> lines = new ArrayList<>();
    String targetLanguage = null;
    List<String> counterparts = new ArrayList<>();
    for (ConcordanceDocument doc : part.documents()) {
      for (ParallelPair pair : doc.pairs()) {
        lines.add(new Concordance.Line(doc.id(), pair.original(), pair.translation()));
        String counterpart = (doc.termInOriginal() ? pair.translation() : pair.original()).text();
        // the first document's other language is the target; documents translated into another are
        // left out
        if (!counterpart.isEmpty() && !doc.otherLanguage().isEmpty()) {
          targetLanguage = targetLanguage == null ? doc.otherLanguage() : targetLanguage;
          if (doc.otherLanguage().equals(targetLanguage)) {
            counterparts.add(counterpart);
          }
        }
      }
    }
    if (targetLanguage == null || candidates == 0) {
      return new Concordance(term, part.language(), lines, List.of());
    }
    TranslationRanking.Candidates found =
        new TranslationRanking(schema).candidates(targetLanguage, counterparts);
    PassageTally rest =
        tallier.count(part.language(), targetLanguage, found.keys(), found.excluded());
    return new Concordance(term, part.language(), lines, found.rank(rest, candidates));
  }
}
