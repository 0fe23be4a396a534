package dev.dossier.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into {@link Snippet} records (data, not markup: the CLI decides
 * how a match looks). White space is folded to single spaces, and overlapping matches, which a word
 * matched in both a field and its companion produces, are merged.
 */
final class SnippetFormatter extends PassageFormatter {

  private static final String LEADING_JUNK = " \t\n\r.,;:!?)]}»-";

  @Override
  public List<Snippet> format(Passage[] passages, String content) {
    List<Snippet> snippets = new ArrayList<>();
    for (Passage passage : passages) {
      snippets.add(snippet(passage, content));
    }
    return snippets;
  }

  private static Snippet snippet(Passage passage, String content) {
    int end = passage.getEndOffset();
    int firstMatch = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : end;
    int start = passage.getStartOffset();
    while (start < firstMatch && LEADING_JUNK.indexOf(content.charAt(start)) >= 0) {
      start++; // a passage that starts on the tail of the previous sentence: ". № 2" -> "№ 2"
    }
    return snippet(
        content,
        start,
        end,
        passage.getMatchStarts(),
        passage.getMatchEnds(),
        passage.getNumMatches());
  }

  /**
   * The text of {@code content} from {@code start} to {@code end}, white space folded, with the
   * matches given by content offsets (clipped to the range) as spans of the folded text.
   */
  static Snippet snippet(String content, int start, int end, int[] starts, int[] ends, int count) {
    StringBuilder text = new StringBuilder(end - start);
    int[] position = new int[end - start + 1]; // content offset -> snippet offset
    boolean lastWasSpace = true; // also drops leading white space
    for (int i = start; i < end; i++) {
      position[i - start] = text.length();
      char c = content.charAt(i);
      if (Character.isWhitespace(c)) {
        if (!lastWasSpace) {
          text.append(' ');
        }
        lastWasSpace = true;
      } else {
        text.append(c);
        lastWasSpace = false;
      }
    }
    position[end - start] = text.length();
    while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 1);
    }
    List<Snippet.Span> spans = new ArrayList<>();
    List<int[]> matches = new ArrayList<>();
    for (int m = 0; m < count; m++) {
      if (ends[m] > start && starts[m] < end) {
        matches.add(new int[] {Math.max(starts[m], start), Math.min(ends[m], end)});
      }
    }
    matches.sort(
        (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    int lastEnd = -1;
    for (int[] match : matches) {
      int from = Math.min(position[match[0] - start], text.length());
      int to = Math.min(position[match[1] - start], text.length());
      if (to <= from) {
        continue;
      }
      if (from < lastEnd) {
        Snippet.Span previous = spans.remove(spans.size() - 1);
        spans.add(new Snippet.Span(previous.start(), Math.max(previous.end(), to)));
      } else {
        spans.add(new Snippet.Span(from, to));
      }
      lastEnd = spans.get(spans.size() - 1).end();
    }
    return new Snippet(text.toString(), spans);
  }
}
