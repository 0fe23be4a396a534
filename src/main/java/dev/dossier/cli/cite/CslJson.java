package dev.dossier.cli.cite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;

/** {@code --format csl-json}: one JSON array of the documents' CSL items ({@link CslItem}). */
final class CslJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CslJson() {}

  static String render(List<CitedDocument> documents) {
    try {
      return MAPPER.writeValueAsString(documents.stream().map(CslItem::of).toList());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write CSL-JSON", e);
    }
  }
}
