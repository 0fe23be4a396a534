package dev.dossier.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * A hit as one JSON object and back: how a Solr shard's {@code [dossier]} transformer hands the hit
 * it made ({@link HitPage}) to the CLI, which prints it as it prints an embedded index's. Jackson
 * maps the records field by field, so the two ends share the records, not a format written twice.
 */
public final class SearchHitJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SearchHitJson() {}

  /** {@code hit} as JSON. */
  public static String write(SearchHit hit) {
    try {
      return JSON.writeValueAsString(hit);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The hit {@code json} holds; throws when it holds none. */
  public static SearchHit read(String json) {
    try {
      return JSON.readValue(json, SearchHit.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
