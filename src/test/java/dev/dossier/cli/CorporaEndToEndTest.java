package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.testing.Sample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier index} on the slices of the shipped corpora in {@code src/test/resources/corpora}
 * (their folders and file names, a few records of each, a README and a PROVENANCE file per folder),
 * then searches across collections. The slices, not ../shared/corpora, so that every checkout runs
 * these tests on the same records.
 */
class CorporaEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path index;
  static JsonNode report;

  @BeforeAll
  static void indexTheSlicesOfEveryCorpus() throws Exception {
    index = dir.resolve("index");
    CliRun run = CliRun.run(index, "index", Sample.CORPUS_SLICES.toString(), "--json");
    assertEquals(0, run.status(), run.toString());
    report = JSON.readTree(run.out());
  }

  @Test
  void countsEachCollectionAndSkipsTheReadme() {
    JsonNode collections = report.get("collections");
    assertEquals(
        24,
        collections.get("Documents on Australian Foreign Policy").get("written").asInt(),
        report.toString());
    assertEquals(18, collections.get("Сталин. Сочинения").get("written").asInt());
    assertEquals(
        11,
        collections.get("JFK Assassination Records").get("written").asInt(),
        "7 of 2021 and 4 of 2025");
    assertEquals(5, collections.get("Родная речь (1963)").get("written").asInt());
    assertEquals(
        10,
        collections.get("Wilson Center Digital Archive").get("written").asInt(),
        "7 records, a transcript, its text and a collection record");
    List<String> skipped = new ArrayList<>();
    report.get("skipped").forEach(p -> skipped.add(Path.of(p.asText()).getFileName().toString()));
    assertEquals(
        List.of("PROVENANCE.md", "README.md"),
        skipped.stream().distinct().sorted().toList(),
        skipped.toString());
    assertEquals(6, skipped.size(), "the README and a PROVENANCE file per corpus: " + skipped);
  }

  @Test
  void gromykoFindsAustralianCables() throws Exception {
    JsonNode hits = search("Gromyko").get("hits");
    assertTrue(hits.size() >= 5, hits.toString());
    assertTrue(hits.get(0).get("id").asText().startsWith("dafp-"), hits.toString());
    assertEquals("Documents on Australian Foreign Policy", hits.get(0).get("collection").asText());
    CliRun show = CliRun.run(index, "show", hits.get(0).get("id").asText(), "--json");
    JsonNode metadata = JSON.readTree(show.out()).get("metadata");
    assertTrue(metadata.get("archive").get(0).asText().contains("A"), metadata.toString());
    assertEquals(
        "Documents on Australian Foreign Policy", metadata.get("collection").get(0).asText());
  }

  @Test
  void trotskyFindsStalinsRussianTexts() throws Exception {
    JsonNode result = search("Trotsky");
    JsonNode hits = result.get("hits");
    assertTrue(hits.size() >= 4, result.toString());
    for (JsonNode hit : hits) {
      if (hit.get("id").asText().startsWith("stalin-")) {
        assertTrue(
            hit.get("highlight").get("ru").get(0).asText().contains("<em>Троцк"), hit.toString());
        return;
      }
    }
    throw new AssertionError("no Stalin text among " + hits);
  }

  @Test
  void metadataIsSearchableByField() throws Exception {
    JsonNode subject = search("subject:\"nuclear disarmament\"");
    assertTrue(subject.get("total").asInt() >= 1, subject.toString());
    subject
        .get("hits")
        .forEach(h -> assertTrue(h.get("id").asText().matches("\\d+"), h.toString()));
    JsonNode type = search("type:Статья");
    assertTrue(type.get("total").asInt() >= 10, type.toString());
    type.get("hits")
        .forEach(h -> assertTrue(h.get("id").asText().startsWith("stalin-"), h.toString()));
    JsonNode collection = search("collection:\"JFK Assassination Records\"");
    assertEquals(11, collection.get("total").asInt(), collection.toString());
  }

  @Test
  void facetsCountEveryMatchByCollection() throws Exception {
    JsonNode result = search("Gromyko OR Trotsky", "--facet", "collection", "--limit", "1");
    JsonNode counts = result.get("facets").get("collection");
    assertEquals(1, result.get("hits").size());
    assertTrue(
        counts.get("Documents on Australian Foreign Policy").asInt() >= 5, counts.toString());
    assertTrue(counts.get("Сталин. Сочинения").asInt() >= 3, counts.toString());
    CliRun bad = CliRun.run(index, "search", "Gromyko", "--facet", "colour");
    assertEquals(2, bad.status(), bad.toString());
    assertTrue(bad.err().contains("--facet must name a metadata field"), bad.err());
  }

  @Test
  void theHtmlTranscriptIsRussianTextWithoutItsStyles() throws Exception {
    JsonNode hits = search("Мао").get("hits");
    JsonNode transcript = null;
    for (JsonNode hit : hits) {
      if (hit.get("id").asText().equals("transcript-33548")) {
        transcript = hit;
      }
    }
    assertTrue(transcript != null, hits.toString());
    String snippet = transcript.get("highlight").get("ru").toString();
    assertTrue(snippet.contains("<em>Мао</em>") && !snippet.contains("{"), snippet);
  }

  @Test
  void dateSortPutsUndatedDocumentsLast() throws Exception {
    JsonNode hits =
        search("Wilson OR Kohl OR nuclear", "--sort", "date", "--limit", "100").get("hits");
    boolean undatedSeen = false;
    String previous = "";
    for (JsonNode hit : hits) {
      String date = hit.path("date").asText("");
      if (date.isEmpty()) {
        undatedSeen = true;
        continue;
      }
      assertTrue(!undatedSeen, "a dated hit after an undated one: " + hits);
      assertTrue(date.compareTo(previous) >= 0, previous + " then " + date);
      previous = date;
    }
    assertTrue(undatedSeen, "the 2025 JFK records are undated: " + hits);
  }

  private static JsonNode search(String... query) throws Exception {
    return CliRun.searchJson(index, query);
  }
}
