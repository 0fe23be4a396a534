package dev.dossier.cli;

import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.Derived;
import dev.dossier.model.MetadataField;
import dev.dossier.model.PartialDate;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints one whole document as text: metadata lines, then the original and the translation under
 * headings.
 */
final class DocumentPrinter {

  private final PrintWriter out;
  private final Ansi ansi;

  DocumentPrinter(PrintWriter out, boolean colour) {
    this.out = out;
    this.ansi = new Ansi(colour);
  }

  void print(ArchiveDocument doc) {
    printMetadata(doc);
    section("Original (" + doc.originalLanguage() + ")", doc.original());
    if (doc.hasTranslation()) {
      section("Translation (" + doc.translationLanguage() + ")", doc.translation());
    }
  }

  void printMetadata(ArchiveDocument doc) {
    String title = doc.title().isEmpty() ? "(untitled)" : doc.title();
    out.println(ansi.bold(title) + derivedMark(doc, Derived.TITLE));
    field("Id", doc.id());
    field(
        "Date",
        doc.date().map(PartialDate::display).orElse("undated") + derivedMark(doc, Derived.DATE));
    field("URL", doc.url());
    field("Citation", doc.citation());
    field("Summary", doc.summary());
    field("Credits", doc.credits());
    field("Original language", doc.originalLanguage());
    for (MetadataField kind : MetadataField.values()) {
      List<String> values = doc.metadata(kind);
      if (!values.isEmpty()) {
        String name = kind.fieldName();
        field(Character.toUpperCase(name.charAt(0)) + name.substring(1), String.join("; ", values));
      }
    }
  }

  /** Says a value was derived from the text, not read from the archive's record. */
  private static String derivedMark(ArchiveDocument doc, Derived what) {
    return doc.derived().contains(what) ? " (derived: not in the record)" : "";
  }

  private void field(String label, String value) {
    if (!value.isBlank()) {
      out.println(label + ": " + value);
    }
  }

  private void section(String heading, String text) {
    if (text.isBlank()) {
      return;
    }
    out.println();
    out.println(ansi.bold("== " + heading + " =="));
    out.println(text);
  }
}
