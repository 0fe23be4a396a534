package dev.dossier.analysis;

import dev.dossier.config.AnalyzerSpec;
import dev.dossier.config.ComponentSpec;
import dev.dossier.config.ConfigException;
import dev.dossier.config.IndexConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;

/**
 * Builds Lucene {@link CustomAnalyzer}s from the configuration's chains, looking components up by
 * their SPI names, the same names Solr's schema uses.
 */
public final class AnalyzerFactory {

  private AnalyzerFactory() {}

  /**
   * Builds every analyzer the configuration declares, by name; fails on the first invalid chain.
   */
  public static Map<String, Analyzer> buildAll(IndexConfig config) {
    Map<String, Analyzer> analyzers = new LinkedHashMap<>();
    for (AnalyzerSpec spec : config.analyzers().values()) {
      analyzers.put(spec.name(), build(config, spec));
    }
    return Map.copyOf(analyzers);
  }

  /**
   * Builds one analyzer; file parameters resolve against the configuration folder, then the
   * classpath.
   */
  public static Analyzer build(IndexConfig config, AnalyzerSpec spec) {
    String where = config.directory().resolve("dossier.yaml") + ": analyzer '" + spec.name() + "'";
    try {
      CustomAnalyzer.Builder builder = CustomAnalyzer.builder(config.directory());
      for (ComponentSpec charFilter : spec.charFilters()) {
        builder.addCharFilter(charFilter.type(), new HashMap<>(charFilter.params()));
      }
      builder.withTokenizer(spec.tokenizer().type(), new HashMap<>(spec.tokenizer().params()));
      for (ComponentSpec filter : spec.filters()) {
        builder.addTokenFilter(filter.type(), new HashMap<>(filter.params()));
      }
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where + ": " + e.getMessage(), e);
    } catch (IOException | UncheckedIOException e) {
      throw new ConfigException(where + ": cannot read a resource: " + e.getMessage(), e);
    }
  }
}
