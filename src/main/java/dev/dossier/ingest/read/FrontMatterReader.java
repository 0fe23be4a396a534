package dev.dossier.ingest.read;

import dev.dossier.ingest.date.DateTexts;
import dev.dossier.ingest.files.RejectedFileException;
import dev.dossier.ingest.files.SourceFile;
import dev.dossier.ingest.language.Languages;
import dev.dossier.ingest.language.TextLanguages;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.MetadataField;
import dev.dossier.model.PartialDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a text or Markdown file that opens with YAML front matter (Jekyll's format; the DFAT
 * documents were published so): the metadata from the front matter's keys, the body as the text.
 * Keys are matched with the synonyms sites use ({@code tags} and {@code keywords} for subjects,
 * {@code doc_date} for the date, {@code vol_title} for the collection, ...). A body holding an
 * original and its translation in another script is divided as the Wilson export's is.
 */
public final class FrontMatterReader implements ArchiveReader {

  /** The keys of each kind of metadata; each key may hold one value or a list. */
  private static final Map<MetadataField, String[]> METADATA_KEYS =
      new EnumMap<>(
          Map.of(
              MetadataField.SUBJECT,
                  new String[] {"subject", "subjects", "tags", "keywords", "topics", "categories"},
              MetadataField.PLACE, new String[] {"place", "places", "location", "locations"},
              MetadataField.PERSON,
                  new String[] {"person", "persons", "people", "author", "authors"},
              MetadataField.AUTHOR, new String[] {"author", "authors", "sender", "from"},
              MetadataField.ARCHIVE,
                  new String[] {"archive", "archive_reference", "archival_reference", "naa_refs"},
              MetadataField.COLLECTION, new String[] {"collection"},
              MetadataField.SERIES, new String[] {"series", "volume", "vol_title"},
              MetadataField.TYPE, new String[] {"type", "document_type", "doc_type"},
              MetadataField.CLASSIFICATION, new String[] {"classification"}));

  @Override
  public boolean accepts(SourceFile file) throws RejectedFileException {
    String name = file.lowerCaseName();
    boolean text = name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt");
    return text && FrontMatter.closingLine(file.text()).isPresent();
  }

  @Override
  public ReadResult read(SourceFile file) throws RejectedFileException {
    FrontMatter front = FrontMatter.parse(file.text());
    String body = front.body().strip();
    if (body.isEmpty()) {
      throw new RejectedFileException("no document text after the front matter");
    }
    String id = front.first("id", "identifier", "doc_id", "document_id");
    TextLanguages texts =
        TextLanguages.ofBody(
            body,
            Languages.code(front.first("language", "lang")),
            Languages.code(front.first("original_language", "orig_language", "source_language")));
    return ReadResult.of(
        List.of(
            ArchiveDocument.builder(id.isEmpty() ? file.baseName() : id)
                .title(front.first("title"))
                .date(date(front))
                .citation(front.first("citation"))
                .url(front.first("url", "source_url", "link", "permalink"))
                .summary(front.first("summary", "description", "abstract"))
                .credits(front.first("credits", "credit"))
                .original(texts.originalLanguage(), texts.original())
                .translation(texts.translationLanguage(), texts.translation())
                .metadata(metadata(front))
                .source(file.path().toString())
                .build()));
  }

  private static Optional<PartialDate> date(FrontMatter front) {
    return DateTexts.parse(front.first("date", "doc_date", "document_date"));
  }

  private static Map<MetadataField, List<String>> metadata(FrontMatter front) {
    Map<MetadataField, List<String>> metadata = new EnumMap<>(MetadataField.class);
    METADATA_KEYS.forEach((field, keys) -> metadata.put(field, front.all(keys)));
    return metadata;
  }
}
