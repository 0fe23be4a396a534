package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.testing.Sample;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier index} on a slice of the real corpora in ../shared/corpora (their folders and file names, a few
 * hundred records), then searches across collections; skipped where the corpora are absent.
 */
class CorporaEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static Path index;
  static JsonNode report;

  @BeforeAll
  static void indexASliceOfEveryCorpus() throws Exception {
    assumeTrue(Files.isDirectory(Sample.CORPORA), "no " + Sample.CORPORA);
    Path corpora = dir.resolve("corpora");
    slice(corpora, "dfat-australia-foreign-policy-en/dafp_docs_1945_1983.jsonl", 60, l -> l.contains("Gromyko"), 5);
    slice(corpora, "ru-stalin-works/stalin_works.jsonl", 40, l -> l.contains("Троцк"), 5);
    slice(corpora, "jfk-records-ocr-en/jfk_2021_release_full.jsonl", 20, l -> false, 0);
    slice(corpora, "wilson-da-samples/wilson_scrape_sample_23docs.jsonl", 100, l -> false, 0);
    Path transcript = Sample.CORPORA.resolve("wilson-da-samples/da_transcript_33548_ru.raw.json");
    Files.copy(transcript, corpora.resolve("wilson-da-samples").resolve(transcript.getFileName()));
    Files.writeString(corpora.resolve("README.md"), "# Corpora\n\nWhat is here.\n");
    index = dir.resolve("index");
    CliRun run = CliRun.run(index, "index", corpora.toString(), "--json");
    assertEquals(0, run.status(), run.toString());
    report = JSON.readTree(run.out());
  }

  /** The first {@code first} records of a corpus file plus up to {@code more} later ones that {@code wanted} picks. */
  private static void slice(Path root, String file, int first, Predicate<String> wanted, int more) throws Exception {
    Path target = root.resolve(file);
    Files.createDirectories(target.getParent());
    List<String> lines = new ArrayList<>();
    int picked = 0;
    try (BufferedReader in = Files.newBufferedReader(Sample.CORPORA.resolve(file), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (lines.size() < first) {
          lines.add(line);
        } else if (picked < more && wanted.test(line)) {
          lines.add(line);
          picked++;
        } else if (picked >= more) {
          break;
        }
      }
    }
    Files.write(target, lines, StandardCharsets.UTF_8);
  }

  @Test
  void countsEachCollectionAndSkipsTheReadme() {
    JsonNode collections = report.get("collections");
    assertEquals(65, collections.get("Documents on Australian Foreign Policy").get("written").asInt(), report.toString());
    assertEquals(45, collections.get("Сталин. Сочинения").get("written").asInt());
    assertEquals(20, collections.get("JFK Assassination Records").get("written").asInt());
    assertEquals(24, collections.get("Wilson Center Digital Archive").get("written").asInt(), "23 records and a transcript");
    assertEquals(1, report.get("skipped").size(), report.get("skipped").toString());
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
    assertEquals("Documents on Australian Foreign Policy", metadata.get("collection").get(0).asText());
  }

  @Test
  void trotskyFindsStalinsRussianTexts() throws Exception {
    JsonNode result = search("Trotsky");
    JsonNode hits = result.get("hits");
    assertTrue(hits.size() >= 4, result.toString());
    for (JsonNode hit : hits) {
      if (hit.get("id").asText().startsWith("stalin-")) {
        assertTrue(hit.get("highlight").get("ru").get(0).asText().contains("<em>Троцк"), hit.toString());
        return;
      }
    }
    throw new AssertionError("no Stalin text among " + hits);
  }

  @Test
  void metadataIsSearchableByField() throws Exception {
    JsonNode subject = search("subject:\"nuclear disarmament\"");
    assertTrue(subject.get("total").asInt() >= 1, subject.toString());
    subject.get("hits").forEach(h -> assertTrue(h.get("id").asText().matches("\\d+"), h.toString()));
    JsonNode type = search("type:Статья");
    assertTrue(type.get("total").asInt() >= 10, type.toString());
    type.get("hits").forEach(h -> assertTrue(h.get("id").asText().startsWith("stalin-"), h.toString()));
    JsonNode collection = search("collection:\"JFK Assassination Records\"");
    assertEquals(20, collection.get("total").asInt(), collection.toString());
  }

  @Test
  void facetsCountEveryMatchByCollection() throws Exception {
    JsonNode result = search("Gromyko OR Trotsky", "--facet", "collection", "--limit", "1");
    JsonNode counts = result.get("facets").get("collection");
    assertEquals(1, result.get("hits").size());
    assertTrue(counts.get("Documents on Australian Foreign Policy").asInt() >= 5, counts.toString());
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
    JsonNode hits = search("Wilson OR Kohl OR nuclear", "--sort", "date", "--limit", "100").get("hits");
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
  }

  private static JsonNode search(String... query) throws Exception {
    List<String> args = new ArrayList<>(List.of("search"));
    args.addAll(List.of(query));
    args.add("--json");
    CliRun run = CliRun.run(index, args.toArray(String[]::new));
    assertEquals(0, run.status(), run.toString());
    return JSON.readTree(run.out());
  }
}
