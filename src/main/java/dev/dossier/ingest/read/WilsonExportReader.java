package dev.dossier.ingest.read;

import dev.dossier.ingest.files.RejectedFileException;
import dev.dossier.ingest.files.SourceFile;
import dev.dossier.ingest.language.LanguageIdentifier;
import dev.dossier.ingest.language.LanguageSplitter;
import dev.dossier.ingest.language.Languages;
import dev.dossier.ingest.language.SplitText;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.MetadataField;
import dev.dossier.model.PartialDate;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Wilson Center Digital Archive export: Markdown headings for the date and title,
 * labelled sections ("Citation:", "Summary:", "Credits:", "Original Language:", "Contents:"), then
 * the body, the original followed by its translation, which {@link LanguageSplitter} divides.
 */
public final class WilsonExportReader implements ArchiveReader {

  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
  private static final Pattern URL = Pattern.compile("https?://[^\\s\"<>]+");
  private static final Pattern DOCUMENT_NUMBER = Pattern.compile("/document/([^/?#]+)");
  private static final Pattern CONTENTS_ENTRY =
      Pattern.compile("(?i)(original|translation|transcript|transcription|scan)\\b[^\\n]{0,60}");
  private static final String CONTENTS = "contents";

  /**
   * An export whose citation names or links the Digital Archive belongs to its collection (as its
   * scraped records do).
   */
  private static final String WILSON_HOST = "digitalarchive.wilsoncenter.org";

  private static final String WILSON_COLLECTION = "Wilson Center Digital Archive";

  /**
   * The archive reference in a Digital Archive citation: what follows the archive's name up to the
   * translator's credit or the link ("..., Wilson Center Digital Archive, TsKhSD, f. 5, op. 49, d.
   * 760, II. 27-29, r. 9127. Translated for CWIHP by ...").
   */
  private static final Pattern ARCHIVE_REFERENCE =
      Pattern.compile(
          "Wilson Center Digital"
              + " Archive,\\s*(.+?)\\.?\\s+(?:Translated|Obtained|Contributed|Donated|https?://)");

  private static final String ORIGINAL_LANGUAGE = "original language";

  @Override
  public boolean accepts(SourceFile file) throws RejectedFileException {
    return file.text().lines().limit(200).anyMatch(line -> HEADING.matcher(line).matches());
  }

  @Override
  public ReadResult read(SourceFile source) throws RejectedFileException {
    Path file = source.path();
    Parsed parsed = parse(source.text());
    if (parsed.title == null && parsed.sections.isEmpty()) {
      throw new RejectedFileException(
          "not a Wilson Center export: no title heading and no labelled sections");
    }
    if (parsed.body.isBlank()) {
      throw new RejectedFileException("no document text after the metadata");
    }
    String citation = parsed.sections.getOrDefault("citation", "");
    String url = firstUrl(citation);
    String originalLanguage =
        Languages.code(firstLine(parsed.sections.getOrDefault(ORIGINAL_LANGUAGE, "")))
            .orElse("und");
    String translationLanguage = parsed.translationLanguage.orElse("en");
    SplitText split = LanguageSplitter.split(parsed.body, originalLanguage, translationLanguage);
    if (originalLanguage.equals("und")) {
      originalLanguage =
          LanguageIdentifier.identify(split.original()); // the export does not say: the text does
    }
    return ReadResult.of(
        List.of(
            ArchiveDocument.builder(id(url, file))
                .title(parsed.title == null ? "" : parsed.title)
                .date(Optional.ofNullable(parsed.date))
                .citation(citation)
                .url(url)
                .summary(parsed.sections.getOrDefault("summary", ""))
                .credits(parsed.sections.getOrDefault("credits", ""))
                .original(originalLanguage, split.original())
                .translation(
                    split.translation().isEmpty() ? "" : translationLanguage, split.translation())
                .metadata(metadata(citation, url))
                .source(file.toString())
                .build()));
  }

