package dev.dossier.search;

import dev.dossier.config.NameVariants;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import java.util.List;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Query;

/**
 * The one place where a user's query becomes a Lucene query, for the embedded index ({@link
 * Searcher}) and for Dossier's Solr query parser on each shard alike: the query language, the match
 * levels and their bands, dis_max across languages, name expansion from the index's own terms,
 * aliases, conventional names, glossary and transcription rules (read at query time from the
 * configuration folder, again when a file changes).
 */
public final class QueryPlanner {

  /**
   * A query planned against one index.
   *
   * @param full every level, similar ones included
   * @param listed the documents to list: {@code full} without its similarity levels, unless they
   *     were asked for
   * @param units what the user searched for, for --explain
   */
  public record Plan(Query full, Query listed, List<QueryUnit> units) {
    /**
     * Whether some documents may match only by similarity: {@code full} and {@code listed} differ.
     */
    public boolean hasSimilar() {
      return full != listed;
    }
  }

  private final IndexSchema schema;
  private final NameResourceFiles files;

  /**
   * A planner by the analyzers of {@code schema} and the files of its configuration folder, which
   * it starts reading on a thread of its own so that the first search does not wait for them.
   */
  public QueryPlanner(IndexSchema schema) {
    this.schema = schema;
    this.files = new NameResourceFiles(schema);
  }

  /** The schema whose analyzers and configuration the planner uses. */
  public IndexSchema schema() {
    return schema;
  }

  /**
   * The name variants of the configuration (aliases and, with {@code a != b}, names kept apart).
   */
  NameVariants variants() {
    return files.variants();
  }

  /**
   * Plans {@code query} against {@code reader}, whose texts are in {@code languages}: with {@code
   * exact}, no expansion; with {@code similar}, documents that match only by similarity are listed
   * too.
   */
  public Plan plan(
      String query, boolean exact, boolean similar, IndexReader reader, List<String> languages)
      throws QuerySyntaxException {
    UnitQueries units =
        new UnitQueries(
            schema,
            exact // an exact search expands nothing: the files need not even be read
                ? NameResources.none(schema)
                : files.current(),
            new NameSeeds(reader),
            exact,
            languages);
    QueryReader.Parsed parsed = QueryReader.read(schema, query, units);
    Query full = parsed.query();
    return new Plan(full, similar ? full : StrongQuery.of(full), parsed.units());
  }

  /**
   * The declared languages {@code reader}'s index has texts in (a {@code text_xx} field in some
   * segment), in declaration order; all of them when it has none. Read from the segments' field
   * infos, in memory once open.
   */
  public List<String> indexedLanguages(IndexReader reader) {
    return indexedLanguages(schema, reader);
  }

  /**
   * The declared languages {@code reader}'s index has texts in, in declaration order; all when it
   * has none.
   */
  static List<String> indexedLanguages(IndexSchema schema, IndexReader reader) {
    java.util.Set<String> fields = new java.util.HashSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      for (FieldInfo info : leaf.reader().getFieldInfos()) {
        fields.add(info.name);
      }
    }
    List<String> present =
        schema.languages().stream().filter(l -> fields.contains(Fields.text(l))).toList();
    return present.isEmpty() ? schema.languages() : present;
  }
}
