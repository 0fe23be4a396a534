package dev.dossier.cli.cite;

/**
 * Text as LaTeX reads it in a BibTeX field: its special characters escaped, so that {@code %} does
 * not comment out the rest of a line, {@code &} does not end a table cell, and a lone brace does not
 * unbalance the entry (braces become {@code \textbraceleft{}}, since BibTeX counts {@code \{} as a
 * brace too).
 */
final class LatexText {

  private LatexText() {}

  /** {@code text} with LaTeX's special characters escaped; other characters as they are. */
  static String escape(String text) {
    StringBuilder latex = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> latex.append("\\textbackslash{}");
        case '{' -> latex.append("\\textbraceleft{}");
        case '}' -> latex.append("\\textbraceright{}");
        case '~' -> latex.append("\\textasciitilde{}");
        case '^' -> latex.append("\\textasciicircum{}");
        case '&', '%', '$', '#', '_' -> latex.append('\\').append(c);
        default -> latex.append(c);
      }
    }
    return latex.toString();
  }

  /**
   * A URL for BibTeX's {@code url} field, which styles print verbatim: as it is, but for the
   * characters that would unbalance the field or end it, percent-encoded.
   */
  static String url(String url) {
    return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20");
  }
}
