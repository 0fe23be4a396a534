package dev.dossier.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.cli.cite.CitationFormat;
import dev.dossier.cli.cite.CitationStream;
import dev.dossier.index.IndexedDocument;
import dev.dossier.model.ArchiveDocument;
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
    CSV,
    /** A BibTeX entry per hit ({@link CitationFormat#BIBTEX}). */
    BIBTEX,
    /** A RIS record per hit. */
    RIS,
    /** One CSL-JSON array of every hit. */
    CSL_JSON;

    /** The format an --export value names ({@code csv}, {@code csl-json}); empty when none. */
    static Optional<Format> named(String name) {
      String key = name.strip().toLowerCase(Locale.ROOT);
      return switch (key) {
        case "csv" -> Optional.of(CSV);
        case "bibtex" -> Optional.of(BIBTEX);
        case "ris" -> Optional.of(RIS);
        case "csl-json" -> Optional.of(CSL_JSON);
        default -> Optional.empty();
      };
    }

    /** The citation format of an export of citations; empty for the others. */
    Optional<CitationFormat> citation() {
      return switch (this) {
        case BIBTEX -> Optional.of(CitationFormat.BIBTEX);
        case RIS -> Optional.of(CitationFormat.RIS);
        case CSL_JSON -> Optional.of(CitationFormat.CSL_JSON);
        default -> Optional.empty();
      };
    }
  }

  /** The whole document of a hit, from the index it came from, for its citation. */
  interface Documents {
    /** The document with {@code id}. */
    Optional<IndexedDocument> find(String id) throws Exception;
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
      Format format,
      PrintWriter out,
      boolean colour,
      SearchRequest request,
      List<String> languages,
      Documents documents)
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
      case BIBTEX, RIS, CSL_JSON -> {
        CitationStream citations = new CitationStream(format.citation().orElseThrow(), out);
        yield new HitExport(hit -> citations.write(document(documents, hit.id())), citations);
      }
    };
  }

  private static ArchiveDocument document(Documents documents, String id) {
    try {
      return documents
          .find(id)
          .map(IndexedDocument::document)
          .orElseThrow(() -> new IllegalStateException("hit " + id + " is gone from the index"));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read hit " + id + ": " + e.getMessage(), e);
    }
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
