package dev.dossier.search;

import dev.dossier.analysis.Transcriber;
import dev.dossier.config.Glossary;
import dev.dossier.config.NameVariants;
import dev.dossier.config.TranscriptionTable;
import dev.dossier.index.IndexSchema;

/**
 * What the configuration gives query building beyond the analyzers, all read at query time: name
 * variants (aliases), conventional place names, the glossary and the transcription rules.
 */
record NameResources(
    NameVariants variants, NameVariants places, GlossaryLookup glossary, Transcriber transcriber) {

  /**
   * No variants, no glossary, no transcription: words match as the analyzers and name keys alone
   * allow.
   */
  static NameResources none(IndexSchema schema) {
    return new NameResources(
        NameVariants.none(),
        NameVariants.none(),
        new GlossaryLookup(Glossary.none(), schema),
        new Transcriber(TranscriptionTable.none()));
  }
}
