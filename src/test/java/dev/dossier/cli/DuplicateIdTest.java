package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An id names one document: a second file or a second record with it is rejected, run after run.
 */
class DuplicateIdTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void aDocumentKeepsItsFileWhenAnotherFileClaimsItsIdInALaterRun() throws Exception {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve("a"));
    Files.createDirectories(corpus.resolve("b"));
    Files.writeString(
        corpus.resolve("a/a.jsonl"),
        "{\"id\": \"X\", \"title\": \"alpha\", \"text\": \"alpha text\"}\n");
    Path index = dir.resolve("index");
    assertEquals(0, CliRun.run(index, "index", corpus.toString()).status());
    Files.writeString(
        corpus.resolve("b/b.jsonl"),
        "{\"id\": \"X\", \"title\": \"beta\", \"text\": \"beta text\"}\n"
            + "{\"id\": \"Y\", \"title\": \"why\", \"text\": \"why\"}\n");
    for (int run = 1; run <= 3; run++) {
      CliRun again = CliRun.run(index, "index", "--threads", "1", corpus.toString());
      assertEquals(1, again.status(), "run " + run + ": " + again);
      assertTrue(again.out().contains("b.jsonl: duplicate id 'X' (also in "), again.out());
      JsonNode shown = JSON.readTree(CliRun.run(index, "show", "X", "--json").out());
      assertEquals(
          "alpha",
          shown.get("title").asText(),
          "run " + run + ": the first file keeps its document");
      assertEquals(
          2, JSON.readTree(CliRun.run(index, "stats", "--json").out()).get("documents").asInt());
    }
  }

  @Test
  void aVolumeThatRepeatsAnIdKeepsTheFirstAndRejectsTheSecond() throws Exception {
    String tei =
        Files.readString(Sample.PROJECT.resolve("src/test/resources/formats/frus-sample.xml"));
    String repeated = tei.replace("xml:id=\"d2\"", "xml:id=\"d1\"");
    Path volume = Files.writeString(dir.resolve("frus-sample.xml"), repeated);
    Path index = dir.resolve("index");
    CliRun run = CliRun.run(index, "index", volume.toString(), "--json");
    assertEquals(1, run.status(), run.toString());
    JsonNode report = JSON.readTree(run.out());
    assertEquals(2, report.get("added").asInt(), run.toString());
    assertTrue(
        report.get("rejected").get(0).get("reason").asText().endsWith("(twice in this file)"),
        run.toString());
    assertEquals(
        2, JSON.readTree(CliRun.run(index, "stats", "--json").out()).get("documents").asInt());
  }
}
