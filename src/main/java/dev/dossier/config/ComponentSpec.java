package dev.dossier.config;

import java.util.Map;

/**
 * One analysis component (char filter, tokenizer or token filter) by its Lucene SPI name.
 *
 * @param type the factory's SPI name, e.g. {@code lowercase} or {@code snowballPorter}
 * @param params the factory's parameters, as Solr's schema would give them
 */
public record ComponentSpec(String type, Map<String, String> params) {
  public ComponentSpec {
    params = Map.copyOf(params);
  }
}
