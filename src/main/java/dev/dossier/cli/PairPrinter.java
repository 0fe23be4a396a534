package dev.dossier.cli;

import dev.dossier.align.TextPair;
import java.io.PrintWriter;
import java.util.List;

/** Prints aligned passage pairs as text: each original passage above its translation, numbered. */
final class PairPrinter {

  private static final String DIM = "\u001b[2m";
  private static final String RESET = "\u001b[0m";

  private final PrintWriter out;
  private final boolean colour;

  PairPrinter(PrintWriter out, boolean colour) {
    this.out = out;
    this.colour = colour;
  }

  void print(String originalLanguage, String translationLanguage, List<TextPair> pairs) {
    String o = label(originalLanguage);
    String t = label(translationLanguage.isEmpty() ? "--" : translationLanguage);
    int n = 1;
    for (TextPair pair : pairs) {
      out.println();
      out.printf("[%d] %s %s%n", n++, dim(o), oneLine(pair.original()));
      out.printf("%s %s %s%n", " ".repeat(String.valueOf(n - 1).length() + 2), dim(t), oneLine(pair.translation()));
    }
  }

  private static String label(String language) {
    return language + ":";
  }

  private static String oneLine(String text) {
    return text.isBlank() ? "—" : text.strip().replaceAll("\\s+", " ");
  }

  private String dim(String text) {
    return colour ? DIM + text + RESET : text;
  }
}
