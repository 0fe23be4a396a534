package dev.dossier.cli.cite;

import dev.dossier.model.ArchiveDocument;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The formats {@code dossier cite} writes, each rendering a list of documents in their order. */
public enum CitationFormat {
  /** A Chicago notes-bibliography entry per line, plain text (or the archive's own whole line). */
  CHICAGO("chicago", ChicagoStyle::render),
  /** BibTeX {@code @misc} entries, apart by a blank line, for BibTeX and biblatex. */
  BIBTEX("bibtex", Bibtex::render),
  /** RIS records, apart by a blank line, for EndNote, Zotero and Mendeley. */
  RIS("ris", Ris::render),
  /** One JSON array of CSL items, for Zotero, pandoc and any CSL processor. */
  CSL_JSON("csl-json", CslJson::render);

  private final String formatName;
  private final Function<List<CitedDocument>, String> renderer;

  CitationFormat(String formatName, Function<List<CitedDocument>, String> renderer) {
    this.formatName = formatName;
    this.renderer = renderer;
  }

  /** The name the command line takes: {@code csl-json}. */
  public String formatName() {
    return formatName;
  }

  /** The format called {@code name} (as the command line writes it), if there is one. */
  public static Optional<CitationFormat> named(String name) {
    return Arrays.stream(values()).filter(f -> f.formatName.equals(name)).findFirst();
  }

  /** The citations of {@code documents} in this format, in their order, without a final newline. */
  public String render(List<ArchiveDocument> documents) {
    return renderer.apply(documents.stream().map(CitedDocument::of).toList());
  }

  @Override
  public String toString() {
    return formatName;
  }
}
