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
    Shared shared = Shared.of(dir);
    this.variants = shared.variants;
    this.places = shared.places;
    this.transcriber = shared.transcriber;
    this.glossary =
        new ConfigFile<>(
            dir.resolve(Glossary.FILE_NAME), () -> new GlossaryLookup(Glossary.load(dir), schema));
    Thread prefetch =
        new Thread(
            () -> {
              shared.prefetch();
              get(glossary);
            },
            "dossier-name-resources");
    prefetch.setDaemon(true);
    prefetch.start();
  }

  /**
   * Starts reading the files of {@code configDir} that need no schema (variants, places and the
   * transcription rules: most of the parsing), before the schema is built: a one-shot search
   * started it as soon as it knew the folder, so that the files are parsed while the analyzers are
   * built and the index opened, not while the query waits.
   */
  static void prefetch(Path configDir) {
    Shared shared = Shared.of(configDir);
    Thread prefetch = new Thread(shared::prefetch, "dossier-name-files");
    prefetch.setDaemon(true);
    prefetch.start();
  }

  /** The files that need no schema, one set per configuration folder in a process. */
  private record Shared(
      ConfigFile<NameVariants> variants,
      ConfigFile<NameVariants> places,
      ConfigFile<Transcriber> transcriber) {

    private static final java.util.Map<Path, Shared> BY_FOLDER =
        new java.util.concurrent.ConcurrentHashMap<>();

    static Shared of(Path dir) {
      return BY_FOLDER.computeIfAbsent(dir.toAbsolutePath().normalize(), Shared::read);
    }

    private static Shared read(Path dir) {
      return new Shared(
          new ConfigFile<>(dir.resolve(NameVariants.FILE_NAME), () -> NameVariants.load(dir)),
          new ConfigFile<>(
              List.of(
                  dir.resolve(NameVariants.PLACES_FILE_NAME),
                  dir.resolve(NameVariants.EXTRA_PLACES_FILE_NAME)),
              () -> NameVariants.loadPlaces(dir)),
          new ConfigFile<>(
              List.of(
                  dir.resolve(TranscriptionTable.FILE_NAME),
                  dir.resolve(TranscriptionTable.COSTS_FILE_NAME)),
              () -> new Transcriber(TranscriptionTable.load(dir))));
    }

    void prefetch() {
      get(places);
      get(variants);
      get(transcriber);
    }
  }

  /** Reads a file ahead; a bad file is reported by the search that needs it, on its own thread. */
  private static void get(ConfigFile<?> file) {
    try {
      file.get();
    } catch (RuntimeException e) {
      // reported when the search asks
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
