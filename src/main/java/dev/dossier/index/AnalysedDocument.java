package dev.dossier.index;

import dev.dossier.align.Alignment;
import dev.dossier.model.ArchiveDocument;

/**
 * An archive document with its two texts analysed once and aligned: everything the mapper needs to
 * build the Lucene document without analysing anything again.
 *
 * @param document the document as read
 * @param original its original text, analysed
 * @param translation its translation, analysed (empty tokens when there is none)
 * @param alignment the parallel passages of the two
 */
public record AnalysedDocument(
    ArchiveDocument document, TextTokens original, TextTokens translation, Alignment alignment) {}
