package dev.dossier.cli;

import dev.dossier.search.LearntName;
import dev.dossier.search.Searcher;
import java.io.PrintWriter;
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

/** {@code dossier names}: the name pairs the index has learnt from its bilingual documents. */
@Command(
    name = "names",
    mixinStandardHelpOptions = true,
    header = "The name pairs learnt from the aligned passages of bilingual documents.",
    description = {
      "List the names the index has learnt from its own bilingual documents: a name of an original"
          + " passage and a name of its aligned translation that the transcription rules write as"
          + " each other (Хрущев ↔ Khrushchev), with how many documents translate it so. Searches"
          + " use them (--explain calls them \"learnt\").",
      "A wrong pair is corrected in index-config/name-variants.txt with a line 'Гортон != Gordon';"
          + " a missing one with an alias line 'Gorton, Гортон'. Both take effect at the next"
          + " search."
    },
    footer = {"", "Examples:", "  dossier names", "  dossier names Хрущ --json"})
final class NamesCommand implements Callable<Integer> {

  @ParentCommand DossierCommand parent;
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(
      names = {"-n", "--limit"},
      paramLabel = "N",
      defaultValue = "50",
      converter = OptionBounds.NamePairs.class,
      description =
          "Pairs to show, most documents first, 0 to 100,000 (default: ${DEFAULT-VALUE}).")
  int limit;

  @Parameters(
      paramLabel = "NAME",
      arity = "0..1",
      description = "Only pairs with a name starting with this.")
  String filter = "";

  @Override
  public Integer call() throws Exception {
    List<LearntName> pairs;
    try (Searcher searcher = parent.openSearcher(common)) {
      pairs = searcher.learntNames(filter);
    }
    PrintWriter out = spec.commandLine().getOut();
    List<LearntName> shown = pairs.subList(0, Math.min(limit, pairs.size()));
    if (json) {
      Map<String, Object> object = new LinkedHashMap<>();
      object.put("total", pairs.size());
      object.put("pairs", shown.stream().map(NamesCommand::json).toList());
      Json.print(out, object);
      return ExitCodes.OK;
    }
    if (pairs.isEmpty()) {
      out.println(
          "No name pairs learnt"
              + (filter.isEmpty() ? "" : " for " + ControlChars.escape(filter))
              + ": the index has no bilingual document with aligned names.");
      return ExitCodes.OK;
    }
    out.printf(
        Locale.ROOT,
        "%d name pair%s learnt from aligned passages%s:%n",
        pairs.size(),
        pairs.size() == 1 ? "" : "s",
        shown.size() < pairs.size() ? "; showing " + shown.size() : "");
    int width = shown.stream().mapToInt(p -> p.russian().length()).max().orElse(8);
    for (LearntName p : shown) {
      out.printf(
          Locale.ROOT,
          "  %-" + width + "s ↔ %s (%s) %d%s%n",
          p.russian(),
          p.other(),
          p.language(),
          p.documents(),
          p.refused() ? "  refused by name-variants.txt" : "");
    }
    return ExitCodes.OK;
  }

  private static Map<String, Object> json(LearntName p) {
    Map<String, Object> pair = new LinkedHashMap<>();
    pair.put("ru", p.russian());
    pair.put(p.language(), p.other());
    pair.put("documents", p.documents());
    pair.put("refused", p.refused());
    return pair;
  }
}
