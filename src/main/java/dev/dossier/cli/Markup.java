package dev.dossier.cli;

import dev.dossier.search.Snippet;

/** How a matched word is marked in printed snippets. */
record Markup(String open, String close) {

  /** Bold yellow on a terminal. */
  static final Markup ANSI = new Markup(Ansi.HIGHLIGHT, Ansi.RESET);

  /** Plain markers when output is piped, like Markdown bold. */
  static final Markup PLAIN = new Markup("**", "**");

  /** Elasticsearch's default highlight tags, for JSON. */
  static final Markup EM = new Markup("<em>", "</em>");

  /** The snippet's text with its matches marked. */
  String apply(Snippet snippet) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Snippet.Span span : snippet.matches()) {
      out.append(snippet.text(), at, span.start()).append(open);
      out.append(snippet.text(), span.start(), span.end()).append(close);
      at = span.end();
    }
    return out.append(snippet.text().substring(at)).toString();
  }
}
