package dev.dossier.cli;

import dev.dossier.index.IndexSchema;
import dev.dossier.search.SearchRequest;
import dev.dossier.search.SearchResults;
import dev.dossier.search.Searcher;
import dev.dossier.search.SolrSearcher;
import dev.dossier.search.SortOrder;
import dev.dossier.search.WarmUp;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dossier search QUERY}: ranked documents with snippets in each language. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    header = "Search: ranked documents with snippets in each language.",
    description = {
      "Search the index. All words must match (OR widens). A word finds its inflected forms in"
          + " every language; a name also finds its spellings in the other script, other"
          + " romanizations and OCR-damaged forms (--explain shows how each word matched; --exact"
          + " turns all of this off).",
      "Syntax: words, \"phrases\", \"phrase\"~N, AND/OR/NOT, -word, prefix*, fuzzy~, the fields"
          + " title: summary: en: ru: id:, and date:1964 or date:[1963-01-01 TO 1964-12-31]."
    },
    footer = {
      "",
      "Examples:",
      "  dossier search Guevara",
      "  dossier search 'Гевары AND date:[1963 TO 1964]' --json"
    })
final class SearchCommand implements Callable<Integer> {

  @ParentCommand DossierCommand parent;
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin OutputOptions output;

  @Option(
      names = {"-n", "--limit"},
      paramLabel = "N",
      defaultValue = "10",
      converter = OptionBounds.Limit.class,
      description = "Hits to show, 0 (count only) to 10,000 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--offset",
      paramLabel = "N",
      defaultValue = "0",
      converter = OptionBounds.Offset.class,
      description =
          "Hits to skip, for paging; offset + limit at most 10,000 (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "relevance",
      description = "relevance, or date (oldest first, undated last) (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(
      names = "--fragments",
      paramLabel = "N",
      defaultValue = "3",
      converter = OptionBounds.Fragments.class,
      description =
          "Snippets per language for each hit, 0 (none) to 1,000 (default: ${DEFAULT-VALUE}).")
  int fragments;

  @Option(
      names = "--parallel",
      description =
          "Show each hit's matching passages with their aligned counterparts, original above"
              + " translation.")
  boolean parallel;

  @Option(
      names = "--exact",
      description =
          "Turn all expansion off: only the words as typed (no stemming, transliteration, phonetic,"
              + " OCR or alias matches).")
  boolean exact;

  @Option(
      names = "--explain",
      description =
          "Show, per hit and per highlighted word, the level that matched it: exact, stemmed,"
              + " alias, transliterated, phonetic, OCR-fuzzy.")
  boolean explain;

  @Option(
      names = "--similar",
      description =
          "Also list the documents that match only by similarity: a shared sound code (phonetic) or"
              + " one OCR edit from a spelling the texts have (OCR-fuzzy). Without it they are only"
              + " counted (\"40 more only by similar spelling\"), so that look-alikes never flood"
              + " the results.")
  boolean similar;

  @Option(
      names = "--count-all",
      description =
          "Count every matching document exactly. By default the count stops at 1,000 (shown as"
              + " 1000+), so that documents that cannot make the page need not be scored.")
  boolean countAll;

  @Option(
      names = "--facet",
      paramLabel = "FIELD",
      split = ",",
      description =
          "Count all matching documents by the values of a metadata field: collection, series,"
              + " type, subject, place, person, archive, classification (repeatable or"
              + " comma-separated).")
  List<String> facets = new java.util.ArrayList<>();

  @Option(
      names = "--duplicates",
      paramLabel = "MODE",
      defaultValue = "collapse",
      description =
          "collapse: a document with the same text as a better-ranked hit is left out, and that"
              + " hit says \"also in: ID, ...\"; show: list them all, each still naming the others"
              + " (default: ${DEFAULT-VALUE}). Same text: equal words, or 5-word shingles alike"
              + " by 0.8 or more (MinHash).")
  String duplicates;

  @Option(
      names = "--count",
      description =
          "Print only the number of matching documents, counted exactly (--json: {\"total\": N}).")
  boolean count;

  @Option(
      names = "--all",
      description =
          "Every hit, not a page: streamed as it is found, in constant memory (--json: JSON Lines,"
              + " one hit per line). --limit and --offset do not apply.")
  boolean all;

  @Option(
      names = "--export",
      paramLabel = "FORMAT",
      description =
          "Write every hit (as --all) as csv (one row per hit: id, date, title, collection,"
              + " series, URL, score, first snippet per language), bibtex, ris or csl-json.")
  String export;

  @Mixin SolrOption solr;

  @Parameters(
      paramLabel = "QUERY",
      arity = "1..*",
      description = "The query; several words are joined with spaces.")
  List<String> words;

