package dev.dossier.model;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One archive document as read from its source, before anything is indexed. Absent text metadata is
 * the empty string; an absent date is an empty optional.
 *
 * @param id the archive's document number, or the source file's name without its extension
 * @param originalLanguage ISO 639-1 code of the original, {@code und} when unknown
 * @param original the original text (may be empty when only a translation exists)
 * @param translationLanguage ISO 639-1 code of the translation, empty when there is none
 * @param translation the translation, empty when there is none
 * @param metadata descriptive metadata by kind, each a list of values in source order (absent kinds
 *     are absent)
 * @param source where the document was read from (a path), for reports
 * @param derived what Dossier derived from the text because the record lacked it (a title from the
 *     first line, a date from the opening lines), so a reader knows not to cite it as the archive's
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
    String source,
    Set<Derived> derived) {

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
    derived =
        derived == null || derived.isEmpty()
            ? Set.of()
            : java.util.Collections.unmodifiableSet(EnumSet.copyOf(derived));
  }

  private static Map<MetadataField, List<String>> copy(Map<MetadataField, List<String>> metadata) {
    Map<MetadataField, List<String>> copy = new EnumMap<>(MetadataField.class);
    if (metadata != null) {
      metadata.forEach(
          (field, values) -> {
            List<String> kept =
                values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
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
    return toBuilder().source(newSource).build();
  }

  /** The same document with {@code values} as its metadata of one kind (none when empty). */
  public ArchiveDocument withMetadata(MetadataField field, List<String> values) {
    Map<MetadataField, List<String>> changed = new EnumMap<>(MetadataField.class);
    changed.putAll(metadata);
    changed.put(field, values);
    return toBuilder().metadata(changed).build();
  }

  /** A builder of the document with this id; what it is not given is empty, the date absent. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder holding this document's fields, for a copy that differs in some. */
  public Builder toBuilder() {
    return new Builder(id)
        .title(title)
        .date(date)
        .citation(citation)
        .url(url)
        .summary(summary)
        .credits(credits)
        .original(originalLanguage, original)
        .translation(translationLanguage, translation)
        .metadata(metadata)
        .source(source)
        .derived(derived);
  }

  /** Whether the document has a translation. */
  public boolean hasTranslation() {
    return !translation.isBlank();
  }

  /**
   * Collects a document's fields by name: the record has fourteen, and a reader or a copy that
   * named them by position read as a row of strings in which two could swap unnoticed.
   */
  public static final class Builder {
    private String id;
    private String title;
    private Optional<PartialDate> date = Optional.empty();
    private String citation;
    private String url;
    private String summary;
    private String credits;
    private String originalLanguage;
    private String original;
    private String translationLanguage;
    private String translation;
    private Map<MetadataField, List<String>> metadata;
    private String source;
    private Set<Derived> derived = Set.of();

    private Builder(String id) {
      this.id = id;
    }

    /** The id, in place of the one the builder was made with. */
    public Builder id(String value) {
      id = value;
      return this;
    }

    /** The title. */
    public Builder title(String value) {
      title = value;
      return this;
    }

    /** The date, if the source gives one. */
    public Builder date(Optional<PartialDate> value) {
      date = value;
      return this;
    }

    /** The citation. */
    public Builder citation(String value) {
      citation = value;
      return this;
    }

    /** The URL of the document at its archive. */
    public Builder url(String value) {
      url = value;
      return this;
    }

    /** The summary. */
    public Builder summary(String value) {
      summary = value;
      return this;
    }

    /** The credits (translator, funder). */
    public Builder credits(String value) {
      credits = value;
      return this;
    }

    /** The original text and its language. */
    public Builder original(String language, String text) {
      originalLanguage = language;
      original = text;
      return this;
    }

    /** The translation and its language. */
    public Builder translation(String language, String text) {
      translationLanguage = language;
      translation = text;
      return this;
    }

    /** The descriptive metadata by kind. */
    public Builder metadata(Map<MetadataField, List<String>> value) {
      metadata = value;
      return this;
    }

    /** Where the document was read from. */
    public Builder source(String value) {
      source = value;
      return this;
    }

    /** What was derived from the text rather than read from the record. */
    public Builder derived(Set<Derived> value) {
      derived = value;
      return this;
    }

    /** The document, its fields normalised as the record's constructor does. */
    public ArchiveDocument build() {
      return new ArchiveDocument(
          id,
          title,
          date,
          citation,
          url,
          summary,
          credits,
          originalLanguage,
          original,
          translationLanguage,
          translation,
          metadata,
          source,
          derived);
    }
  }
}
