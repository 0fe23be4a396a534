package dev.dossier.search;

import java.util.List;

/**
 * A passage of a document's text with the matched words marked.
 *
 * @param text the passage, white space folded to single spaces
 * @param matches the matched words, as character ranges of {@code text}, in order, not overlapping
 */
public record Snippet(String text, List<Span> matches) {
  public Snippet {
    matches = List.copyOf(matches);
  }

  /** A half-open character range {@code [start, end)}. */
  public record Span(int start, int end) {}
}
