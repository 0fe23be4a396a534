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
        "The aligned passage pairs where TERM occurs (any inflected form, in its language), TERM"
            + " marked, oldest document first, and the words and phrases of the other language that"
            + " stand most often in the counterpart passages of all its pairs, best first (Dice"
            + " coefficient over all aligned pairs; stop words excluded).",
    footer = {
      "",
      "Examples:",
      "  dossier concordance хозрасчет",
      "  dossier concordance хозрасчет --pairs all",
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

  @Option(
      names = "--pairs",
      paramLabel = "N|all",
      converter = OptionBounds.ConcordancePairs.class,
      description =
          "Pairs to show, the first by date, or all (default: "
              + Concordance.DEFAULT_PAIRS
              + "; all with --csv). The translations are counted over all pairs either way.")
  Integer pairs;

  @Parameters(
      paramLabel = "TERM",
      arity = "1..*",
      description = "A word or phrase in either language.")
  List<String> words;

  @Override
  public Integer call() throws Exception {
    Concordance c;
    String term = String.join(" ", words);
    int shown = pairs != null ? pairs : csv ? Concordance.ALL_PAIRS : Concordance.DEFAULT_PAIRS;
    String solrUrl = solr.url(parent.env());
    if (solrUrl != null) {
      c = SolrSearcher.of(solrUrl).concordance(term, shown, limit, parent.schema(common));
    } else {
      try (Searcher searcher = parent.openSearcher(common)) {
        c = searcher.concordance(term, shown, limit);
      }
    }
    List<Concordance.Candidate> candidates = c.translations();
    PrintWriter out = spec.commandLine().getOut();
    if (csv) {
      printCsv(out, c);
    } else if (output.json) {
      Map<String, Object> object = new LinkedHashMap<>();
      object.put("term", c.term());
      object.put("language", c.language());
      object.put("documents", c.documents());
      object.put("complete", c.complete());
      List<Map<String, String>> lines = new ArrayList<>();
      for (Concordance.Line line : c.pairs()) {
        Map<String, String> pair = new LinkedHashMap<>();
        pair.put("id", line.id());
        pair.put("original", Markup.EM.apply(line.original()));
        pair.put("translation", Markup.EM.apply(line.translation()));
        lines.add(pair);
      }
      object.put("pairs", lines);
      object.put("counterparts", c.counterparts());
      object.put("translations", candidates);
      object.put("all_candidates_counted", c.allCounted());
      Json.print(out, object);
    } else {
      printText(out, c, candidates, output.colour(parent.env()));
    }
    return ExitCodes.OK;
  }

  private static void printText(
      PrintWriter out, Concordance c, List<Concordance.Candidate> candidates, boolean colour) {
    Markup markup = colour ? Markup.ANSI : Markup.PLAIN;
    out.println(heading(c));
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
            : String.format(
                Locale.ROOT,
                "Most associated in the counterpart passages (%,d pair%s):",
                c.counterparts(),
                c.counterparts() == 1 ? "" : "s"));
    for (Concordance.Candidate candidate : candidates) {
      out.printf(
          Locale.ROOT,
          "  %-30s %.3f  (%d pair%s)%n",
          candidate.text(),
          candidate.score(),
          candidate.pairs(),
          candidate.pairs() == 1 ? "" : "s");
    }
    if (!c.allCounted()) {
      out.println(
          "  (the best of the candidates most frequent in the pairs read; --pairs all counts every"
              + " one)");
    }
  }

  /** The first line: the term, its language, and how many pairs are shown of how many documents. */
  static String heading(Concordance c) {
    String head = String.format(Locale.ROOT, "%s (%s): ", c.term(), c.language());
    int shown = c.pairs().size();
    String pairs = String.format(Locale.ROOT, "%,d passage pair%s", shown, shown == 1 ? "" : "s");
    String documents =
        String.format(Locale.ROOT, "%,d document%s", c.documents(), c.documents() == 1 ? "" : "s");
    return c.complete()
        ? head + pairs + " in " + documents
        : head + documents + "; the first " + pairs + " shown, oldest first (--pairs N or all)";
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
