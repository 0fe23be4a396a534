package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.dossier.index.FacetLabels;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The research workflow on the slices of the shipped corpora plus one generic record: short ids and
 * titles for the Wilson Center's slug URLs, titles and dates derived from a text's first lines, a
 * collection facet without volumes, the transcript listed once with "also in", and every hit
 * counted, streamed and exported.
 */
class ResearchWorkflowEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SLUG =
      "chancellors-helmut-kohls-telephone-conversation-irans-president-rafsanjani-2-october-1995";

  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void indexTheSlicesAndAGenericRecord() throws Exception {
    index = dir.resolve("index");
    Path generic = Files.createDirectories(dir.resolve("generic"));
    Files.writeString(
        generic.resolve("records.jsonl"),
        "{\"id\": \"memo-1\", \"text\": \"SECRET\\n- 1 -\\nRecord of conversation between N. S."
            + " Khrushchev and W. Gomulka\\nAugust 5, 1963\\nKhrushchev said that the harvest in"
            + " the Ukraine was good this year and that the treaty would be signed.\"}\n");
    CliRun run = CliRun.run(index, "index", Sample.CORPUS_SLICES.toString(), generic.toString());
    assertEquals(0, run.status(), run.toString());
  }

  @Test
  void aWilsonRecordWithASlugUrlHasAShortIdATitleAndItsOldIdStillFindsIt() throws Exception {
    JsonNode doc = show(SLUG);
    assertEquals(SLUG, doc.get("id").asText());
    assertEquals(
        "Chancellors helmut kohls telephone conversation irans president rafsanjani 2 october 1995",
        doc.get("title").asText());
    assertEquals(List.of("title"), strings(doc.get("derived")));
    assertEquals(
        "https://digitalarchive.wilsoncenter.org/document/" + SLUG, doc.get("url").asText());
    assertEquals(SLUG, show(doc.get("url").asText()).get("id").asText(), "the URL, as id before");
    for (JsonNode hit : search("Rafsanjani").get("hits")) {
      assertFalse(hit.get("id").asText().contains("://"), hit.toString());
      assertFalse(hit.get("title").asText().isBlank(), hit.toString());
    }
    CliRun text = CliRun.run(index, "show", SLUG);
    assertTrue(text.out().contains("(derived: not in the record)"), text.out());
  }

  @Test
  void aGenericRecordTakesItsTitleAndDateFromItsFirstLines() throws Exception {
    JsonNode doc = show("memo-1");
    assertEquals(
        "Record of conversation between N. S. Khrushchev and W. Gomulka",
        doc.get("title").asText());
    assertEquals("1963-08-05", doc.get("date").asText());
    assertEquals(List.of("title", "date"), strings(doc.get("derived")));
    JsonNode record = show("300646");
    assertEquals(List.of(), strings(record.get("derived")), "a record's own title is not derived");
  }

  @Test
  void theCollectionFacetCountsCollectionsAndTheVolumesAreASeries() throws Exception {
    JsonNode stats = JSON.readTree(CliRun.run(index, "stats", "--json").out());
    Set<String> collections = fieldNames(stats.get("by_collection"));
    assertEquals(
        Set.of(
            "Documents on Australian Foreign Policy",
            "Сталин. Сочинения",
            "JFK Assassination Records",
            "Wilson Center Digital Archive",
            "Родная речь (1963)",
            "generic"),
        collections);
    assertTrue(
        fieldNames(stats.get("by_series")).contains("Volume 10: 1946, July-December"),
        stats.toString());
    JsonNode series = search("series:\"Volume 10\"", "--facet", "series,collection");
    assertEquals(
        Set.of("Volume 10: 1946, July-December"),
        fieldNames(series.get("facets").get("series")),
        series.toString());
    Set<String> folded = new HashSet<>();
    for (String type : fieldNames(stats.get("by_type"))) {
      assertTrue(folded.add(FacetLabels.fold(type)), "counted apart: " + type);
    }
    assertTrue(stats.get("by_type").has("PAPER - TEXTUAL DOCUMENT"), stats.toString());
  }

  @Test
  void theTranscriptIsListedOnceAndNamesItsOtherCopy() throws Exception {
    JsonNode collapsed = search("Рощин", "-n", "50");
    List<String> ids = ids(collapsed);
    List<String> copies = ids.stream().filter(id -> id.contains("33548")).toList();
    assertEquals(1, copies.size(), ids.toString());
    JsonNode hit = hit(collapsed, copies.get(0));
    assertEquals(1, hit.get("also_in").size(), hit.toString());
    assertTrue(hit.get("also_in").get(0).asText().contains("33548"), hit.toString());
    List<String> shown = ids(search("Рощин", "-n", "50", "--duplicates", "show"));
    assertEquals(2, shown.stream().filter(id -> id.contains("33548")).count(), shown.toString());
    JsonNode stats = JSON.readTree(CliRun.run(index, "stats", "--json").out());
    assertTrue(stats.get("duplicates").get("documents").asInt() >= 1, stats.toString());
    CliRun text = CliRun.run(index, "search", "Рощин");
    assertTrue(text.out().contains("also in: "), text.out());
  }

  @Test
  void countAllAndExportAgreeOnEveryHit() throws Exception {
    CliRun count = CliRun.run(index, "search", "Soviet", "--count");
    assertEquals(0, count.status(), count.toString());
    int n = Integer.parseInt(count.out().strip());
    assertEquals(n, search("Soviet", "--count-all", "-n", "0").get("total").asInt());
    assertTrue(n > 10, "more hits than a page: " + n);
    CliRun all = CliRun.run(index, "search", "Soviet", "--all", "--json");
    assertEquals(0, all.status(), all.toString());
    List<String> lines = all.out().lines().toList();
    List<String> streamed = new ArrayList<>();
    for (String line : lines) {
      streamed.add(JSON.readTree(line).get("id").asText());
    }
    assertEquals(new HashSet<>(streamed).size(), streamed.size(), "each hit once");
    assertEquals(
        ids(search("Soviet", "-n", "1000")), streamed, "the same hits in the same order as a page");
    CliRun csv = CliRun.run(index, "search", "Soviet", "--export", "csv");
    assertEquals(0, csv.status(), csv.toString());
    List<Map<String, String>> rows = csvRows(csv.out());
    assertEquals(streamed, rows.stream().map(r -> r.get("id")).toList());
    assertEquals(
        List.of("id", "date", "title", "collection", "series", "url", "score"),
        List.copyOf(rows.get(0).keySet()).subList(0, 7));
    assertTrue(rows.get(0).keySet().contains("snippet_en"), rows.get(0).toString());
    assertTrue(
        rows.stream().anyMatch(r -> r.get("snippet_en").contains("Soviet")), rows.toString());
  }

  @Test
  void aWilsonRecordADfatCableAndAStalinTextAreCitedInEveryFormat() throws Exception {
    String dfat =
        ids(search("Gromyko")).stream()
            .filter(id -> id.startsWith("dafp-"))
            .findFirst()
            .orElseThrow();
    String stalin =
        ids(search("Trotsky")).stream()
            .filter(id -> id.startsWith("stalin-"))
            .findFirst()
            .orElseThrow();
    List<String> cited = List.of("300646", dfat, stalin, SLUG);
    Map<String, JsonNode> docs = new java.util.LinkedHashMap<>();
    for (String id : cited) {
      docs.put(id, show(id));
    }
    CliRun bibtex = cite(cited, "bibtex");
    var entries =
        new org.jbibtex.BibTeXParser()
            .parse(new java.io.StringReader(bibtex.out())).getEntries().values().stream().toList();
    assertEquals(cited.size(), entries.size(), bibtex.out());
    CliRun ris = cite(cited, "ris");
    var records =
        List.copyOf(
            new de.undercouch.citeproc.ris.RISParser()
                .parse(new java.io.StringReader(ris.out()))
                .getReferences());
    assertEquals(cited.size(), records.size(), ris.out());
    assertEquals(
        List.of("И. В. Сталин"),
        List.of(records.get(2).getAuthors()),
        "the author the Stalin mapping names: " + ris.out());
    JsonNode csl = JSON.readTree(cite(cited, "csl-json").out());
    assertEquals(cited.size(), csl.size());
    com.networknt.schema.JsonSchema schema;
    try (var in = getClass().getResourceAsStream("/cite/csl-data.json")) {
      schema =
          com.networknt.schema.JsonSchemaFactory.getInstance(
                  com.networknt.schema.SpecVersion.VersionFlag.V7)
              .getSchema(in);
    }
    assertEquals(Set.of(), schema.validate(csl), csl.toString());
    String chicago = cite(cited, "chicago").out();
    int i = 0;
    for (JsonNode doc : docs.values()) {
      String title = doc.get("title").asText();
      assertTrue(
          chicago.contains(title.substring(0, Math.min(30, title.length()))),
          title + "\n" + chicago);
      assertEquals(doc.get("id").asText(), csl.get(i).get("id").asText());
      assertTrue(csl.get(i).get("title").asText().contains(title), csl.get(i).toString());
      String year =
          doc.get("date").asText().isEmpty() ? null : doc.get("date").asText().substring(0, 4);
      assertEquals(year, records.get(i).getYear(), ris.out());
      assertTrue(
          entries.get(i).getField(org.jbibtex.BibTeXEntry.KEY_TITLE).toUserString().contains(title),
          bibtex.out());
      i++;
    }
    assertTrue(
        chicago.lines().anyMatch(l -> l.contains("Documents on Australian Foreign Policy")),
        chicago);
  }

  @Test
  void anExportOfCitationsHasOneEntryPerHit() throws Exception {
    List<String> hits = ids(search("Soviet", "-n", "1000"));
    assertTrue(hits.size() > 10, hits.toString());
    CliRun csl = CliRun.run(index, "search", "Soviet", "--export", "csl-json");
    assertEquals(0, csl.status(), csl.toString());
    List<String> exported = new ArrayList<>();
    JSON.readTree(csl.out()).forEach(item -> exported.add(item.get("id").asText()));
    assertEquals(hits, exported);
    CliRun bibtex = CliRun.run(index, "search", "Soviet", "--export", "bibtex");
    assertEquals(
        hits.size(),
        new org.jbibtex.BibTeXParser()
            .parse(new java.io.StringReader(bibtex.out()))
            .getEntries()
            .size(),
        bibtex.out());
    CliRun ris = CliRun.run(index, "search", "Soviet", "--export", "ris");
    assertEquals(
        hits.size(),
        new de.undercouch.citeproc.ris.RISParser()
            .parse(new java.io.StringReader(ris.out()))
            .getReferences()
            .size(),
        ris.out());
  }

  private static CliRun cite(List<String> ids, String format) {
    List<String> args = new ArrayList<>(List.of("cite"));
    args.addAll(ids);
    args.addAll(List.of("--format", format));
    CliRun run = CliRun.run(index, args.toArray(String[]::new));
    assertEquals(0, run.status(), run.toString());
    return run;
  }

  @Test
  void badCombinationsAreUsageErrors() {
    CliRun both = CliRun.run(index, "search", "Soviet", "--count", "--all");
    assertEquals(2, both.status(), both.toString());
    assertTrue(both.err().contains("cannot be combined"), both.err());
    CliRun format = CliRun.run(index, "search", "Soviet", "--export", "docx");
    assertEquals(2, format.status(), format.toString());
    assertTrue(format.err().contains("--export must be"), format.err());
    CliRun mode = CliRun.run(index, "search", "Soviet", "--duplicates", "hide");
    assertEquals(2, mode.status(), mode.toString());
  }

  private static List<Map<String, String>> csvRows(String csv) throws Exception {
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv)) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }

  private static JsonNode show(String id) throws Exception {
    CliRun run = CliRun.run(index, "show", id, "--json");
    assertEquals(0, run.status(), run.toString());
    return JSON.readTree(run.out());
  }

  private static JsonNode search(String... query) throws Exception {
    return CliRun.searchJson(index, query);
  }

  private static List<String> ids(JsonNode result) {
    return CliRun.hitIds(result);
  }

  private static JsonNode hit(JsonNode result, String id) {
    for (JsonNode h : result.get("hits")) {
      if (h.get("id").asText().equals(id)) {
        return h;
      }
    }
    throw new AssertionError(id + " not in " + result);
  }

  private static Set<String> fieldNames(JsonNode object) {
    Set<String> names = new HashSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
