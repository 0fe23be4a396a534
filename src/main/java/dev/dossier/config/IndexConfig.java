package dev.dossier.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole of {@code index-config/}: analysis chains, text languages and metadata fields.
 *
 * @param directory the folder the configuration was read from; file parameters resolve against it
 * @param analyzers analysis chains by name
 * @param languages text languages by ISO 639-1 code, in declaration order; always holds {@link
 *     #UNDETERMINED}
 * @param metadata searchable metadata fields and the name of the analyzer of each
 */
public record IndexConfig(
    Path directory,
    Map<String, AnalyzerSpec> analyzers,
    Map<String, LanguageSpec> languages,
    Map<String, String> metadata) {

  /** The BCP 47 code for "undetermined": the language slot for texts in languages not declared. */
  public static final String UNDETERMINED = "und";

  public IndexConfig {
    analyzers = Map.copyOf(analyzers);
    languages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(languages));
    metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
  }

  /** The declared language a text in {@code languageCode} is indexed as: itself, or {@code und}. */
  public LanguageSpec languageFor(String languageCode) {
    String code = languageCode == null ? UNDETERMINED : languageCode.toLowerCase(Locale.ROOT);
    LanguageSpec spec = languages.get(code);
    return spec != null ? spec : languages.get(UNDETERMINED);
  }

  /** The declared language codes, in declaration order. */
  public List<String> languageCodes() {
    return List.copyOf(languages.keySet());
  }
}
