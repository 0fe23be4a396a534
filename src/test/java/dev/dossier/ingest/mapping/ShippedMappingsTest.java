package dev.dossier.ingest.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.ingest.ArchiveReaders;
import dev.dossier.ingest.read.ReadResult;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.MetadataField;
import dev.dossier.testing.Sample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each shipped source mapping on the slice of its corpus in src/test/resources/corpora (whole
 * records, verbatim).
 */
class ShippedMappingsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "dfat-australia-foreign-policy-en/dafp_docs_1945_1983.jsonl, Documents on Australian Foreign"
        + " Policy, dafp-\\d+-\\d+-[a-z0-9-]+, en, ARCHIVE",
    "jfk-records-ocr-en/jfk_2021_release_full.jsonl, JFK Assassination Records, jfk-DOCID-\\d+, en,"
        + " TYPE",
    "jfk-records-ocr-en/jfk_2025_release_subset.jsonl, JFK Assassination Records, jfk-104-.+, en,"
        + " ARCHIVE",
    "ru-stalin-works/stalin_works.jsonl, Сталин. Сочинения, stalin-volume_\\d+/\\d+, ru, TYPE",
    "ru-sov-chrest-1963/sov_chrest_lit_grade1_1963.jsonl, Родная речь (1963), chrest-grade_1/\\d+,"
        + " ru, PERSON",
    "wilson-da-samples/wilson_scrape_sample_23docs.jsonl, Wilson Center Digital Archive,"
        + " \\d+|[a-z0-9-]+, , SUBJECT",
  })
  void mapsTheRecordsOfItsCorpus(
      String file, String collection, String idPattern, String language, MetadataField kind)
      throws Exception {
    Path source = Sample.CORPUS_SLICES.resolve(file);
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    ReadResult result = ArchiveReaders.forConfig(Sample.CONFIG).read(source);
    assertEquals(collection, result.collection());
    assertTrue(result.rejected().size() <= 1, result.rejected().toString());
    assertEquals(lines.size(), result.documents().size() + result.rejected().size());
    for (ArchiveDocument doc : result.documents()) {
      assertTrue(doc.id().matches(idPattern), doc.id());
      assertTrue(
          doc.metadata(MetadataField.COLLECTION).contains(collection), doc.metadata().toString());
      if (language != null) {
        String texts = doc.originalLanguage() + "/" + doc.translationLanguage();
        assertTrue(
            texts.contains(language) || doc.original().length() < 200, doc.id() + ": " + texts);
      }
    }
    long titled = result.documents().stream().filter(d -> !d.title().isBlank()).count();
    assertTrue(
        titled >= result.documents().size() / 2,
        titled + " titled of " + result.documents().size());
    long dated = result.documents().stream().filter(d -> d.date().isPresent()).count();
    long withKind = result.documents().stream().filter(d -> !d.metadata(kind).isEmpty()).count();
    if (!file.contains("2025")) {
      assertTrue(
          dated >= result.documents().size() * 3 / 4,
          dated + " dated of " + result.documents().size());
    }
    assertTrue(withKind >= result.documents().size() / 2, withKind + " with " + kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "da_transcript_33548_ru.raw.json, transcript-33548, ru, Мао Цзэдун, Transcript",
    "da_transcript_33548_ru.json, transcript-33548-text, ru, Мао Цзэдун, Transcript",
    "da_collection_491.raw.json, collection-491, en, Xinjiang, Collection description",
  })
  void mapsTheWilsonCenterApiRecords(
      String file, String id, String language, String word, String type) throws Exception {
    Path source = Sample.CORPUS_SLICES.resolve("wilson-da-samples").resolve(file);
    ReadResult result = ArchiveReaders.forConfig(Sample.CONFIG).read(source);
    assertEquals(1, result.documents().size(), result.rejected().toString());
    ArchiveDocument doc = result.documents().get(0);
    assertEquals(id, doc.id());
    assertEquals(language, doc.originalLanguage());
    assertTrue(
        doc.original().contains(word),
        doc.original().substring(0, Math.min(300, doc.original().length())));
    assertTrue(
        !doc.original().contains("<p>") && !doc.original().contains("text-align"),
        "HTML turned into text");
    assertEquals(List.of(type), doc.metadata(MetadataField.TYPE));
    assertTrue(doc.url().startsWith("https://digitalarchive.wilsoncenter.org/"), doc.url());
  }
}
