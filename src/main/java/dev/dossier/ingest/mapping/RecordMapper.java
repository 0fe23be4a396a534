package dev.dossier.ingest.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.config.SourceMapping;
import dev.dossier.config.ValueSpec;
import dev.dossier.ingest.files.RejectedFileException;
import dev.dossier.ingest.files.SourceFile;
import dev.dossier.ingest.files.TextFiles;
import dev.dossier.ingest.language.LanguageIdentifier;
import dev.dossier.ingest.language.Languages;
import dev.dossier.ingest.language.TextLanguages;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.MetadataField;
import dev.dossier.model.PartialDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns one record of a mapped JSON, JSON Lines or CSV file into an {@link ArchiveDocument}. */
final class RecordMapper {

  private final SourceMapping mapping;

  RecordMapper(SourceMapping mapping) {
    this.mapping = mapping;
  }

  /**
   * The document of {@code record}, the {@code number}-th of {@code file} (from 1; its line in a
   * JSON Lines file); rejected when it has neither text nor a title or summary.
   */
  ArchiveDocument map(
      JsonNode record, SourceFile file, int number, boolean single, List<Path> companions)
      throws RejectedFileException {
    String text = textOrFile(record, "text", file, companions);
    String translation = textOrFile(record, "translation", file, companions);
    if (text.isBlank()
        && translation.isBlank()
        && value(record, "title").isBlank()
        && value(record, "summary").isBlank()) {
      // a catalogue record with a title or summary but no body is still found by them; one with
      // none is nothing
      throw new RejectedFileException(
          "no text, title or summary (" + where("text") + " is missing or empty)");
    }
    String id = value(record, "id");
    if (id.isBlank()) {
      id = single ? file.baseName() : file.baseName() + "-" + number;
    }
    TextLanguages languages = languages(record, text, translation);
    String date = value(record, "date");
    return ArchiveDocument.builder(id)
        .title(value(record, "title"))
        .date(date.isBlank() ? Optional.empty() : PartialDate.parse(date))
        .citation(value(record, "citation"))
        .url(value(record, "url"))
        .summary(value(record, "summary"))
        .credits(value(record, "credits"))
        .original(languages.originalLanguage(), languages.original())
        .translation(languages.translationLanguage(), languages.translation())
        .metadata(metadata(record))
        .source(file.path().toString())
        .build();
  }

  /**
   * A text from its key, else from the file its {@code _file} key names, relative to the
   * spreadsheet's folder: OCR text dumps with a metadata spreadsheet. The file read is added to
   * {@code companions}; a named file that cannot be read rejects the record.
   */
  private String textOrFile(JsonNode record, String field, SourceFile file, List<Path> companions)
      throws RejectedFileException {
    String text = value(record, field);
    String name = value(record, field + "_file");
    if (!text.isBlank() || name.isBlank()) {
      return text;
    }
    Path folder = file.path().toAbsolutePath().getParent();
    Path companion = folder.resolve(name).normalize();
    if (!Files.isRegularFile(companion)) {
      throw new RejectedFileException(
          "text file '" + name + "' not found beside " + file.path().getFileName());
    }
    try {
      String content = TextFiles.decode(TextFiles.readBytes(companion));
      companions.add(companion);
      return content;
    } catch (RejectedFileException e) {
      throw new RejectedFileException("text file '" + name + "': " + e.getMessage(), e);
    }
  }

  /**
   * A text's language is what the mapping says, else identified from the text. When a record has
   * one text and says the document's original language is another, the text is a translation (the
   * Wilson Center's scraped records give the English translation of German or Japanese originals),
   * so it is indexed as one, under its own language (the rule of {@link TextLanguages#of}).
   */
  private TextLanguages languages(JsonNode record, String text, String translation) {
    String textLanguage =
        Languages.code(value(record, "language")).orElseGet(() -> identify(record, text));
    Optional<String> originalLanguage = Languages.code(value(record, "original_language"));
    if (translation.isBlank()) {
      return TextLanguages.of(text, Optional.of(textLanguage), originalLanguage);
    }
    String translationLanguage =
        Languages.code(value(record, "translation_language"))
            .orElseGet(() -> identify(record, translation));
    String original =
        text.isBlank() ? originalLanguage.orElse("und") : originalLanguage.orElse(textLanguage);
    return new TextLanguages(original, text, translationLanguage, translation);
  }

  /**
   * The text's language as identified, else the mapping's default language (noisy OCR defeats the
   * identifier).
   */
  private String identify(JsonNode record, String text) {
    String identified = LanguageIdentifier.identify(text);
    return identified.equals("und")
        ? Languages.code(value(record, "default_language")).orElse("und")
        : identified;
  }

  private Map<MetadataField, List<String>> metadata(JsonNode record) {
    Map<MetadataField, List<String>> metadata = new EnumMap<>(MetadataField.class);
    if (!mapping.collection().isEmpty()) {
      metadata.put(MetadataField.COLLECTION, new ArrayList<>(List.of(mapping.collection())));
    }
    mapping
        .metadata()
        .forEach(
            (name, specs) -> {
              MetadataField field = MetadataField.named(name).orElseThrow();
              for (ValueSpec spec : specs) {
                metadata
                    .computeIfAbsent(field, f -> new ArrayList<>())
                    .addAll(RecordValues.all(record, spec));
              }
            });
    return metadata;
  }

  /** The first value the field's places give, in the mapping's order; empty when none gives one. */
  private String value(JsonNode record, String field) {
    for (ValueSpec spec : mapping.field(field)) {
      String value = RecordValues.first(record, spec);
      if (!value.isBlank()) {
        return value;
      }
    }
    return "";
  }

  private String where(String field) {
    List<ValueSpec> specs = mapping.field(field);
    return specs.isEmpty() || specs.get(0).key() == null
        ? field
        : "key '" + specs.get(0).key() + "'";
  }
}
