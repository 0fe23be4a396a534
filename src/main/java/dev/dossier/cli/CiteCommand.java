package dev.dossier.cli;

import dev.dossier.cli.cite.CitationFormat;
import dev.dossier.index.IndexSchema;
import dev.dossier.index.IndexedDocument;
import dev.dossier.index.NoCollectionException;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.search.Searcher;
import dev.dossier.search.SolrSearcher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code dossier cite ID...}: citations of documents, for footnotes and reference managers. */
@Command(
    name = "cite",
    mixinStandardHelpOptions = true,
    header = "Print citations of documents: Chicago, BibTeX, RIS or CSL-JSON.",
    description = {
      "Print a citation of each document, in the order given, for a footnote or a reference"
          + " manager. Titles and dates Dossier derived from the text are in square brackets."
          + " An id not in the index is named on stderr (exit status 1); the others are still"
          + " cited. Formats and examples: docs/citations.md."
    })
final class CiteCommand implements Callable<Integer> {

  @ParentCommand DossierCommand parent;
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin SolrOption solr;

  @Parameters(
      paramLabel = "ID",
      arity = "1..*",
      description =
          "The documents' ids, as search prints them (a URL id also by its last segment).")
  List<String> ids;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "chicago",
      converter = FormatName.class,
      description = {
        "The citation format (default: ${DEFAULT-VALUE}):",
        "  chicago   Chicago notes-bibliography entries (text)",
        "  bibtex    BibTeX @misc entries (BibTeX, biblatex)",
        "  ris       RIS records (EndNote, Zotero, Mendeley)",
        "  csl-json  one JSON array of CSL items (Zotero, pandoc)"
      })
  CitationFormat format;

  @Override
  public Integer call() throws Exception {
    String solrUrl = solr.url(parent.env());
    String where = solrUrl != null ? solrUrl : common.indexDir(parent.env()).toString();
    List<Optional<ArchiveDocument>> looked;
    if (solrUrl != null) {
      SolrSearcher searcher = SolrSearcher.of(solrUrl);
      IndexSchema schema = parent.schema(common);
      looked = findAll(id -> searcher.document(id, schema));
    } else {
      try (Searcher searcher = parent.openSearcher(common)) {
        looked = findAll(searcher::document);
      }
    }
    Map<String, ArchiveDocument> found = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      if (looked.get(i).isPresent()) {
        ArchiveDocument doc = looked.get(i).get();
        found.putIfAbsent(doc.id(), doc); // cited once, however often (or however) it is named
      } else {
        ErrorLines.note(
            spec.commandLine().getErr(), "no document with id '" + ids.get(i) + "' in " + where);
      }
    }
    if (!found.isEmpty() || format == CitationFormat.CSL_JSON) {
      spec.commandLine().getOut().println(format.render(List.copyOf(found.values())));
    }
    return looked.contains(Optional.empty()) ? ExitCodes.FAILED : ExitCodes.OK;
  }

  /** Each id's document, by the first of its spellings that the index has. */
  private List<Optional<ArchiveDocument>> findAll(Finder finder)
      throws IOException, NoCollectionException {
    List<Optional<ArchiveDocument>> looked = new ArrayList<>();
    for (String id : ids) {
      // a URL finds its document by its short id too (the lookup shortens it, ingest.ShortIds)
      looked.add(finder.find(id).map(IndexedDocument::document));
    }
    return looked;
  }

  /** One document by its id, in the embedded index or on Solr. */
  private interface Finder {
    Optional<IndexedDocument> find(String id) throws IOException, NoCollectionException;
  }

  /** {@code --format}: one of the formats' names, else a usage error that lists them. */
  static final class FormatName implements ITypeConverter<CitationFormat> {
    @Override
    public CitationFormat convert(String value) {
      return CitationFormat.named(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "expected one of "
                          + String.join(
                              ", ",
                              Arrays.stream(CitationFormat.values())
                                  .map(CitationFormat::formatName)
                                  .toList())
                          + " but was '"
                          + value
                          + "'"));
    }
  }
}
