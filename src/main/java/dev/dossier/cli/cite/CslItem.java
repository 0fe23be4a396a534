package dev.dossier.cli.cite;

import dev.dossier.model.DatePrecision;
import dev.dossier.model.PartialDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A document as one item of CSL-JSON, the Citation Style Language's input format: what {@code cite
 * --format csl-json} prints and what the Chicago style is rendered from.
 *
 * <p>The item is a {@code manuscript}. The collection and the volume or series within it go to
 * {@code archive} ("Documents on Australian Foreign Policy, Volume 12: 1947"), the archive
 * reference to {@code archive_location} ("NAA: A1838, 3107/38/20"): a reference manager files them
 * as Archive and Loc. in Archive, and Chicago prints them as an archival citation does, the
 * location before the collection. The date is given at its precision ({@code [[1955, 6]]}), a
 * decade as a range of years, an approximate one with {@code circa}; a date derived from the text
 * also carries the bracketed form a cataloguer writes ({@code literal: "[1963]"}). The language is
 * the original's, {@code und} when unknown: a CSL processor title-cases only titles it may take for
 * English, and a devised title names an id ("[Document box-7/item 3]") that casing would change.
 */
final class CslItem {

  private CslItem() {}

  /** The CSL-JSON item of {@code doc}: only the variables it has, in a fixed order. */
  static Map<String, Object> of(CitedDocument doc) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", doc.id());
    item.put("type", "manuscript");
    if (!doc.authors().isEmpty()) { // as the record writes them: a literal, not split into parts
      item.put("author", doc.authors().stream().map(a -> Map.of("literal", a)).toList());
    }
    item.put("title", doc.citedTitle());
    doc.date().ifPresent(date -> item.put("issued", issued(date, doc.dateDerived())));
    putIfPresent(item, "genre", doc.type());
    putIfPresent(item, "archive", doc.collectionAndSeries());
    putIfPresent(item, "archive_location", doc.reference());
    putIfPresent(item, "URL", doc.url());
    putIfPresent(item, "language", doc.language());
    putIfPresent(item, "note", String.join("\n", doc.notes()));
    return item;
  }

  private static Map<String, Object> issued(PartialDate date, boolean derived) {
    Map<String, Object> issued = new LinkedHashMap<>();
    issued.put("date-parts", dateParts(date));
    if (date.approximate()) {
      issued.put("circa", true);
    }
    if (derived) {
      issued.put("literal", CitedDocument.bracketed(english(date)));
    }
    return issued;
  }

  /** CSL's date parts: [[year]], [[year, month]], [[year, month, day]]; a decade as a range. */
  private static List<List<Integer>> dateParts(PartialDate date) {
    return switch (date.precision()) {
      case DECADE -> List.of(List.of(date.year()), List.of(date.year() + 9));
      case YEAR -> List.of(List.of(date.year()));
      case MONTH -> List.of(List.of(date.year(), date.month()));
      case DAY -> List.of(List.of(date.year(), date.month(), date.day()));
    };
  }

  /**
   * The date as an English citation writes it: "January 29, 1964", "June 1955", "1958", "1960s",
   * "ca. 1960".
   */
  static String english(PartialDate date) {
    String month =
        date.precision() == DatePrecision.MONTH || date.precision() == DatePrecision.DAY
            ? Month.of(date.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            : "";
    String exact =
        switch (date.precision()) {
          case DECADE -> date.year() + "s";
          case YEAR -> String.valueOf(date.year());
          case MONTH -> month + " " + date.year();
          case DAY -> month + " " + date.day() + ", " + date.year();
        };
    return date.approximate() ? "ca. " + exact : exact;
  }

  private static void putIfPresent(Map<String, Object> item, String variable, String value) {
    if (!value.isEmpty()) {
      item.put(variable, value);
    }
  }
}
