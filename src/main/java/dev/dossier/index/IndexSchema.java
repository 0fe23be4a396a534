package dev.dossier.index;

import dev.dossier.analysis.AnalyzerFactory;
import dev.dossier.analysis.RecordedTokens;
import dev.dossier.analysis.TeedAnalysis;
import dev.dossier.config.ConfigException;
import dev.dossier.config.IndexConfig;
import dev.dossier.config.LanguageSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The index's fields with the analyzer of each, built once from the configuration; shared by
 * indexing and search.
 */
public final class IndexSchema {

  private final IndexConfig config;
  private final Analyzer analyzer;

  /**
   * Per declared language: its stemmed, unstemmed and name-key chains, sharing one tokenisation.
   */
  private final Map<String, TeedAnalysis> textAnalysis;

  private IndexSchema(
      IndexConfig config, Analyzer analyzer, Map<String, TeedAnalysis> textAnalysis) {
    this.config = config;
    this.analyzer = analyzer;
    this.textAnalysis = textAnalysis;
  }

  /** Builds every analyzer the configuration declares and maps each field to its own. */
  public static IndexSchema of(IndexConfig config) {
    Map<String, Analyzer> byName = AnalyzerFactory.buildAll(config);
    Map<String, Analyzer> byField = new HashMap<>();
    Map<String, TeedAnalysis> textAnalysis = new HashMap<>();
    for (LanguageSpec language : config.languages().values()) {
      List<String> chains =
          List.of(language.analyzer(), language.exactAnalyzer(), language.namesAnalyzer());
      byField.put(Fields.text(language.code()), byName.get(chains.get(0)));
      byField.put(Fields.exact(language.code()), byName.get(chains.get(1)));
      byField.put(Fields.names(language.code()), byName.get(chains.get(2)));
      textAnalysis.put(
          language.code(),
          TeedAnalysis.of(
              chains.stream().map(config.analyzers()::get).toList(),
              chains.stream().map(name -> (CustomAnalyzer) byName.get(name)).toList()));
    }
    config
        .metadata()
        .forEach(
            (field, analyzerName) -> {
              if (!Fields.SEARCHABLE_METADATA.contains(field)
                  && !Fields.DESCRIPTIVE_METADATA.contains(field)) {
                throw new ConfigException(
                    config.directory().resolve("dossier.yaml")
                        + ": metadata field '"
                        + field
                        + "' is not one Dossier indexes (known: "
                        + String.join(", ", Fields.SEARCHABLE_METADATA)
                        + ")");
              }
              byField.put(field, byName.get(analyzerName));
            });
    // the title's and summary's names, by the names chain of the language whose analyzer the title
    // has
    String titleAnalyzer = config.metadata().get(Fields.TITLE);
    config.languages().values().stream()
        .filter(l -> l.analyzer().equals(titleAnalyzer))
        .findFirst()
        .ifPresent(l -> byField.put(Fields.names(Fields.META), byName.get(l.namesAnalyzer())));
    // Descriptive metadata comes in every language (Stalin's genres are Russian, DAFP's English):
    // unless the
    // configuration names an analyzer, it gets the undetermined language's, with no language's
    // stemming.
    Analyzer generic = byName.get(config.languageFor("und").analyzer());
    for (String field : Fields.DESCRIPTIVE_METADATA) {
      byField.putIfAbsent(field, generic);
    }
    for (String field : Fields.SEARCHABLE_METADATA) {
      if (!byField.containsKey(field)) {
        throw new ConfigException(
            config.directory().resolve("dossier.yaml")
                + ": metadata must name an analyzer for '"
                + field
                + "'");
      }
    }
    return new IndexSchema(
        config,
        new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), byField),
        Map.copyOf(textAnalysis));
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

  /**
   * A document text in {@code language} analysed once for its three fields (stemmed, unstemmed,
   * name keys), with one tokenisation shared by the three chains.
   */
  public TextTokens analyse(String language, String text) {
    String slot = indexLanguage(language);
    List<RecordedTokens> tokens = textAnalysis.get(slot).analyse(Fields.text(slot), text);
    return new TextTokens(slot, text, tokens.get(0), tokens.get(1), tokens.get(2));
  }

  /** The stems of {@code text} by the full-text analyzer of {@code language} (its slot's). */
  public List<String> stems(String language, String text) {
    return terms(Fields.text(indexLanguage(language)), text);
  }

  /**
   * The terms of {@code text} as {@code field}'s analyzer makes them: what a query or an
   * explanation compares. Only the terms are kept (no {@link RecordedTokens}), because the aligner
   * stems every glossary term through it.
   */
  public List<String> terms(String field, String text) {
    List<String> terms = new java.util.ArrayList<>();
    try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream(field, text)) {
      org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // analysis of an in-memory string does no I/O
    }
    return terms;
  }

  /**
   * The tokens of {@code text} as {@code field}'s analyzer makes them, with their offsets and
   * position increments.
   */
  public RecordedTokens tokens(String field, String text) {
    return RecordedTokens.of(analyzer.tokenStream(field, text));
  }

  /**
   * The fields whose matches are highlighted on the stored text of {@code field}: for a {@code
   * text_xx} field, itself, its unstemmed companion and its name keys (they share its offsets); for
   * others, the field alone.
   */
  public java.util.Set<String> highlightedWith(String field) {
    return languageOfTextField(field)
        .map(l -> java.util.Set.of(field, Fields.exact(l), Fields.names(l)))
        .orElse(java.util.Set.of(field));
  }

  /** The language of an unstemmed companion field ({@code text_xx_exact}). */
  public Optional<String> languageOfExactField(String field) {
    return languages().stream().filter(l -> Fields.exact(l).equals(field)).findFirst();
  }

  /** The language whose stored text a field holds, for {@code text_xx} fields. */
  public Optional<String> languageOfTextField(String field) {
    return languages().stream().filter(l -> Fields.text(l).equals(field)).findFirst();
  }
}
