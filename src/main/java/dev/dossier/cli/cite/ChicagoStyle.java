package dev.dossier.cli.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code --format chicago}: a bibliography entry in the Chicago Manual of Style's notes and
 * bibliography system, one line per document, as plain text.
 *
 * <p>When the archive's own citation line begins with the document's title, the archive has written
 * a whole citation (the Wilson Center Digital Archive's "Citation" block does): that line is the
 * entry, followed by the document's URL when the line lacks it. Any other line is only a source or
 * a volume ("Documents on Australian Foreign Policy, Volume 12: 1947, document 31", "BArch, B
 * 136/59748"), and the entry is rendered instead: by citeproc-java, a CSL processor, from the
 * document's CSL item ({@link CslItem}) in the CSL project's {@code chicago-note-bibliography}
 * style and its en-US locale.
 */
final class ChicagoStyle {

  static final String STYLE = "chicago-note-bibliography";

  private ChicagoStyle() {}

  static String render(List<CitedDocument> documents) {
    List<CitedDocument> rendered = documents.stream().filter(doc -> !citesWhole(doc)).toList();
    Map<String, String> entries = rendered.isEmpty() ? Map.of() : renderAll(rendered);
    List<String> lines = new ArrayList<>();
    for (CitedDocument doc : documents) {
      lines.add(citesWhole(doc) ? withUrl(doc.archiveLine(), doc.url()) : entries.get(doc.id()));
    }
    return String.join("\n", lines);
  }

  /**
   * Whether the archive's line is a whole citation of {@code doc}: it begins with the title the
   * record gives, as a citation of a work without an author does (letters and digits compared,
   * case, quotes and punctuation aside).
   */
  static boolean citesWhole(CitedDocument doc) {
    String line = doc.archiveLine();
    return !line.isEmpty() && !doc.titleDerived() && words(line).startsWith(words(doc.title()));
  }

  private static String words(String text) {
    return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
  }

  private static String withUrl(String line, String url) {
    if (url.isEmpty() || line.contains(url)) {
      return line;
    }
    return line + (line.matches(".*[.!?]$") ? " " : ". ") + url;
  }

  /**
   * Each document's entry by id, rendered one at a time: a bibliography of them all would be
   * sorted, and in text output citeproc-java does not say which entry is whose.
   */
  private static Map<String, String> renderAll(List<CitedDocument> documents) {
    List<CSLItemData> items = documents.stream().map(ChicagoStyle::item).toList();
    CSL csl;
    try {
      csl = new CSL(new ListItemDataProvider(items), STYLE, "en-US");
    } catch (IOException e) {
      throw new IllegalStateException("the " + STYLE + " style is not on the class path", e);
    }
    Map<String, String> entries = new LinkedHashMap<>();
    for (CSLItemData item : items) {
      csl.reset(); // which forgets the output format too
      csl.setOutputFormat("text");
      csl.registerCitationItems(item.getId());
      entries.put(item.getId(), csl.makeBibliography().getEntries()[0].strip());
    }
    return entries;
  }

  /**
   * The CSL item citeproc-java renders: a derived date as its bracketed literal alone, since
   * citeproc-java prints the date parts whenever an item has them.
   */
  private static CSLItemData item(CitedDocument doc) {
    Map<String, Object> item = CslItem.of(doc);
    if (item.get("issued") instanceof Map<?, ?> issued && issued.containsKey("literal")) {
      item.put("issued", Map.of("literal", issued.get("literal")));
    }
    return CSLItemData.fromJson(item);
  }
}
