package dev.dossier.ingest.read;

import dev.dossier.ingest.date.DateTexts;
import dev.dossier.ingest.files.RejectedFileException;
import dev.dossier.ingest.files.SourceFile;
import dev.dossier.ingest.language.Languages;
import dev.dossier.ingest.language.TextLanguages;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.MetadataField;
import dev.dossier.model.PartialDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page as one document with jsoup: the title from {@code <title>} or the first {@code
 * <h1>}, the date, summary, authors and keywords from the {@code <meta>} names Dublin Core and
 * Google Scholar use, the body as text with its paragraphs kept ({@link HtmlText}). The language is
 * identified from the text; the page's {@code lang} only breaks a tie, because templates declare it
 * for the site, not the text (the Wilson Center's Russian transcripts say {@code xml:lang="en"}).
 */
public final class HtmlReader implements ArchiveReader {

  private static final Set<String> DATE =
      Set.of(
          "date",
          "dc.date",
          "dc.date.issued",
          "dc.date.created",
          "dcterms.date",
          "dcterms.issued",
          "citation_date",
          "citation_publication_date");
  private static final Set<String> SUMMARY =
      Set.of("description", "dc.description", "dcterms.abstract");
  private static final Set<String> PERSON =
      Set.of("author", "dc.creator", "dcterms.creator", "citation_author");
  private static final Set<String> SUBJECT = Set.of("keywords", "dc.subject", "citation_keywords");

  @Override
  public boolean accepts(SourceFile file) throws RejectedFileException {
    String name = file.lowerCaseName();
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return true;
    }
    // an HTML page saved under a text name: judged by how it starts
    if (!name.endsWith(".txt") && !name.endsWith(".md") && !name.endsWith(".markdown")) {
      return false;
    }
    String text = file.text();
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return text.regionMatches(true, start, "<!doctype html", 0, 14)
        || text.regionMatches(true, start, "<html", 0, 5);
  }

  @Override
  public ReadResult read(SourceFile file) throws RejectedFileException {
    Document page = Jsoup.parse(file.text());
    String title = title(page);
    Optional<PartialDate> date = DateTexts.parse(meta(page, DATE).stream().findFirst().orElse(""));
    String summary = meta(page, SUMMARY).stream().findFirst().orElse("");
    String url = canonicalUrl(page);
    Map<MetadataField, List<String>> metadata = new EnumMap<>(MetadataField.class);
    metadata.put(MetadataField.PERSON, meta(page, PERSON));
    metadata.put(MetadataField.SUBJECT, split(meta(page, SUBJECT)));
    Optional<String> declared = declaredLanguage(page);
    String text = HtmlText.toText(page); // removes the head: every value above is taken first
    if (text.isBlank()) {
      throw new RejectedFileException("no text in the HTML body");
    }
    TextLanguages texts = TextLanguages.identifiedFirst(text, declared);
    return ReadResult.of(
        List.of(
            ArchiveDocument.builder(file.baseName())
                .title(title)
                .date(date)
                .url(url)
                .summary(summary)
                .original(texts.originalLanguage(), texts.original())
                .translation(texts.translationLanguage(), texts.translation())
                .metadata(metadata)
                .source(file.path().toString())
                .build()));
  }

  private static String title(Document page) {
    String title = page.title().strip();
    if (title.isEmpty()) {
      Element h1 = page.selectFirst("h1");
      title = h1 == null ? "" : h1.text().strip();
    }
    return title;
  }

  /**
   * The values of the {@code <meta>} tags whose name (or Open Graph property) is one of {@code
   * names}.
   */
  private static List<String> meta(Document page, Set<String> names) {
    List<String> values = new ArrayList<>();
    for (Element meta : page.select("meta[content]")) {
      String name = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
      if (names.contains(name.strip().toLowerCase(Locale.ROOT))
          && !meta.attr("content").isBlank()) {
        values.add(meta.attr("content").strip());
      }
    }
    return values;
  }

  /** Keywords as pages write them: one tag of "a, b; c". */
  private static List<String> split(List<String> values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.addAll(List.of(v.split("[,;]"))));
    return out;
  }

  private static String canonicalUrl(Document page) {
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    if (canonical != null) {
      return canonical.attr("href").strip();
    }
    Element og = page.selectFirst("meta[property=og:url][content]");
    return og == null ? "" : og.attr("content").strip();
  }

  private static Optional<String> declaredLanguage(Document page) {
    Element html = page.selectFirst("html");
    if (html == null) {
      return Optional.empty();
    }
    String lang = html.hasAttr("lang") ? html.attr("lang") : html.attr("xml:lang");
    return Languages.code(lang);
  }
}
