package dev.dossier.cli.cite;

import com.ibm.icu.text.Transliterator;
import dev.dossier.model.DatePrecision;
import dev.dossier.model.PartialDate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.DigitStringValue;
import org.jbibtex.Key;
import org.jbibtex.KeyValue;
import org.jbibtex.StringValue;
import org.jbibtex.Value;

/**
 * {@code --format bibtex}: one {@code @misc} entry per document, written by jbibtex's formatter,
 * entries apart by a blank line.
 *
 * <p>The key is the id in ASCII ({@code dafp-12-31-cablegram-to-canberra}), made unique within the
 * output. Text is escaped for LaTeX ({@link LatexText}) and written in UTF-8 (for biber, or BibTeX
 * with {@code inputenc}); the title is braced twice, so that no style changes its case. The date is
 * given as biblatex's {@code date} (EDTF: "1964-01-29", "196X", "1960~") and as BibTeX's {@code
 * year} and {@code month}; the collection is the {@code organization}, the volume or series within
 * it the {@code series}, the archive reference the {@code number}; the archive's own line and what
 * Dossier derived go to the {@code note}.
 */
final class Bibtex {

  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  private Bibtex() {}

  static String render(List<CitedDocument> documents) {
    return render(documents, new HashSet<>());
  }

  /** The entries of {@code documents}, their keys unique among {@code keys}, which gains them. */
  static String render(List<CitedDocument> documents, Set<String> keys) {
    BibTeXDatabase database = new BibTeXDatabase();
    for (CitedDocument doc : documents) {
      database.addObject(entry(doc, uniqueKey(doc.id(), keys)));
    }
    StringWriter out = new StringWriter();
    BibTeXFormatter formatter = new BibTeXFormatter();
    formatter.setIndent("  ");
    try {
      formatter.format(database, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not throw
    }
    return out.toString().strip();
  }

  private static BibTeXEntry entry(CitedDocument doc, String key) {
    BibTeXEntry entry = new BibTeXEntry(BibTeXEntry.TYPE_MISC, new Key(key));
    if (!doc.authors().isEmpty()) { // each name braced: BibTeX must not split "I. V. Stalin"
      entry.addField(
          BibTeXEntry.KEY_AUTHOR,
          braced(
              String.join(
                  " and ",
                  doc.authors().stream().map(a -> "{" + LatexText.escape(a) + "}").toList())));
    }
    entry.addField(BibTeXEntry.KEY_TITLE, braced("{" + LatexText.escape(doc.citedTitle()) + "}"));
    doc.date().ifPresent(date -> addDate(entry, date));
    addText(entry, "organization", doc.collection());
    addText(entry, "series", doc.series());
    addText(entry, "number", doc.reference());
    addText(entry, "type", doc.type());
    if (doc.languageKnown()) {
      addText(entry, "language", languageName(doc.language()));
    }
    if (!doc.url().isEmpty()) {
      entry.addField(BibTeXEntry.KEY_URL, braced(LatexText.url(doc.url())));
    }
    addText(entry, "note", String.join(" ", doc.notes()));
    return entry;
  }

  private static void addDate(BibTeXEntry entry, PartialDate date) {
    entry.addField(new Key("date"), braced(date.toString()));
    if (date.precision() != DatePrecision.DECADE) {
      entry.addField(BibTeXEntry.KEY_YEAR, new DigitStringValue(String.valueOf(date.year())));
    }
    if (date.precision() == DatePrecision.MONTH || date.precision() == DatePrecision.DAY) {
      entry.addField(BibTeXEntry.KEY_MONTH, new KeyValue(MONTHS[date.month() - 1]));
    }
  }

  private static void addText(BibTeXEntry entry, String field, String text) {
    if (!text.isEmpty()) {
      entry.addField(new Key(field), braced(LatexText.escape(text)));
    }
  }

  private static Value braced(String latex) {
    return new StringValue(latex, StringValue.Style.BRACED);
  }

  /** biblatex's name of a language ({@code russian} for {@code ru}), else the code itself. */
  private static String languageName(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() ? code : name.toLowerCase(Locale.ROOT);
  }

  /**
   * A BibTeX key for {@code id}: transliterated to ASCII, anything but letters, digits and {@code
   * _:.-} a hyphen, and a number appended when an earlier entry has the same key.
   */
  static String uniqueKey(String id, Set<String> taken) {
    String ascii = id.chars().allMatch(c -> c < 128) ? id : Ascii.INSTANCE.transliterate(id);
    String key = ascii.replaceAll("[^A-Za-z0-9_:.-]+", "-").replaceAll("^-+|-+$", "");
    if (key.isEmpty()) {
      key = "document";
    }
    String unique = key;
    for (int n = 2; !taken.add(unique); n++) {
      unique = key + "-" + n;
    }
    return unique;
  }

  /** ICU's transliteration to ASCII, built when an id first needs it. */
  private static final class Ascii {
    static final Transliterator INSTANCE = Transliterator.getInstance("Any-Latin; Latin-ASCII");
  }
}
