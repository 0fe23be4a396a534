package dev.dossier.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One archive document as read from its source, before anything is indexed. Absent text metadata is the
 * empty string; an absent date is an empty optional.
 *
 * @param id the archive's document number, or the source file's name without its extension
 * @param originalLanguage ISO 639-1 code of the original, {@code und} when unknown
 * @param original the original text (may be empty when only a translation exists)
 * @param translationLanguage ISO 639-1 code of the translation, empty when there is none
 * @param translation the translation, empty when there is none
 * @param metadata descriptive metadata by kind, each a list of values in source order (absent kinds are absent)
 * @param source where the document was read from (a path), for reports
 */
public record ArchiveDocument(
    String id,
    String title,
    Optional<PartialDate> date,
    String citation,
    String url,
    String summary,
    String credits,
    String originalLanguage,
    String original,
    String translationLanguage,
    String translation,
    Map<MetadataField, List<String>> metadata,
    String source) {

  public ArchiveDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    title = Objects.requireNonNullElse(title, "");
    citation = Objects.requireNonNullElse(citation, "");
    url = Objects.requireNonNullElse(url, "");
    summary = Objects.requireNonNullElse(summary, "");
    credits = Objects.requireNonNullElse(credits, "");
    originalLanguage = Objects.requireNonNullElse(originalLanguage, "und");
    original = Objects.requireNonNullElse(original, "");
    translationLanguage = Objects.requireNonNullElse(translationLanguage, "");
    translation = Objects.requireNonNullElse(translation, "");
    metadata = copy(metadata);
    source = Objects.requireNonNullElse(source, "");
  }

  private static Map<MetadataField, List<String>> copy(Map<MetadataField, List<String>> metadata) {
    Map<MetadataField, List<String>> copy = new EnumMap<>(MetadataField.class);
    if (metadata != null) {
      metadata.forEach(
          (field, values) -> {
            List<String> kept = values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
            if (!kept.isEmpty()) {
              copy.put(field, kept);
            }
          });
    }
    return java.util.Collections.unmodifiableMap(copy);
  }

  /** The values of one kind of metadata; empty when the document has none. */
  public List<String> metadata(MetadataField field) {
    return metadata.getOrDefault(field, List.of());
  }

  /** The same document, read from {@code newSource}. */
  public ArchiveDocument withSource(String newSource) {
    return new ArchiveDocument(
        id, title, date, citation, url, summary, credits, originalLanguage, original, translationLanguage,
        translation, metadata, newSource);
  }

  /** Whether the document has a translation. */
  public boolean hasTranslation() {
    return !translation.isBlank();
  }
}
