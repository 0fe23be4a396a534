package dev.dossier.cli;

import dev.dossier.model.PartialDate;
import dev.dossier.search.MatchLevel;
import dev.dossier.search.MatchedWord;
import dev.dossier.search.ParallelPair;
import dev.dossier.search.SearchHit;
import dev.dossier.search.SearchRequest;
import dev.dossier.search.SearchResults;
import dev.dossier.search.Snippet;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints search results as text: a header, then each hit with its snippets per language. */
final class SearchPrinter {

  private final PrintWriter out;
  private final Ansi ansi;
  private final Markup markup;

  SearchPrinter(PrintWriter out, boolean colour) {
    this.out = out;
    this.ansi = new Ansi(colour);
    this.markup = colour ? Markup.ANSI : Markup.PLAIN;
  }

  void print(SearchRequest request, SearchResults results) {
    if (results.total() == 0 && !results.similarListed()) {
      out.printf(
          Locale.ROOT,
          "No documents match %s (%d ms).%n",
          ControlChars.escape(request.query()),
          results.tookMillis());
      return;
    }
    int from = request.offset() + 1;
    int to = request.offset() + results.hits().size();
    String page =
        results.hits().isEmpty()
            ? request.limit() == 0
                ? ""
                : String.format(Locale.ROOT, "; none after the first %d", request.offset())
            : String.format(Locale.ROOT, "; showing %d-%d", from, to);
    long count = results.similarListed() ? results.similar() : results.total();
    boolean atLeast =
        results.similarListed() ? results.similarIsLowerBound() : results.totalIsLowerBound();
    out.printf(
        Locale.ROOT,
        "%d%s %s %s%s%s (%d ms).%n",
        count,
        atLeast ? "+" : "",
        count == 1 && !atLeast ? "document matches" : "documents match",
        ControlChars.escape(request.query()),
        similarNote(results),
        page,
        results.tookMillis());
    int rank = from;
    for (SearchHit hit : results.hits()) {
      out.println();
      printHit(rank++, hit);
    }
    results
        .facets()
        .forEach(
            (field, counts) -> {
              out.println();
              out.println(ansi.bold("Matches by " + field + ":"));
              if (counts.isEmpty()) {
                out.println("   (none has a " + field + ")");
              }
              counts.forEach((value, n) -> out.printf(Locale.ROOT, "  %7d  %s%n", n, value));
            });
  }

  /**
   * "; 40 more only by similar spelling (--similar lists them)", or nothing when there are none.
   */
  private static String similarNote(SearchResults results) {
    if (results.similarListed()) {
      return " only by similar spelling or sound (a shared sound code or an OCR edit; nothing"
          + " matches for certain)";
    }
    if (results.similar() == 0) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "; %d%s more only by similar spelling or sound (--similar lists them)",
        results.similar(),
        results.similarIsLowerBound() ? "+" : "");
  }

  /** One hit, ranked {@code rank}: its line, title, snippets and, if asked, explanations. */
  void printHit(int rank, SearchHit hit) {
    String date =
        hit.date().isEmpty()
            ? "undated"
            : PartialDate.parse(hit.date()).map(PartialDate::display).orElse(hit.date());
    String collection = hit.collection().isEmpty() ? "" : "  " + hit.collection();
    out.printf(
        Locale.ROOT,
        "%d. %s  %s%s  %s%n",
        rank,
        ansi.bold(hit.id()),
        date,
        collection,
        ansi.dim(String.format(Locale.ROOT, "score %.3f", hit.score())));
    out.println("   " + ansi.bold(hit.title().isEmpty() ? "(untitled)" : hit.title()));
    if (!hit.alsoIn().isEmpty()) {
      out.println("   " + ansi.dim("also in: " + String.join(", ", hit.alsoIn())));
    }
    if (hit.parallel().isEmpty()) {
      hit.highlights().forEach((language, snippets) -> printSnippets(language, snippets));
    }
    for (ParallelPair pair : hit.parallel()) {
      out.println("   " + ansi.dim("┌") + " " + orDash(pair.original()));
      out.println("   " + ansi.dim("└") + " " + orDash(pair.translation()));
    }
    if (!hit.matches().isEmpty()) {
      out.println(
          "   "
              + ansi.dim(
                  "matched (best: " + hit.level().map(MatchLevel::label).orElse("?") + "):"));
      for (MatchedWord m : hit.matches()) {
        String source = m.query().isEmpty() ? "" : " <- " + m.query();
        out.println("     " + m.language() + " " + m.word() + "  " + m.level().label() + source);
      }
    }
  }

  private void printSnippets(String language, List<Snippet> snippets) {
    for (Snippet snippet : snippets) {
      out.println("   " + ansi.dim(language + ":") + " …" + markup.apply(snippet) + "…");
    }
  }

  private String orDash(Snippet snippet) {
    return snippet.text().isEmpty() ? "—" : markup.apply(snippet);
  }
}
