package dev.dossier.search;

import dev.dossier.analysis.Transcriber;
import dev.dossier.config.Glossary;
import dev.dossier.config.NameVariants;
import dev.dossier.config.TranscriptionTable;
import dev.dossier.index.IndexSchema;
import java.nio.file.Path;
import java.util.List;

/**
 * The files of the configuration a name search reads: name variants, place names, the glossary and
 * the transcription rules. Read at query time, so a new line needs no re-index; re-read only when a
 * file changes.
 */
final class NameResourceFiles {

  private final ConfigFile<NameVariants> variants;
  private final ConfigFile<GlossaryLookup> glossary;
  private final ConfigFile<NameVariants> places;
  private final ConfigFile<Transcriber> transcriber;

  /**
   * The files of {@code schema}'s configuration folder, parsed on a thread of their own while the
   * caller gets on with its query: in a fresh process they (about 2,000 lines) cost some 40 ms of
   * interpreted code.
   */
  NameResourceFiles(IndexSchema schema) {
    Path dir = schema.configDirectory();
    this.variants =
        new ConfigFile<>(dir.resolve(NameVariants.FILE_NAME), () -> NameVariants.load(dir));
    this.glossary =
        new ConfigFile<>(
            dir.resolve(Glossary.FILE_NAME), () -> new GlossaryLookup(Glossary.load(dir), schema));
    this.places =
        new ConfigFile<>(
            List.of(
                dir.resolve(NameVariants.PLACES_FILE_NAME),
                dir.resolve(NameVariants.EXTRA_PLACES_FILE_NAME)),
            () -> NameVariants.loadPlaces(dir));
    this.transcriber =
        new ConfigFile<>(
            List.of(
                dir.resolve(TranscriptionTable.FILE_NAME),
                dir.resolve(TranscriptionTable.COSTS_FILE_NAME)),
            () -> new Transcriber(TranscriptionTable.load(dir)));
    Thread prefetch = new Thread(this::prefetch, "dossier-name-resources");
    prefetch.setDaemon(true);
    prefetch.start();
  }

  private void prefetch() {
    try {
      places.get();
      variants.get();
      transcriber.get();
      glossary.get();
    } catch (RuntimeException e) {
      // a bad file is reported by the search that needs it, on the caller's thread
    }
  }

  /** What the files say now. */
  NameResources current() {
    return new NameResources(variants.get(), places.get(), glossary.get(), transcriber.get());
  }

  /** The name variants as the file says now. */
  NameVariants variants() {
    return variants.get();
  }
}
