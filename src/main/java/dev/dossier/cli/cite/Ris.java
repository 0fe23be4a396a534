package dev.dossier.cli.cite;

import dev.dossier.model.DatePrecision;
import dev.dossier.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --format ris}: one RIS record per document (the tagged format of EndNote, Zotero and
 * Mendeley), records apart by a blank line. Written here: RIS is one {@code TAG - value} line per
 * field, and the Java libraries that know it (citeproc-java's among them) only read it.
 *
 * <p>A record is a manuscript ({@code TY - MANSCPT}). The collection is both {@code T2}, the RIS
 * specification's and EndNote's collection title, and, with the volume or series after it, {@code
 * DB}, which Zotero files as the Archive; the volume or series is {@code T3}, the archive reference
 * {@code AN} (Zotero's Loc. in Archive). {@code PY} is the year, {@code DA} the date at its
 * precision ({@code 1964/01/29/}, {@code 1955/06//}, {@code 1960///1960s}); the archive's own line
 * and what Dossier derived are notes ({@code N1}).
 */
final class Ris {

  private Ris() {}

  static String render(List<CitedDocument> documents) {
    return String.join("\n\n", documents.stream().map(Ris::record).toList());
  }

  private static String record(CitedDocument doc) {
    List<String> lines = new ArrayList<>();
    add(lines, "TY", "MANSCPT");
    add(lines, "ID", doc.id());
    doc.authors().forEach(author -> add(lines, "AU", author));
    add(lines, "TI", doc.citedTitle());
    add(lines, "M3", doc.type());
    doc.date()
        .ifPresent(
            date -> {
              if (date.precision() != DatePrecision.DECADE) {
                add(lines, "PY", String.format(Locale.ROOT, "%04d", date.year()));
              }
              add(lines, "DA", risDate(date));
            });
    add(lines, "T2", doc.collection());
    add(lines, "T3", doc.series());
    add(lines, "DB", doc.collectionAndSeries());
    add(lines, "AN", doc.reference());
    if (doc.languageKnown()) {
      add(lines, "LA", doc.language());
    }
    add(lines, "UR", doc.url());
    doc.notes().forEach(note -> add(lines, "N1", note));
    lines.add("ER  - ");
    return String.join("\n", lines);
  }

  /**
   * RIS's date: year, month, day and other information apart by slashes, each part that is not
   * known empty ({@code 1955/06//}); a decade or an approximate date says so in the last part.
   */
  static String risDate(PartialDate date) {
    String month =
        date.precision() == DatePrecision.MONTH || date.precision() == DatePrecision.DAY
            ? String.format(Locale.ROOT, "%02d", date.month())
            : "";
    String day =
        date.precision() == DatePrecision.DAY ? String.format(Locale.ROOT, "%02d", date.day()) : "";
    List<String> other = new ArrayList<>();
    if (date.precision() == DatePrecision.DECADE) {
      other.add(date.year() + "s");
    }
    if (date.approximate()) {
      other.add("circa");
    }
    return String.format(
        Locale.ROOT, "%04d/%s/%s/%s", date.year(), month, day, String.join(" ", other));
  }

  private static void add(List<String> lines, String tag, String value) {
    if (!value.isEmpty()) {
      lines.add(tag + "  - " + value);
    }
  }
}
