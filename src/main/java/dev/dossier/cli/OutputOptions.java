package dev.dossier.cli;

import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;

/** How results are printed: JSON for scripts, else text, coloured on a terminal. */
final class OutputOptions {

  /** When to colour text output. */
  enum ColorMode {
    auto,
    always,
    never
  }

  @Option(names = "--json", description = "Print one JSON object (for scripts).")
  boolean json;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "Colour and bold: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto = on a"
              + " terminal, unless NO_COLOR is set).")
  ColorMode color;

  /** Whether text output may use ANSI colour. */
  boolean colour(Environment env) {
    return switch (color) {
      case always -> true;
      case never -> false;
      case auto -> !env.variables().containsKey("NO_COLOR") && Ansi.AUTO.enabled();
    };
  }
}
