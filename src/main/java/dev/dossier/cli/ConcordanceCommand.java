package dev.dossier.cli;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.dossier.search.Concordance;
import dev.dossier.search.Searcher;
import dev.dossier.search.SolrSearcher;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dossier concordance TERM}: how a term was translated, across the whole index. */
@Command(
    name = "concordance",
    mixinStandardHelpOptions = true,
    header = "How a term was translated: its passage pairs and likely translations.",
    description =
        "Every aligned passage pair where TERM occurs (any inflected form, in its language), TERM"
            + " marked, and the words and phrases of the other language that stand most often in"
            + " the counterpart passages, best first (Dice coefficient over all aligned pairs; stop"
            + " words excluded).",
    footer = {
      "",
      "Examples:",
      "  dossier concordance хозрасчет",
      "  dossier concordance 'labor unions' --csv > unions.csv"
    })
final class ConcordanceCommand implements Callable<Integer> {

  @ParentCommand DossierCommand parent;
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin OutputOptions output;
  @Mixin SolrOption solr;

  @Option(
      names = "--csv",
      description = "Print the pairs as CSV: id, original, translation (the term in <em>).")
  boolean csv;

  @Option(
      names = {"-n", "--limit"},
      paramLabel = "N",
      defaultValue = "10",
      converter = OptionBounds.Candidates.class,
      description = "Candidate translations to show, 0 to 1,000 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Parameters(
      paramLabel = "TERM",
      arity = "1..*",
      description = "A word or phrase in either language.")
  List<String> words;

  @Override
  public Integer call() throws Exception {
    Concordance c;
    String term = String.join(" ", words);
    String solrUrl = solr.url(parent.env());
    if (solrUrl != null) {
      c = SolrSearcher.of(solrUrl).concordance(term, limit, parent.schema(common));
    } else {
      try (Searcher searcher = parent.openSearcher(common)) {
        c = searcher.concordance(term, limit);
      }
    }
    List<Concordance.Candidate> candidates = c.translations();
    PrintWriter out = spec.commandLine().getOut();
    if (csv) {
      printCsv(out, c);
    } else if (output.json) {
      Map<String, Object> object = new LinkedHashMap<>();
      object.put("term", c.term());
      List<Map<String, String>> pairs = new ArrayList<>();
      for (Concordance.Line line : c.pairs()) {
        Map<String, String> pair = new LinkedHashMap<>();
        pair.put("id", line.id());
        pair.put("original", Markup.EM.apply(line.original()));
        pair.put("translation", Markup.EM.apply(line.translation()));
        pairs.add(pair);
      }
      object.put("pairs", pairs);
      object.put("translations", candidates);
      Json.print(out, object);
    } else {
      printText(out, c, candidates, output.colour(parent.env()));
    }
    return ExitCodes.OK;
  }

  private static void printText(
      PrintWriter out, Concordance c, List<Concordance.Candidate> candidates, boolean colour) {
    Markup markup = colour ? Markup.ANSI : Markup.PLAIN;
    out.printf(
        Locale.ROOT,
        "%s (%s): %d passage pair%s%n",
        c.term(),
        c.language(),
        c.pairs().size(),
        c.pairs().size() == 1 ? "" : "s");
    for (Concordance.Line line : c.pairs()) {
      out.println();
      out.println("[" + line.id() + "]");
      out.println(
          "  ┌ " + (line.original().text().isEmpty() ? "—" : markup.apply(line.original())));
      out.println(
          "  └ " + (line.translation().text().isEmpty() ? "—" : markup.apply(line.translation())));
    }
    out.println();
    out.println(
        candidates.isEmpty()
            ? "No aligned counterpart passages."
            : "Most associated in the counterpart passages:");
    for (Concordance.Candidate candidate : candidates) {
      out.printf(
          Locale.ROOT,
          "  %-30s %.3f  (%d pair%s)%n",
          candidate.text(),
          candidate.score(),
          candidate.pairs(),
          candidate.pairs() == 1 ? "" : "s");
    }
  }

  private static void printCsv(PrintWriter out, Concordance c) throws java.io.IOException {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema =
        CsvSchema.builder()
            .addColumn("id")
            .addColumn("original")
            .addColumn("translation")
            .build()
            .withHeader();
    List<Map<String, String>> rows = new ArrayList<>();
    for (Concordance.Line line : c.pairs()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("id", line.id());
      row.put("original", Markup.EM.apply(line.original()));
      row.put("translation", Markup.EM.apply(line.translation()));
      rows.add(row);
    }
    out.print(mapper.writer(schema).writeValueAsString(rows));
    out.flush();
  }
}