  @Override
  public Integer call() throws Exception {
    Optional<HitExport.Format> format = exportFormat();
    requireOneOutputMode(format.isPresent());
    if ((long) offset + limit > SearchRequest.MAX_WINDOW) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          String.format(
              java.util.Locale.ROOT,
              "--offset plus --limit must be at most %,d (here %,d)",
              SearchRequest.MAX_WINDOW,
              (long) offset + limit));
    }
    SearchRequest request =
        SearchRequest.builder(String.join(" ", words))
            .limit(limit)
            .offset(offset)
            .sort(sortOrder())
            .fragments(fragments)
            .exact(exact)
            .explain(explain)
            .parallel(parallel)
            .countAll(countAll)
            .facets(facetFields())
            .similar(similar)
            .showDuplicates(showDuplicates())
            .build();
    String solrUrl = solr.url(parent.env());
    if (count) {
      request = request.toBuilder().limit(0).offset(0).countAll(true).build();
    }
    if (all || format.isPresent()) {
      return stream(request, format, solrUrl);
    }
    SearchResults results;
    if (solrUrl != null) {
      results = SolrSearcher.of(solrUrl).search(request);
    } else {
      WarmUp.inBackground();
      try (Searcher searcher = parent.openSearcher(common)) {
        results = searcher.search(request);
      }
    }
    var out = spec.commandLine().getOut();
    if (count) {
      long n = results.similarListed() ? results.similar() : results.total();
      out.println(output.json ? "{\"total\": " + n + "}" : Long.toString(n));
    } else if (output.json) {
      Json.print(out, SearchJson.of(request, results));
    } else {
      new SearchPrinter(out, output.colour(parent.env())).print(request, results);
    }
    return ExitCodes.OK;
  }

  /** Every hit, streamed to the output as text, JSON Lines or an export format. */
  private int stream(SearchRequest request, Optional<HitExport.Format> format, String solrUrl)
      throws Exception {
    IndexSchema schema = parent.schema(common);
    if (solrUrl != null) {
      SolrSearcher solrSearcher = SolrSearcher.of(solrUrl);
      try (HitExport export =
          export(format, request, schema, id -> solrSearcher.document(id, schema))) {
        solrSearcher.stream(request, export::write);
      }
    } else {
      WarmUp.inBackground();
      try (Searcher searcher = parent.openSearcher(common);
          HitExport export = export(format, request, schema, searcher::document)) {
        searcher.stream(request, export::write);
      }
    }
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  private HitExport export(
      Optional<HitExport.Format> format,
      SearchRequest request,
      IndexSchema schema,
      HitExport.Documents documents)
      throws java.io.IOException {
    return HitExport.open(
        format.orElse(output.json ? HitExport.Format.JSONL : HitExport.Format.TEXT),
        spec.commandLine().getOut(),
        output.colour(parent.env()),
        request,
        schema.languages(),
        documents);
  }

  private Optional<HitExport.Format> exportFormat() {
    if (export == null) {
      return Optional.empty();
    }
    return Optional.of(
        HitExport.Format.named(export)
            .orElseThrow(
                () ->
                    new picocli.CommandLine.ParameterException(
                        spec.commandLine(),
                        "--export must be csv, bibtex, ris or csl-json, not '" + export + "'")));
  }

  /** --count, --all and --export each replace the page: at most one of them. */
  private void requireOneOutputMode(boolean exporting) {
    int modes = (count ? 1 : 0) + (all ? 1 : 0) + (exporting ? 1 : 0);
    if (modes > 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--count, --all and --export cannot be combined: choose one");
    }
  }

  private List<String> facetFields() {
    List<String> fields = new java.util.ArrayList<>();
    for (String name : facets) {
      fields.add(
          dev.dossier.model.MetadataField.named(name)
              .map(dev.dossier.model.MetadataField::fieldName)
              .orElseThrow(
                  () ->
                      new picocli.CommandLine.ParameterException(
                          spec.commandLine(),
                          "--facet must name a metadata field (collection, series, type, subject,"
                              + " place, person, archive, classification), not '"
                              + name
                              + "'")));
    }
    return fields;
  }

  private boolean showDuplicates() {
    return switch (duplicates) {
      case "collapse" -> false;
      case "show" -> true;
      default ->
          throw new picocli.CommandLine.ParameterException(
              spec.commandLine(),
              "--duplicates must be collapse or show, not '" + duplicates + "'");
    };
  }

  private SortOrder sortOrder() {
    return switch (sort) {
      case "relevance" -> SortOrder.RELEVANCE;
      case "date" -> SortOrder.DATE;
      default ->
          throw new picocli.CommandLine.ParameterException(
              spec.commandLine(), "--sort must be relevance or date, not '" + sort + "'");
    };
  }
}
