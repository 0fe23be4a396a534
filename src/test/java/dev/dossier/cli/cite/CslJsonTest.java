package dev.dossier.cli.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.PartialDate;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --format csl-json}: valid against the official CSL-JSON schema ({@code
 * src/test/resources/cite/csl-data.json}), with each document's values in the variables a CSL
 * processor reads.
 */
class CslJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadTheSchema() throws IOException {
    try (InputStream in = CslJsonTest.class.getResourceAsStream("/cite/csl-data.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
  }

  private static List<String> errors(String json) throws IOException {
    return schema.validate(JSON.readTree(json)).stream()
        .map(ValidationMessage::getMessage)
        .sorted()
        .toList();
  }

  private static JsonNode item(ArchiveDocument doc) throws IOException {
    JsonNode array = JSON.readTree(CitationFormat.CSL_JSON.render(List.of(doc)));
    assertEquals(1, array.size(), array.toString());
    return array.get(0);
  }

  private static List<String> keys(JsonNode object) {
    List<String> keys = new ArrayList<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void everyFixtureIsValidCslJsonInOneArrayInTheOrderGiven() throws IOException {
    String json = CitationFormat.CSL_JSON.render(Fixtures.ALL);
    assertEquals(List.of(), errors(json), json);
    JsonNode array = JSON.readTree(json);
    List<String> ids = new ArrayList<>();
    array.forEach(item -> ids.add(item.get("id").asText()));
    assertEquals(Fixtures.ALL.stream().map(ArchiveDocument::id).toList(), ids);
    assertFalse(json.contains("null"), json);
    assertFalse(json.contains("\"\""), "no empty variables: " + json);
  }

  @Test
  void theSchemaRejectsWhatIsNotCsl() throws IOException {
    assertFalse(
        errors("[{\"id\": \"x\", \"type\": \"manuscript\", \"archive-location\": \"NAA\"}]")
            .isEmpty(),
        "an unknown variable");
    assertFalse(
        errors("[{\"id\": \"x\", \"type\": \"manuscript\", \"issued\": {\"date-parts\": [1963]}}]")
            .isEmpty(),
        "date parts not nested");
  }

  @Test
  void aDafpCableHasItsVolumeAndFileAsArchiveAndLocation() throws IOException {
    JsonNode item = item(Fixtures.DAFP);
    assertEquals("dafp-12-31-cablegram-to-canberra", item.get("id").asText());
    assertEquals("manuscript", item.get("type").asText());
    assertEquals("Cablegram from Evatt to Chifley", item.get("title").asText());
    assertEquals("[[1947,3,12]]", item.get("issued").get("date-parts").toString());
    assertEquals(List.of("date-parts"), keys(item.get("issued")));
    assertEquals("Cablegram", item.get("genre").asText());
    assertEquals(
        "Documents on Australian Foreign Policy, Volume 12: 1947", item.get("archive").asText());
    assertEquals("NAA: A1838, 3107/38/20", item.get("archive_location").asText());
    assertEquals(Fixtures.DAFP_URL, item.get("URL").asText());
    assertEquals("en", item.get("language").asText());
    assertEquals(
        "Documents on Australian Foreign Policy, Volume 12: 1947, document 31",
        item.get("note").asText());
    assertFalse(item.has("author"), "no author is known");
  }

  @Test
  void aRussianWorkKeepsItsCyrillicAndHasNoUrl() throws IOException {
    JsonNode item = item(Fixtures.STALIN);
    assertEquals("Марксизм и национальный вопрос", item.get("title").asText());
    assertEquals("Сталин. Сочинения, Том 2", item.get("archive").asText());
    assertEquals("[[1913]]", item.get("issued").get("date-parts").toString());
    assertEquals("ru", item.get("language").asText());
    assertEquals("Статья", item.get("genre").asText());
    assertFalse(item.has("URL"));
    assertFalse(item.has("author"), "person metadata is not authorship");
  }

  @Test
  void aWilsonRecordCarriesTheArchivesLineAsItsNote() throws IOException {
    JsonNode item = item(Fixtures.WILSON);
    assertEquals(Fixtures.WILSON_TITLE, item.get("title").asText());
    assertEquals("Wilson Center Digital Archive", item.get("archive").asText());
    assertEquals(
        "TsKhSD, f. 5, op. 49, d. 760, II. 27-29, r. 9127", item.get("archive_location").asText());
    assertEquals(Fixtures.WILSON_LINE, item.get("note").asText());
    assertEquals("ru", item.get("language").asText(), "the original's language");
  }

  @Test
  void aDerivedTitleAndDateAreBracketedAndSaidSo() throws IOException {
    JsonNode item = item(Fixtures.BARE);
    assertEquals("[Record of conversation with the Soviet ambassador]", item.get("title").asText());
    assertEquals("[[1963]]", item.get("issued").get("date-parts").toString());
    assertEquals("[1963]", item.get("issued").get("literal").asText());
    assertTrue(item.get("note").asText().contains("Title derived by Dossier"), item.toString());
    assertTrue(item.get("note").asText().contains("Date derived by Dossier"), item.toString());
  }

  @Test
  void aDocumentWithOnlyAnIdGetsADevisedTitle() throws IOException {
    JsonNode item = item(Fixtures.ID_ONLY);
    assertEquals(List.of("id", "type", "title", "language", "note"), keys(item));
    assertEquals("und", item.get("language").asText(), "undetermined, so not title-cased");
    assertEquals("box-7/item 3", item.get("id").asText());
    assertEquals("[Document box-7/item 3]", item.get("title").asText());
    assertEquals(
        "Untitled: the title names the document's id in Dossier.", item.get("note").asText());
  }

  @Test
  void datesKeepTheirPrecision() throws IOException {
    assertEquals("[[1955,6]]", issued(PartialDate.ofMonth(1955, 6)).get("date-parts").toString());
    JsonNode decade = issued(PartialDate.ofDecade(1960));
    assertEquals("[[1960],[1969]]", decade.get("date-parts").toString(), "a range of years");
    JsonNode circa = issued(PartialDate.ofYear(1960).approximately());
    assertTrue(circa.get("circa").asBoolean(), circa.toString());
  }

  private static JsonNode issued(PartialDate date) throws IOException {
    ArchiveDocument doc = ArchiveDocument.builder("d").title("T").date(Optional.of(date)).build();
    String json = CitationFormat.CSL_JSON.render(List.of(doc));
    assertEquals(List.of(), errors(json), json);
    return JSON.readTree(json).get(0).get("issued");
  }

  @Test
  void controlCharactersAndLineBreaksDoNotReachTheOutput() throws IOException {
    ArchiveDocument doc =
        ArchiveDocument.builder("x").title("A\u001b[31m red\n\ttitle").url(" https://a/b ").build();
    JsonNode item = item(doc);
    assertEquals("A [31m red title", item.get("title").asText());
    assertEquals("https://a/b", item.get("URL").asText());
  }

  @Test
  void englishDatesAreWrittenAsCitationsWriteThem() {
    assertEquals("January 29, 1964", CslItem.english(PartialDate.ofDay(1964, 1, 29)));
    assertEquals("June 1955", CslItem.english(PartialDate.ofMonth(1955, 6)));
    assertEquals("1960s", CslItem.english(PartialDate.ofDecade(1960)));
    assertEquals("ca. 1960", CslItem.english(PartialDate.ofYear(1960).approximately()));
  }
}