  /** What the metadata part of the export says, and where the body is. */
  private static final class Parsed {
    String title;
    PartialDate date;
    final Map<String, String> sections = new LinkedHashMap<>();
    Optional<String> translationLanguage = Optional.empty();
    String body = "";
  }

  private static Parsed parse(String text) {
    Parsed parsed = new Parsed();
    String[] lines = text.split("\n", -1);
    String label = null;
    StringBuilder value = new StringBuilder();
    int bodyStart = -1;
    for (int i = 0; i < lines.length && bodyStart < 0; i++) {
      String line = lines[i];
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        String h = clean(heading.group(1));
        if (h.endsWith(":")) {
          store(parsed, label, value);
          label = h.substring(0, h.length() - 1).strip().toLowerCase(Locale.ROOT);
        } else if (label == null && parsed.date == null && PartialDate.parse(h).isPresent()) {
          parsed.date = PartialDate.parse(h).get();
        } else if (label == null && parsed.title == null) {
          parsed.title = h;
        } else if (CONTENTS.equals(label)) {
          bodyStart = i; // a heading after the contents list already belongs to the body
        }
        continue;
      }
      if (label == null && !line.isBlank()) {
        bodyStart = i; // text before any labelled section: an export without metadata sections
        break;
      }
      if (CONTENTS.equals(label) && !line.isBlank()) {
        if (!CONTENTS_ENTRY.matcher(line.strip()).matches()) {
          bodyStart = i;
          break;
        }
        translationLanguage(line).ifPresent(code -> parsed.translationLanguage = Optional.of(code));
      }
      if (label != null) {
        value.append(line).append('\n');
      }
    }
    if (bodyStart >= 0) {
      store(parsed, label, value);
      parsed.body =
          String.join("\n", java.util.Arrays.asList(lines).subList(bodyStart, lines.length));
    } else if (label != null) {
      // No contents list: the last section's first paragraph is its value, the rest is the body.
      String[] paragraphs = value.toString().strip().split("\\n\\s*\\n", 2);
      value = new StringBuilder(paragraphs[0]);
      store(parsed, label, value);
      parsed.body = paragraphs.length > 1 ? paragraphs[1] : "";
    }
    return parsed;
  }

  private static void store(Parsed parsed, String label, StringBuilder value) {
    if (label != null) {
      parsed.sections.putIfAbsent(label, value.toString().strip());
    }
    value.setLength(0);
  }

  /** "Translation - English" names the translation's language. */
  private static Optional<String> translationLanguage(String entry) {
    String[] parts = entry.strip().split("\\s+[-–—]\\s+", 2);
    if (parts.length == 2 && parts[0].toLowerCase(Locale.ROOT).startsWith("translation")) {
      return Languages.code(parts[1]);
    }
    return Optional.empty();
  }

  /** The collection and the archive reference its citation gives. */
  private static java.util.Map<MetadataField, List<String>> metadata(String citation, String url) {
    java.util.Map<MetadataField, List<String>> metadata =
        new java.util.EnumMap<>(MetadataField.class);
    if (citation.contains(WILSON_COLLECTION) || url.contains(WILSON_HOST)) {
      metadata.put(MetadataField.COLLECTION, List.of(WILSON_COLLECTION));
    }
    Matcher reference = ARCHIVE_REFERENCE.matcher(citation.replace('\n', ' '));
    if (reference.find()) {
      metadata.put(MetadataField.ARCHIVE, List.of(reference.group(1).strip()));
    }
    return metadata;
  }

  private static String clean(String heading) {
    return heading.replace("**", "").replace("__", "").strip();
  }

  private static String firstUrl(String citation) {
    Matcher m = URL.matcher(citation);
    return m.find() ? m.group().replaceAll("[.,;:)\\]]+$", "") : "";
  }

  private static String id(String url, Path file) {
    Matcher m = DOCUMENT_NUMBER.matcher(url);
    if (m.find()) {
      return m.group(1);
    }
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String firstLine(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
  }
}
