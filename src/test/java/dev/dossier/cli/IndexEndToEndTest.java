package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier index} and the choice of index, run in-process. */
class IndexEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private JsonNode json(CliRun run) throws Exception {
    return JSON.readTree(run.out());
  }

  @Test
  void indexingTheSameFileTwiceKeepsOneDocument() throws Exception {
    Path index = dir.resolve("index");
    assertEquals(0, CliRun.run(index, "index", Sample.FILE.toString()).status());
    CliRun again = CliRun.run(index, "index", Sample.FILE.toString(), "--json");
    assertEquals(0, again.status(), again.toString());
    assertEquals(0, json(again).get("added").asInt());
    assertEquals(
        1, json(again).get("unchanged").asInt(), "the same file again is skipped by its hash");
    JsonNode result = json(CliRun.run(index, "search", "Guevara", "--json"));
    assertEquals(1, result.get("total").asInt());
  }

  @Test
  void aBadFileIsRejectedWithItsReasonAndTheRestGoesIn() throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Files.copy(Sample.FILE, batch.resolve("sample.txt"));
    Files.write(batch.resolve("empty.txt"), new byte[0]);
    // not "notes.txt" with a line of text any more: plain text is a document now (PlainTextReader)
    Files.writeString(batch.resolve("whitespace.txt"), " \n\n");
    Files.writeString(batch.resolve(".hidden.txt"), "editor swap file\n");
    Path index = dir.resolve("index");
    CliRun run = CliRun.run(index, "index", batch.toString(), "--json");
    assertEquals(1, run.status(), run.toString());
    JsonNode report = json(run);
    assertEquals(3, report.get("files").asInt(), "hidden files are passed over");
    assertEquals(1, report.get("added").asInt());
    assertEquals(2, report.get("rejected").size());
    assertEquals(
        batch.resolve("empty.txt").toString(), report.get("rejected").get(0).get("path").asText());
    assertEquals("empty file", report.get("rejected").get(0).get("reason").asText());
    assertEquals(
        "no text (the file holds only white space)",
        report.get("rejected").get(1).get("reason").asText());
    assertEquals(1, json(CliRun.run(index, "search", "Guevara", "--json")).get("total").asInt());

    CliRun text = CliRun.run(dir.resolve("index2"), "index", batch.toString());
    assertTrue(text.out().startsWith("Indexed 3 files ("), text.out());
    assertTrue(
        text.out()
            .contains(
                ": 1 added, 0 updated, 0 unchanged, 0 removed, 2 rejected:\n  "
                    + batch.resolve("empty.txt")
                    + ": empty file\n"),
        text.out());
  }

  @Test
  void aMissingPathIsAUsageErrorAndWritesNothing() {
    Path index = dir.resolve("index");
    CliRun run = CliRun.run(index, "index", dir.resolve("nope").toString());
    assertEquals(2, run.status());
    assertEquals(
        "dossier: error: no such file or folder: " + dir.resolve("nope") + "\n", run.err());
    assertTrue(!Files.exists(index.resolve("segments_1")));
  }

  @Test
  void aRussianOnlyDocumentRanksLevelWithTheBilingualOneForARussianQuery() throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Files.copy(Sample.FILE, batch.resolve("bilingual.txt"));
    Files.writeString(batch.resolve("russian-only.txt"), Sample.russianOnly());
    Path index = dir.resolve("index");
    assertEquals(0, CliRun.run(index, "index", batch.toString()).status());
    for (String query :
        new String[] {"Гевары", "хозрасчета", "\"партизанской войны\"", "Гевара хозрасчет"}) {
      JsonNode hits = json(CliRun.run(index, "search", query, "--json")).get("hits");
      assertEquals(2, hits.size(), query);
      assertEquals(
          hits.get(0).get("score").asDouble(), hits.get(1).get("score").asDouble(), 1e-6, query);
    }
    // and the Russian-only one is really Russian-only
    JsonNode only = json(CliRun.run(index, "show", "russian-only", "--json"));
    assertEquals(1, only.get("texts").size());
  }

  @Test
  void aPartialDateIsMatchedByTheRangesItOverlaps() throws Exception {
    Path file = dir.resolve("undated-day.txt");
    Files.writeString(file, "# June 1955\n\n# A cable about Guevara\n\nGuevara was in Mexico.\n");
    Path index = dir.resolve("index");
    assertEquals(0, CliRun.run(index, "index", file.toString()).status());
    assertEquals(
        1,
        json(CliRun.run(index, "search", "Guevara date:[1955-06-20 TO 1955-07-10]", "--json"))
            .get("total")
            .asInt());
    assertEquals(
        0,
        json(CliRun.run(index, "search", "Guevara date:[1955-07-01 TO 1955-12-31]", "--json"))
            .get("total")
            .asInt());
    assertEquals(
        "1955-06",
        json(CliRun.run(index, "search", "Guevara", "--json"))
            .get("hits")
            .get(0)
            .get("date")
            .asText());
  }

  @Test
  void sortByDatePutsUndatedDocumentsLast() throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Files.writeString(batch.resolve("a.txt"), "# A cable about Cuba\n\nCuba is an island.\n");
    Files.writeString(batch.resolve("b.txt"), "# 1970\n\n# Later\n\nCuba again.\n");
    Files.copy(Sample.FILE, batch.resolve("sample.txt"));
    Path index = dir.resolve("index");
    assertEquals(0, CliRun.run(index, "index", batch.toString()).status());
    JsonNode hits =
        json(CliRun.run(index, "search", "Cuba", "--sort", "date", "--json")).get("hits");
    assertEquals("117072", hits.get(0).get("id").asText());
    assertEquals("b", hits.get(1).get("id").asText());
    assertEquals("a", hits.get(2).get("id").asText());
    assertTrue(
        hits.get(2).get("score").asDouble() > 0, "scores are filled in when sorting by date");
    CliRun bad = CliRun.run(index, "search", "Cuba", "--sort", "size");
    assertEquals(2, bad.status());
    assertTrue(
        bad.err().startsWith("dossier: --sort must be relevance or date, not 'size'"), bad.err());
  }

  @Test
  void aBusyIndexIsReportedNotCorrupted() throws Exception {
    Path index = dir.resolve("index");
    assertEquals(0, CliRun.run(index, "index", Sample.FILE.toString()).status());
    try (FSDirectory d = FSDirectory.open(index);
        IndexWriter other = new IndexWriter(d, new IndexWriterConfig())) {
      CliRun run = CliRun.run(index, "index", Sample.FILE.toString());
      assertEquals(1, run.status());
      assertEquals(
          "dossier: error: index " + index + " is busy: another dossier process is writing to it\n",
          run.err());
      assertEquals(
          1,
          json(CliRun.run(index, "search", "Guevara", "--json")).get("total").asInt(),
          "search still works");
    }
  }

  @Test
  void searchingWhereThereIsNoIndexIsAUsageError() {
    CliRun run = CliRun.run(dir.resolve("none"), "search", "Guevara");
    assertEquals(2, run.status());
    assertEquals(
        "dossier: error: no index at "
            + dir.resolve("none")
            + " (create one with: dossier index PATH...)\n",
        run.err());
  }

  @Test
  void theIndexComesFromTheOptionThenTheEnvironmentThenTheDefault() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.createDirectories(home.resolve("corpus"));
    Files.copy(Sample.FILE, home.resolve("corpus/sample.txt"));
    Path fromEnv = dir.resolve("env-index");
    Environment env =
        new Environment(
            home,
            Map.of(
                "DOSSIER_INDEX", fromEnv.toString(), "DOSSIER_CONFIG", Sample.CONFIG.toString()));
    assertEquals(0, CliRun.runIn(env, "index", Sample.FILE.toString()).status());
    assertTrue(
        Files.exists(fromEnv.resolve("write.lock")) || Files.list(fromEnv).findAny().isPresent());
    assertTrue(!Files.exists(home.resolve("data")), "DOSSIER_INDEX was used, not the default");

    Environment plain = new Environment(home, Map.of("DOSSIER_CONFIG", Sample.CONFIG.toString()));
    CliRun first = CliRun.runIn(plain, "search", "Guevara", "--json");
    assertEquals(0, first.status(), first.toString());
    assertTrue(
        first.err().startsWith("dossier: indexing the bundled corpus"),
        "the default index is built on first use");
    assertTrue(Files.isDirectory(home.resolve("data/index")));
    CliRun second = CliRun.runIn(plain, "search", "Guevara", "--json");
    assertEquals("", second.err(), "and not again while the corpus is unchanged");
    assertEquals(1, json(second).get("total").asInt());

    Files.delete(home.resolve("corpus/sample.txt"));
    CliRun afterRemoval = CliRun.runIn(plain, "search", "Guevara", "--json");
    assertTrue(
        afterRemoval.err().startsWith("dossier: indexing the bundled corpus"),
        "a changed corpus is re-indexed");
    assertEquals(0, json(afterRemoval).get("total").asInt());
  }
}
