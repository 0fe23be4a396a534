package dev.dossier.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.search.SearchHit;
import dev.dossier.search.SearchRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where {@code search --all} and {@code search --export} write every hit as it streams: as text,
 * JSON Lines, CSV or citations. Each hit is written when it comes, so the output grows while the
 * memory does not.
 */
final class HitExport implements AutoCloseable {

  /** The forms every hit can be written in. */
  enum Format {
    /** The text of a result page, hit after hit. */
    TEXT,
    /** One JSON object per line, each a hit of {@code search --json}. */
    JSONL,
    /** One row per hit ({@link HitCsv}). */
    CSV;

    /** The format an --export value names ({@code csv}); empty when none. */
    static Optional<Format> named(String name) {
      String key = name.strip().toLowerCase(Locale.ROOT);
      return key.equals("csv") ? Optional.of(CSV) : Optional.empty();
    }
  }

  private static final ObjectMapper COMPACT = new ObjectMapper();

  private final Consumer<SearchHit> writer;
  private final AutoCloseable closer;

  private HitExport(Consumer<SearchHit> writer, AutoCloseable closer) {
    this.writer = writer;
    this.closer = closer;
  }

  /** An export of {@code request}'s hits from {@code searcher} to {@code out}. */
  static HitExport open(
      Format format, PrintWriter out, boolean colour, SearchRequest request, List<String> languages)
      throws IOException {
    return switch (format) {
      case TEXT -> {
        SearchPrinter printer = new SearchPrinter(out, colour);
        int[] rank = {0};
        yield new HitExport(
            hit -> {
              if (rank[0] > 0) {
                out.println();
              }
              printer.printHit(++rank[0], hit);
            },
            out::flush);
      }
      case JSONL ->
          new HitExport(
              hit ->
                  out.println(compact(SearchJson.hit(hit, request.explain(), request.parallel()))),
              out::flush);
      case CSV -> {
        HitCsv csv = new HitCsv(out, languages);
        yield new HitExport(csv::write, csv);
      }
    };
  }

  /** Writes one hit. */
  void write(SearchHit hit) {
    writer.accept(hit);
  }

  @Override
  public void close() throws Exception {
    closer.close();
  }

  private static String compact(Object value) {
    try {
      return COMPACT.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
