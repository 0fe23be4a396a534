package dev.dossier.index;

import dev.dossier.analysis.AnalyzerFactory;
import dev.dossier.config.ConfigException;
import dev.dossier.config.IndexConfig;
import dev.dossier.config.LanguageSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The index's fields with the analyzer of each, built once from the configuration; shared by indexing and search. */
public final class IndexSchema {

  private final IndexConfig config;
  private final Analyzer analyzer;

  private IndexSchema(IndexConfig config, Analyzer analyzer) {
    this.config = config;
    this.analyzer = analyzer;
  }

  /** Builds every analyzer the configuration declares and maps each field to its own. */
  public static IndexSchema of(IndexConfig config) {
    Map<String, Analyzer> byName = AnalyzerFactory.buildAll(config);
    Map<String, Analyzer> byField = new HashMap<>();
    for (LanguageSpec language : config.languages().values()) {
      byField.put(Fields.text(language.code()), byName.get(language.analyzer()));
      byField.put(Fields.exact(language.code()), byName.get(language.exactAnalyzer()));
      byField.put(Fields.names(language.code()), byName.get(language.namesAnalyzer()));
    }
    config
        .metadata()
        .forEach(
            (field, analyzerName) -> {
              if (!Fields.SEARCHABLE_METADATA.contains(field)) {
                throw new ConfigException(
                    config.directory().resolve("dossier.yaml") + ": metadata field '" + field
                        + "' is not one Dossier indexes (known: " + String.join(", ", Fields.SEARCHABLE_METADATA) + ")");
              }
              byField.put(field, byName.get(analyzerName));
            });
    for (String field : Fields.SEARCHABLE_METADATA) {
      if (!byField.containsKey(field)) {
        throw new ConfigException(
            config.directory().resolve("dossier.yaml") + ": metadata must name an analyzer for '" + field + "'");
      }
    }
    return new IndexSchema(config, new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), byField));
  }

  /** The configuration folder, for files read at query time (name variants). */
  public java.nio.file.Path configDirectory() {
    return config.directory();
  }

  /** The per-field analyzer for indexing and query parsing. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** The declared text languages, in configuration order (the last is usually {@code und}). */
  public List<String> languages() {
    return config.languageCodes();
  }

  /** The declared language a text in {@code languageCode} is indexed under. */
  public String indexLanguage(String languageCode) {
    return config.languageFor(languageCode).code();
  }

  /** The stems of {@code text} by the full-text analyzer of {@code language} (its slot's). */
  public List<String> stems(String language, String text) {
    List<String> stems = new java.util.ArrayList<>();
    try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream(Fields.text(indexLanguage(language)), text)) {
      org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        stems.add(term.toString());
      }
      ts.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return stems;
  }

  /**
   * The fields whose matches are highlighted on the stored text of {@code field}: for a {@code text_xx} field, itself,
   * its unstemmed companion and its name keys (they share its offsets); for others, the field alone.
   */
  public java.util.Set<String> highlightedWith(String field) {
    return languageOfTextField(field)
        .map(l -> java.util.Set.of(field, Fields.exact(l), Fields.names(l)))
        .orElse(java.util.Set.of(field));
  }

  /** The language whose stored text a field holds, for {@code text_xx} fields. */
  public Optional<String> languageOfTextField(String field) {
    return languages().stream().filter(l -> Fields.text(l).equals(field)).findFirst();
  }
}
