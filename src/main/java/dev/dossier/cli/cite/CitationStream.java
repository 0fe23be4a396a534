package dev.dossier.cli.cite;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dossier.model.ArchiveDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Citations written one document at a time, for {@code search --export}: each entry as {@link
 * CitationFormat#render} writes it, so an export of thousands of hits holds one document at a time.
 * CSL-JSON is one array (Jackson's sequence writer), BibTeX keys stay unique across the export.
 */
public final class CitationStream implements AutoCloseable {

  private static final ObjectMapper CSL =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the output is the command's

  private final CitationFormat format;
  private final PrintWriter out;
  private final Set<String> bibtexKeys = new HashSet<>();
  private final SequenceWriter csl;
  private boolean first = true;

  /** Citations in {@code format} written to {@code out}. */
  public CitationStream(CitationFormat format, PrintWriter out) throws IOException {
    this.format = format;
    this.out = out;
    this.csl = format == CitationFormat.CSL_JSON ? CSL.writer().writeValuesAsArray(out) : null;
  }

  /** Writes the citation of {@code doc}. */
  public void write(ArchiveDocument doc) {
    CitedDocument cited = CitedDocument.of(doc);
    try {
      switch (format) {
        case CSL_JSON -> csl.write(CslItem.of(cited));
        case CHICAGO -> out.println(ChicagoStyle.render(List.of(cited)));
        case BIBTEX -> entry(Bibtex.render(List.of(cited), bibtexKeys));
        case RIS -> entry(Ris.render(List.of(cited)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An entry of a format whose entries stand apart by a blank line. */
  private void entry(String text) {
    if (!first) {
      out.println();
    }
    out.println(text);
    first = false;
  }

  @Override
  public void close() throws IOException {
    if (csl != null) {
      csl.close(); // ends the array
      out.println();
    }
    out.flush();
  }
}
