package dev.dossier.config;

import java.util.List;

/** A named analysis chain: char filters, one tokenizer, token filters. */
public record AnalyzerSpec(
    String name,
    List<ComponentSpec> charFilters,
    ComponentSpec tokenizer,
    List<ComponentSpec> filters) {
  public AnalyzerSpec {
    charFilters = List.copyOf(charFilters);
    filters = List.copyOf(filters);
  }
}
