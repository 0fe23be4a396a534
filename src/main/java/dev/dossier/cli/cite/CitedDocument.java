package dev.dossier.cli.cite;

import dev.dossier.ingest.ShortIds;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.Derived;
import dev.dossier.model.MetadataField;
import dev.dossier.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every citation format takes from an archive document, read once: single-line text without
 * control characters, each metadata kind's values joined, the empty string for what is absent.
 *
 * <p>The author is the {@code author} metadata a mapping names (Wilson's {@code authors}, Stalin's
 * works), never {@code person}, which mixes a record's authors with the people it names.
 *
 * @param id the document's id
 * @param title the title as recorded, or a devised one ("Document 117072", by a URL id's last
 *     segment) when there is none
 * @param titleDerived whether Dossier derived or devised the title rather than read it
 * @param untitled whether the document has no title at all, so the devised one names its id
 * @param date the date at its precision
 * @param dateDerived whether the date was read from the text rather than the record
 * @param url the document's address at its archive
 * @param archiveLine the archive's own citation or source line
 * @param collection the collection ({@code collection} metadata), its values from the whole to the
 *     part ("Documents on Australian Foreign Policy, Volume 10: 1946")
 * @param series the volume or series within it ({@code series} metadata)
 * @param reference the archive reference: repository, fond, file ({@code archive} metadata)
 * @param authors who wrote or sent the document, as the record names them; empty when unknown
 * @param type the document type ("Cablegram")
 * @param language the original's ISO 639-1 code, {@code und} when unknown
 */
record CitedDocument(
    String id,
    String title,
    boolean titleDerived,
    boolean untitled,
    Optional<PartialDate> date,
    boolean dateDerived,
    String url,
    String archiveLine,
    String collection,
    String series,
    String reference,
    List<String> authors,
    String type,
    String language) {

  /** The citable fields of {@code doc}. */
  static CitedDocument of(ArchiveDocument doc) {
    String id = singleLine(doc.id());
    String title = singleLine(doc.title());
    boolean devised = title.isEmpty();
    return new CitedDocument(
        id,
        devised ? "Document " + ShortIds.of(id) : title,
        devised || doc.derived().contains(Derived.TITLE),
        devised,
        doc.date(),
        doc.date().isPresent() && doc.derived().contains(Derived.DATE),
        singleLine(doc.url()),
        singleLine(doc.citation()),
        collection(doc.metadata(MetadataField.COLLECTION)),
        joined(doc, MetadataField.SERIES),
        joined(doc, MetadataField.ARCHIVE),
        doc.metadata(MetadataField.AUTHOR).stream().map(CitedDocument::singleLine).toList(),
        joined(doc, MetadataField.TYPE),
        singleLine(doc.originalLanguage()));
  }

  /** Whether the original's language is known. */
  boolean languageKnown() {
    return !language.isEmpty() && !language.equals("und");
  }

  /** The title as cited: in square brackets when derived, as cataloguers mark a devised title. */
  String citedTitle() {
    return titleDerived ? bracketed(title) : title;
  }

  /** Where the document is held: the collection, then the volume or series within it. */
  String collectionAndSeries() {
    if (series.isEmpty() || collection.contains(series)) {
      return collection;
    }
    // a series named with its collection ("Сталин. Сочинения, том 9") reads alone
    return series.startsWith(collection) ? series : String.join(", ", present(collection, series));
  }

  /**
   * The notes a reader needs: the archive's own line, and which of title and date Dossier derived.
   */
  List<String> notes() {
    List<String> notes = new ArrayList<>(present(archiveLine));
    if (untitled) {
      notes.add("Untitled: the title names the document's id in Dossier.");
    } else if (titleDerived) {
      notes.add("Title derived by Dossier from the document's text, not the archive's record.");
    }
    if (dateDerived) {
      notes.add("Date derived by Dossier from the document's text, not the archive's record.");
    }
    return notes;
  }

  /** {@code text} in square brackets, unless the whole of it already is. */
  static String bracketed(String text) {
    boolean whole = text.startsWith("[") && text.indexOf(']') == text.length() - 1;
    return whole ? text : "[" + text + "]";
  }

  private static List<String> present(String... values) {
    List<String> present = new ArrayList<>();
    for (String value : values) {
      if (!value.isEmpty()) {
        present.add(value);
      }
    }
    return present;
  }

  /**
   * The collection's values joined as a citation names a collection and its part, in source order
   * ("Documents on Australian Foreign Policy, Volume 10: 1946"); a value that a later one begins
   * with is left out ("Сталин. Сочинения" before "Сталин. Сочинения, том 4").
   */
  private static String collection(List<String> values) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String value = singleLine(values.get(i));
      if (values.stream().skip(i + 1).noneMatch(later -> singleLine(later).startsWith(value))) {
        kept.add(value);
      }
    }
    return String.join(", ", kept);
  }

  private static String joined(ArchiveDocument doc, MetadataField field) {
    return String.join("; ", doc.metadata(field).stream().map(CitedDocument::singleLine).toList());
  }

  /**
   * {@code text} on one line: control characters (line breaks, tabs, escapes that would colour a
   * terminal) become spaces, runs of white space one space.
   */
  static String singleLine(String text) {
    return text.replaceAll("[\\p{Cc}\\s\\u2028\\u2029]+", " ").strip();
  }
}
