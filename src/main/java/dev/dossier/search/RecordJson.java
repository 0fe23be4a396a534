package dev.dossier.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * Records as JSON and back: how a Solr shard hands what Dossier's own code made there (a hit, a
 * concordance's part) to the CLI. Jackson maps the records field by field, so the two ends share
 * the records, not a format written twice.
 */
public final class RecordJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordJson() {}

  /** {@code value} as JSON. */
  public static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code type} {@code json} holds; throws when it holds none. */
  public static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
