package dev.dossier.cli;

/**
 * The terminal's escape codes (ANSI), in one place for every printer: bold and dim text when output
 * is coloured, the text as it is when not.
 *
 * @param colour whether output is coloured
 */
record Ansi(boolean colour) {

  /** Bold yellow: a matched word ({@link Markup#ANSI}). */
  static final String HIGHLIGHT = "\u001b[1;33m";

  /** Back to plain text. */
  static final String RESET = "\u001b[0m";

  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";

  /** {@code text} in bold. */
  String bold(String text) {
    return style(BOLD, text);
  }

  /** {@code text} dimmed. */
  String dim(String text) {
    return style(DIM, text);
  }

  private String style(String code, String text) {
    return colour ? code + text + RESET : text;
  }
}
