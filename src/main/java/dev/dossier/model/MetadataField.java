package dev.dossier.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of descriptive metadata archives attach to a document, each searchable by its own field
 * ({@code subject:nuclear}) and counted as a facet. The names are the query syntax's field names.
 */
public enum MetadataField {
  /** Subjects or topics discussed ("Nuclear disarmament"). */
  SUBJECT,
  /** Places the document concerns ("Ireland", "Havana"). */
  PLACE,
  /** People and organisations named in the record's metadata, authors included. */
  PERSON,
  /**
   * Who wrote or sent the document, as the record names them ("I. V. Stalin", "Helmut Kohl"): its
   * author in a citation. A mapping names it apart from {@link #PERSON}, which also lists everyone
   * the record mentions.
   */
  AUTHOR,
  /**
   * Archive reference: repository, fond, series, file ("TsKhSD, f. 5, op. 49, d. 760", "NAA: A1838,
   * 3107/38/20").
   */
  ARCHIVE,
  /** The collection the document belongs to ("Documents on Australian Foreign Policy"). */
  COLLECTION,
  /**
   * The volume, series or file within the collection ("Volume 12: 1947, (other than Indonesia)"),
   * kept apart so the collection facet counts collections.
   */
  SERIES,
  /** Document type or genre ("Cablegram", "Memorandum of Conversation", "Статья"). */
  TYPE,
  /** Original security classification ("Secret", "Top Secret"). */
  CLASSIFICATION;

  /** The field name, as written in queries and mapping files: {@code subject}. */
  public String fieldName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The field named {@code name} (any case), if there is one. */
  public static Optional<MetadataField> named(String name) {
    for (MetadataField field : values()) {
      if (field.fieldName().equalsIgnoreCase(name.strip())) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }
}
