package dev.dossier.config;

import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;

/**
 * How the records of one collection's JSON, JSON Lines or CSV files become documents: which keys
 * hold the id, title, date, languages, texts and the searchable metadata. Read from one file of
 * {@code index-config/sources/}.
 *
 * @param name the mapping's file name without {@code .yaml}
 * @param file the mapping file, for messages
 * @param collection the collection's name, given to every document read with the mapping (may be
 *     empty)
 * @param files glob patterns on file names that choose this mapping for a file ({@code
 *     "stalin_works*.jsonl"})
 * @param keys keys a record must have for this mapping to fit it, when no file pattern chose a
 *     mapping
 * @param fields document fields ({@link #FIELDS}) to where their values are, alternatives in order:
 *     the first that gives a value is taken
 * @param metadata metadata kinds (field names such as {@code subject}) to the places their values
 *     are
 */
public record SourceMapping(
    String name,
    Path file,
    String collection,
    List<String> files,
    List<String> keys,
    Map<String, List<ValueSpec>> fields,
    Map<String, List<ValueSpec>> metadata) {

  /** The document fields a mapping can fill. */
  public static final List<String> FIELDS =
      List.of(
          "id",
          "title",
          "date",
          "language",
          "default_language",
          "original_language",
          "text",
          "text_file",
          "translation",
          "translation_file",
          "translation_language",
          "summary",
          "citation",
          "url",
          "credits");

  public SourceMapping {
    files = List.copyOf(files);
    keys = List.copyOf(keys);
    fields = Map.copyOf(fields);
    metadata = Map.copyOf(metadata);
  }

  /** Whether one of the mapping's file patterns matches the name of {@code path}. */
  public boolean matchesFileName(Path path) {
    Path name = path.getFileName();
    for (String glob : files) {
      PathMatcher matcher = path.getFileSystem().getPathMatcher("glob:" + glob);
      if (matcher.matches(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the value of document field {@code field} may be, in order; empty when the mapping does
   * not say.
   */
  public List<ValueSpec> field(String field) {
    return fields.getOrDefault(field, List.of());
  }
}
