package dev.dossier.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.dossier.search.SearchHit;
import dev.dossier.search.Snippet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code search --export csv}: one row per hit, written as the hits stream, with Jackson's CSV
 * writer (RFC 4180 quoting): id, date, title, collection, series, URL, score, and the first snippet
 * of each of the index's languages, as plain text.
 */
final class HitCsv implements AutoCloseable {

  private final List<String> languages;
  private final SequenceWriter rows;

  HitCsv(Writer out, List<String> languages) throws IOException {
    this.languages = List.copyOf(languages);
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    for (String column : List.of("id", "date", "title", "collection", "series", "url", "score")) {
      schema.addColumn(column);
    }
    for (String language : languages) {
      schema.addColumn("snippet_" + language);
    }
    schema.addColumn("also_in");
    this.rows = new CsvMapper().writer(schema.build()).writeValues(out);
  }

  /** Writes the row of {@code hit}. */
  void write(SearchHit hit) {
    List<String> row = new ArrayList<>();
    row.add(hit.id());
    row.add(hit.date());
    row.add(hit.title());
    row.add(hit.collection());
    row.add(hit.series());
    row.add(hit.url());
    row.add(String.format(Locale.ROOT, "%.4f", hit.score()));
    for (String language : languages) {
      List<Snippet> snippets = hit.highlights().getOrDefault(language, List.of());
      row.add(snippets.isEmpty() ? "" : snippets.get(0).text());
    }
    row.add(String.join(" ", hit.alsoIn()));
    try {
      rows.write(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    rows.flush();
  }
}
