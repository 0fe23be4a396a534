package dev.dossier.ingest.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to plain text with jsoup: scripts and styles dropped, block elements (paragraphs, headings,
 * list items, table rows, {@code <br>}) become line breaks and runs of spaces collapse, so the
 * paragraph structure the language splitter and the aligner work on survives.
 */
public final class HtmlText {

  private HtmlText() {}

  /** The text of an HTML document or fragment. */
  public static String toText(String html) {
    return toText(Jsoup.parse(html));
  }

  /** The text of a parsed document's body. */
  static String toText(Document document) {
    document.select("script, style, noscript, head").remove();
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(
        new Collector(out), document.body() == null ? document : document.body());
    return tidy(out.toString());
  }

  /** Lines stripped, spaces collapsed, at most one empty line between paragraphs. */
  static String tidy(String text) {
    StringBuilder out = new StringBuilder();
    int blank = 0;
    for (String line : text.split("\n", -1)) {
      String clean = line.replace('\u00a0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
      if (clean.isEmpty()) {
        blank++;
        continue;
      }
      if (out.length() > 0) {
        out.append(blank > 0 ? "\n\n" : "\n");
      }
      out.append(clean);
      blank = 0;
    }
    return out.toString();
  }

  private record Collector(StringBuilder out) implements NodeVisitor {
    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        out.append(text.getWholeText().replace('\n', ' '));
      } else if (node instanceof Element e && e.normalName().equals("br")) {
        out.append('\n');
      } else if (node instanceof Element e && e.isBlock()) {
        out.append(paragraph(e) ? "\n\n" : "\n");
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && e.isBlock()) {
        out.append(paragraph(e) ? "\n\n" : "\n");
      }
    }

    private static boolean paragraph(Element e) {
      return switch (e.normalName()) {
        case "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table" -> true;
        default -> false;
      };
    }
  }
}
