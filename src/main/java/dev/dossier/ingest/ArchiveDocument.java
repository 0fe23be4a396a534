package dev.dossier.ingest;

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
    source = Objects.requireNonNullElse(source, "");
  }

  /** Whether the document has a translation. */
  public boolean hasTranslation() {
    return !translation.isBlank();
  }
}
