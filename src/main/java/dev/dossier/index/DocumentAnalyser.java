package dev.dossier.index;

import dev.dossier.align.Aligner;
import dev.dossier.config.Glossary;
import dev.dossier.model.ArchiveDocument;

/**
 * Analyses a document's texts once, by the chains of their languages, and aligns them from that
 * analysis: the step between reading a document and mapping it to Lucene. Thread-safe.
 */
public final class DocumentAnalyser {

  private final IndexSchema schema;
  private final Aligner aligner;

  /** An analyser for the languages and glossary of {@code schema}'s configuration. */
  public DocumentAnalyser(IndexSchema schema) {
    this.schema = schema;
    this.aligner = new Aligner(Glossary.load(schema.configDirectory()), schema::stems);
  }

  /** The document analysed and aligned. */
  public AnalysedDocument analyse(ArchiveDocument doc) {
    TextTokens original = schema.analyse(doc.originalLanguage(), doc.original());
    TextTokens translation = schema.analyse(doc.translationLanguage(), doc.translation());
    return new AnalysedDocument(
        doc,
        original,
        translation,
        aligner.align(
            original.forAlignment(doc.originalLanguage()),
            translation.forAlignment(doc.translationLanguage())));
  }
}
