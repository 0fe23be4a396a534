package dev.dossier.ingest.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.SourceMapping;
import dev.dossier.config.SourceMappingLoader;
import dev.dossier.ingest.ArchiveReaders;
import dev.dossier.ingest.files.RejectedFileException;
import dev.dossier.ingest.read.ReadResult;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.MetadataField;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON, JSON Lines and CSV read through source mappings written for the test. */
class MappedRecordReaderTest {

  @TempDir Path dir;
  private ArchiveReaders readers;

  @BeforeEach
  void mappings() throws Exception {
    Path sources = Files.createDirectories(dir.resolve("config/sources"));
    Files.writeString(
        sources.resolve("cables.yaml"),
        """
        collection: Embassy cables
        keys: [cable_no, body]
        fields:
          id: "cable-{cable_no}"
          title: subject_line
          date: sent
          text: body
          original_language: orig_lang
        metadata:
          place: [from_post, to_post]
          subject: tags
          classification: {key: class}
          type: {value: Cablegram}
        """);
    Files.writeString(
        sources.resolve("letters.yaml"),
        """
        collection: Letters
        files: ["letters*.csv"]
        fields:
          id: ref
          title: title
          date: date
          text: {key: html_body, html: true}
        metadata:
          person: {key: people, split: ";"}
        """);
    readers = ArchiveReaders.of(SourceMappingLoader.load(dir.resolve("config")));
  }

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void jsonLinesKeepTheGoodRecordsAndRejectTheBadOnesByLine() throws Exception {
    Path file =
        write(
            "cables.jsonl",
            """
            {"cable_no": 887, "subject_line": "Soviet note on Berlin", "sent": "1961-08-14", "body": "Gromyko handed the note to the Ambassador.", "from_post": "Moscow", "to_post": "Canberra", "tags": ["Berlin", "USSR"], "class": "Secret"}
            {"cable_no": 888, "subject_line": "No body", "sent": "circa 1961"
            {"cable_no": 889, "body": ""}

            {"cable_no": 890, "subject_line": "Reply", "sent": "05/00/1961", "body": "Reply to Gromyko follows."}
            {"cable_no": 887, "subject_line": "Again", "body": "Same number twice."}
            """);
    ReadResult result = readers.read(file);
    assertEquals("Embassy cables", result.collection());
    assertEquals(
        List.of("cable-887", "cable-890"),
        result.documents().stream().map(ArchiveDocument::id).toList());
    assertEquals(
        List.of(
            "line 2: not JSON",
            "line 3: no text, title or summary",
            "line 6: duplicate id 'cable-887'"),
        result.rejected().stream().map(r -> r.reason().replaceAll(" \\(.*", "")).toList());
    ArchiveDocument cable = result.documents().get(0);
    assertEquals("Soviet note on Berlin", cable.title());
    assertEquals("1961-08-14", cable.date().orElseThrow().toString());
    assertEquals(List.of("Moscow", "Canberra"), cable.metadata(MetadataField.PLACE));
    assertEquals(List.of("Berlin", "USSR"), cable.metadata(MetadataField.SUBJECT));
    assertEquals(List.of("Secret"), cable.metadata(MetadataField.CLASSIFICATION));
    assertEquals(List.of("Cablegram"), cable.metadata(MetadataField.TYPE));
    assertEquals(List.of("Embassy cables"), cable.metadata(MetadataField.COLLECTION));
    assertEquals(
        "1961-05",
        result.documents().get(1).date().orElseThrow().toString(),
        "NARA's 00 day: month precision");
    assertTrue(
        result.rejected().get(2).reason().contains("(also line 1)"), result.rejected().toString());
  }

  @Test
  void aJsonArrayIsManyRecordsAndAnObjectIsOne() throws Exception {
    ReadResult array =
        readers.read(
            write(
                "batch.json",
                """
                [{"cable_no": 1, "body": "First cable."}, {"cable_no": 2, "body": "Second cable."}, 17]
                """));
    assertEquals(
        List.of("cable-1", "cable-2"),
        array.documents().stream().map(ArchiveDocument::id).toList());
    assertEquals("record 3: not a JSON object", array.rejected().get(0).reason());
    ReadResult single =
        readers.read(write("one.json", "{\"cable_no\": 5, \"body\": \"Only cable.\"}"));
    assertEquals("cable-5", single.documents().get(0).id());
  }

  @Test
  void aTextInAnotherLanguageThanTheOriginalIsATranslation() throws Exception {
    ArchiveDocument doc =
        readers
            .read(
                write(
                    "translated.jsonl",
                    """
                    {"cable_no": 7, "body": "Record of the conversation of Comrade Gromyko with the Ambassador.", "orig_lang": "Russian", "subject_line": "Record"}
                    """))
            .documents()
            .get(0);
    assertEquals("ru", doc.originalLanguage());
    assertEquals("", doc.original());
    assertTrue(doc.translation().startsWith("Record of the conversation"));
    assertEquals("en", doc.translationLanguage(), "identified from the text");
  }

