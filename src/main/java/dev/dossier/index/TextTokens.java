package dev.dossier.index;

import dev.dossier.align.AnalysedText;
import dev.dossier.analysis.RecordedTokens;

/**
 * One document text analysed for its three fields, once: what the index gets (by replay) and what
 * the aligner reads (stems and name keys with their offsets), so neither analyses the text again.
 *
 * @param slot the language slot the text is indexed under (ru, en, und)
 * @param text the text
 * @param stemmed tokens of the {@code text_<slot>} chain
 * @param exact tokens of the {@code text_<slot>_exact} chain
 * @param names tokens of the {@code names_<slot>} chain
 */
public record TextTokens(
    String slot, String text, RecordedTokens stemmed, RecordedTokens exact, RecordedTokens names) {

  /** What the aligner needs of this text, written in {@code language}. */
  public AnalysedText forAlignment(String language) {
    return new AnalysedText(text, language, stemmed, names);
  }
}
