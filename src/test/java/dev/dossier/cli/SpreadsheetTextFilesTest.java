package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.testing.Fixtures;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OCR text dumps with a metadata spreadsheet: each row's text read from the file it names, through
 * a mapping.
 */
class SpreadsheetTextFilesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path config;
  private Path dump;
  private Path index;

  @BeforeEach
  void collection() throws Exception {
    config = dir.resolve("config");
    Fixtures.copyTree(Sample.CONFIG, config);
    Files.writeString(
        config.resolve("sources/ocr-dump.yaml"),
        """
        collection: Embassy OCR dump
        files: ["metadata*.csv"]
        fields:
          id: id
          title: title
          date: date
          text_file: file
        metadata:
          type: type
        """);
    dump = Files.createDirectories(dir.resolve("dump/scans"));
    dump = dump.getParent();
    Files.writeString(
        dump.resolve("metadata.csv"),
        """
        id,title,date,file,type
        ocr-1,Cable from Havana,1963-12-25,001.txt,Cable
        ocr-2,Note on Guevara,circa 1964,scans/002.txt,Note
        ocr-3,Missing scan,1964,003.txt,Note
        """);
    Files.writeString(
        dump.resolve("001.txt"), "The ambassador met Guevara in Havana about the sugar harvest.\n");
    Files.writeString(
        dump.resolve("scans/002.txt"), "Guevara spoke of the Chinese position at length.\n");
    Files.writeString(
        dump.resolve("loose.txt"), "A standalone note about Castro and the missile crisis.\n");
    index = dir.resolve("index");
  }

  private JsonNode run(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--config", config.toString(), "--json"));
    CliRun run = CliRun.run(index, all.toArray(String[]::new));
    assertTrue(run.status() <= 1, run.toString());
    return JSON.readTree(run.out());
  }

  @Test
  void eachRowTakesItsTextFromTheFileItNamesAndTheFilesAreNotDocumentsOfTheirOwn()
      throws Exception {
    JsonNode report = run("index", dump.toString());
    assertEquals(3, report.get("added").asInt(), report.toString());
    assertEquals(2, report.get("text_files_of_records").asInt());
    assertEquals(
        "row 3: text file '003.txt' not found beside metadata.csv",
        report.get("rejected").get(0).get("reason").asText());
    assertEquals(2, report.get("collections").get("Embassy OCR dump").get("written").asInt());

    JsonNode hits = run("search", "Guevara").get("hits");
    assertEquals(2, hits.size(), hits.toString());
    for (JsonNode hit : hits) {
      assertTrue(hit.get("id").asText().startsWith("ocr-"), "the row, not the text file: " + hit);
    }
    assertEquals("1964~", run("show", "ocr-2").get("date").asText());
    assertEquals(
        1, run("search", "Castro").get("total").asInt(), "a text file no row names is a document");
  }

  @Test
  void aChangedTextFileReindexesItsRowAndATextFileNamedLaterStopsBeingADocument() throws Exception {
    run("index", dump.toString());
    assertEquals(3, run("index", dump.toString()).get("unchanged").asInt(), "nothing changed");

    Files.writeString(
        dump.resolve("001.txt"), "Guevara and the harvest, revised: Mikoyan arrives.\n");
    JsonNode changed = run("index", dump.toString());
    assertEquals(2, changed.get("updated").asInt(), changed.toString());
    assertEquals("ocr-1", run("search", "Mikoyan").get("hits").get(0).get("id").asText());

    Files.writeString(
        dump.resolve("metadata.csv"),
        Files.readString(dump.resolve("metadata.csv")) + "ocr-4,Loose note,1962,loose.txt,Note\n");
    JsonNode claimed = run("index", dump.toString());
    assertEquals(
        1, claimed.get("removed").asInt(), "loose.txt is now the text of a row: " + claimed);
    JsonNode castro = run("search", "Castro");
    assertEquals(1, castro.get("total").asInt());
    assertEquals("ocr-4", castro.get("hits").get(0).get("id").asText());
  }
}