  @Test
  void csvIsChosenByFileNameAndTurnsHtmlIntoTextAndSplitsCells() throws Exception {
    ReadResult result =
        readers.read(
            write(
                "letters-1962.csv",
                """
                ref,title,date,html_body,people
                L-1,"Letter, Khrushchev to Kennedy",October 26 1962,"<p>Dear Mr. President,</p><p>I have received your letter.</p><style>p{color:red}</style>",Khrushchev; Kennedy
                L-2,Reply,"12/28/1962 18:48","<p>Dear Mr. Chairman,</p>",Kennedy
                """));
    assertEquals("Letters", result.collection());
    ArchiveDocument letter = result.documents().get(0);
    assertEquals("Letter, Khrushchev to Kennedy", letter.title());
    assertEquals("Dear Mr. President,\n\nI have received your letter.", letter.original());
    assertEquals(List.of("Khrushchev", "Kennedy"), letter.metadata(MetadataField.PERSON));
    assertEquals("1962-12-28", result.documents().get(1).date().orElseThrow().toString());
  }

  @Test
  void aTemplateTakesAPathsFileName() {
    dev.dossier.config.ValueSpec spec =
        dev.dossier.config.ValueSpec.parse("dafp-{vol|name}-{path | name}");
    assertEquals(List.of("vol", "path"), spec.templateKeys());
    assertEquals(
        "dafp-20-484-cabinet-minute",
        spec.fill(
            key -> key.equals("vol") ? "20" : "_volumes/volume-20-timor/484-cabinet-minute.md"));
  }

  @Test
  void utf16CsvWithItsByteOrderMarkIsRead() throws Exception {
    byte[] utf16 =
        "ref,title,date,html_body,people\r\nL-9,Письмо,1962,<p>Текст письма</p>,Хрущев\r\n"
            .getBytes(StandardCharsets.UTF_16); // Java writes the big-endian byte-order mark first
    Path file = Files.write(dir.resolve("letters-utf16.csv"), utf16);
    ArchiveDocument letter = readers.read(file).documents().get(0);
    assertEquals("Письмо", letter.title());
    assertEquals("Текст письма", letter.original());
  }

  @Test
  void aFileNoMappingFitsIsRejectedWithItsKeys() throws Exception {
    Path file = write("unknown.jsonl", "{\"foo\": 1, \"bar\": \"x\"}\n");
    RejectedFileException e = assertThrows(RejectedFileException.class, () -> readers.read(file));
    assertTrue(
        e.getMessage().startsWith("no source mapping fits its records (keys: foo, bar)"),
        e.getMessage());
  }

  @Test
  void aJsonFileHoldingOneObjectPerLineIsReadAsJsonLinesAndTrailingGarbageIsAnError()
      throws Exception {
    ReadResult lines =
        readers.read(
            write(
                "lines.json",
                "{\"cable_no\": 1, \"body\": \"One.\"}\n{\"cable_no\": 2, \"body\": \"Two.\"}\n"));
    assertEquals(2, lines.documents().size(), "not only the first object");
    Path garbage = write("garbage.json", "[{\"cable_no\": 1, \"body\": \"One.\"}] trailing");
    RejectedFileException e =
        assertThrows(RejectedFileException.class, () -> readers.read(garbage));
    assertTrue(e.getMessage().startsWith("not JSON (line 1"), e.getMessage());
  }

  @Test
  void aMappingWithABadFilePatternOrTypedValuesIsReadAsWritten() throws Exception {
    Path config = dir.resolve("bad");
    Files.createDirectories(config.resolve("sources"));
    Files.writeString(
        config.resolve("sources/bad.yaml"), "files: [\"[abc\"]\nfields:\n  text: body\n");
    dev.dossier.config.ConfigException e =
        assertThrows(
            dev.dossier.config.ConfigException.class, () -> SourceMappingLoader.load(config));
    assertTrue(e.getMessage().contains("bad.yaml: files: bad pattern '[abc'"), e.getMessage());
    Files.writeString(
        config.resolve("sources/bad.yaml"),
        "fields:\n  text: body\n  date: {value: 1963-11-22}\n  language: {value: no}\n");
    SourceMapping typed = SourceMappingLoader.load(config).get(0);
    assertEquals("1963-11-22", typed.field("date").get(0).value(), "a date stays the text written");
    assertEquals("no", typed.field("language").get(0).value(), "Norwegian, not false");
  }

  @Test
  void brokenJsonIsRejectedWithItsPosition() throws Exception {
    Path file = write("broken.json", "{\"cable_no\": 1,\n \"body\": }");
    RejectedFileException e = assertThrows(RejectedFileException.class, () -> readers.read(file));
    assertTrue(e.getMessage().startsWith("not JSON (line 2, column"), e.getMessage());
  }

  @Test
  void shippedMappingsLoad() {
    List<SourceMapping> shipped = SourceMappingLoader.load(dev.dossier.testing.Sample.CONFIG);
    assertTrue(shipped.size() >= 8, shipped.toString());
  }

  @Test
  void jsonNestedPastJacksonsLimitIsRejectedWithTheReason() throws Exception {
    String deep = "{\"cable_no\": 1, \"body\": " + "[".repeat(1_500) + "]".repeat(1_500) + "}";
    RejectedFileException whole =
        assertThrows(RejectedFileException.class, () -> readers.read(write("deep.json", deep)));
    assertEquals("not JSON (nested deeper than 1,000 levels, the limit)", whole.getMessage());
    ReadResult lines =
        readers.read(write("deep.jsonl", deep + "\n{\"cable_no\": 2, \"body\": \"Fine.\"}\n"));
    assertEquals(1, lines.documents().size());
    assertEquals(
        "line 1: not JSON (nested deeper than 1,000 levels, the limit)",
        lines.rejected().get(0).reason());
  }
}
