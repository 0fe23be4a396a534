package dev.dossier.cli;

import dev.dossier.align.TextPair;
import java.io.PrintWriter;
import java.util.List;

/** Prints aligned passage pairs as text: each original passage above its translation, numbered. */
final class PairPrinter {

  private final PrintWriter out;
  private final Ansi ansi;

  PairPrinter(PrintWriter out, boolean colour) {
    this.out = out;
    this.ansi = new Ansi(colour);
  }

  void print(String originalLanguage, String translationLanguage, List<TextPair> pairs) {
    String o = label(originalLanguage);
    String t = label(translationLanguage.isEmpty() ? "--" : translationLanguage);
    int n = 1;
    for (TextPair pair : pairs) {
      out.println();
      out.printf("[%d] %s %s%n", n++, ansi.dim(o), oneLine(pair.original()));
      out.printf(
          "%s %s %s%n",
          " ".repeat(String.valueOf(n - 1).length() + 2), ansi.dim(t), oneLine(pair.translation()));
    }
  }

  private static String label(String language) {
    return language + ":";
  }

  private static String oneLine(String text) {
    return text.isBlank() ? "—" : text.strip().replaceAll("\\s+", " ");
  }
}
