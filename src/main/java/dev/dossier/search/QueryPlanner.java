package dev.dossier.search;

import dev.dossier.analysis.Transcriber;
import dev.dossier.config.Glossary;
import dev.dossier.config.NameVariants;
import dev.dossier.config.TranscriptionTable;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import java.util.List;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Query;

/**
 * The one place where a user's query becomes a Lucene query, for the embedded index ({@link Searcher}) and for
 * Dossier's Solr query parser on each shard alike: the query language, the match levels and their bands, dis_max
 * across languages, name expansion from the index's own terms, aliases, conventional names, glossary and
 * transcription rules (read at query time from the configuration folder, again when a file changes).
 */
public final class QueryPlanner {

  /**
   * A query planned against one index.
   *
   * @param full every level, similar ones included
   * @param listed the documents to list: {@code full} without its similarity levels, unless they were asked for
   * @param units what the user searched for, for --explain
   */
  public record Plan(Query full, Query listed, List<QueryUnit> units) {
    /** Whether some documents may match only by similarity: {@code full} and {@code listed} differ. */
    public boolean hasSimilar() {
      return full != listed;
    }
  }

  private final IndexSchema schema;
  private final ConfigFile<NameVariants> variants;
  private final ConfigFile<GlossaryLookup> glossary;
  private final ConfigFile<NameVariants> places;
  private final ConfigFile<Transcriber> transcriber;

  /** A planner by the analyzers of {@code schema} and the files of its configuration folder. */
  public QueryPlanner(IndexSchema schema) {
    this.schema = schema;
    java.nio.file.Path config = schema.configDirectory();
    this.variants = new ConfigFile<>(config.resolve(NameVariants.FILE_NAME), () -> NameVariants.load(config));
    this.glossary = new ConfigFile<>(config.resolve(Glossary.FILE_NAME),
        () -> new GlossaryLookup(Glossary.load(config), schema));
    this.places = new ConfigFile<>(List.of(config.resolve(NameVariants.PLACES_FILE_NAME),
            config.resolve(NameVariants.EXTRA_PLACES_FILE_NAME)),
        () -> NameVariants.loadPlaces(config));
    this.transcriber = new ConfigFile<>(List.of(config.resolve(TranscriptionTable.FILE_NAME),
            config.resolve(TranscriptionTable.COSTS_FILE_NAME)),
        () -> new Transcriber(TranscriptionTable.load(config)));
  }

  /** Reads the configuration files a name search needs now, so that the first search does not wait for them. */
  public void prefetch() {
    try {
      places.get();
      variants.get();
      transcriber.get();
      glossary.get();
    } catch (RuntimeException e) {
      // a bad file is reported by the search that needs it, on the caller's thread
    }
  }

  /** The name variants of the configuration (aliases and, with {@code a != b}, names kept apart). */
  NameVariants variants() {
    return variants.get();
  }

  /**
   * Plans {@code query} against {@code reader}, whose texts are in {@code languages}: with {@code exact}, no
   * expansion; with {@code similar}, documents that match only by similarity are listed too.
   */
  public Plan plan(String query, boolean exact, boolean similar, IndexReader reader, List<String> languages)
      throws QuerySyntaxException {
    UnitQueries units =
        new UnitQueries(
            schema,
            exact // an exact search expands nothing: the files need not even be read
                ? NameResources.none(schema)
                : new NameResources(variants.get(), places.get(), glossary.get(), transcriber.get()),
            new NameSeeds(reader),
            exact,
            languages);
    QueryReader.Parsed parsed = QueryReader.read(schema, query, units);
    Query full = parsed.query();
    return new Plan(full, similar ? full : StrongQuery.of(full), parsed.units());
  }

  /** The declared languages {@code reader}'s index has texts in, in declaration order; all when it has none. */
  public List<String> indexedLanguages(IndexReader reader) {
    java.util.Set<String> fields = new java.util.HashSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      for (FieldInfo info : leaf.reader().getFieldInfos()) {
        fields.add(info.name);
      }
    }
    List<String> present = schema.languages().stream().filter(l -> fields.contains(Fields.text(l))).toList();
    return present.isEmpty() ? schema.languages() : present;
  }
}
