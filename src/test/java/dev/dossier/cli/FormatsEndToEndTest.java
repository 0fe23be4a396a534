package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.testing.Pdfs;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder holding one file of each archive format, indexed and searched through the CLI. */
class FormatsEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FORMATS = Sample.PROJECT.resolve("src/test/resources/formats");

  @TempDir Path dir;

  private List<String> hitIds(Path index, String query) throws Exception {
    CliRun run = CliRun.run(index, "search", query, "--json", "-n", "20");
    assertEquals(0, run.status(), run.toString());
    List<String> ids = new ArrayList<>();
    JSON.readTree(run.out()).get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    ids.sort(null);
    return ids;
  }

  @Test
  void indexesEveryFormatAndFindsAWordFromEach() throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    for (String fixture :
        new String[] {"frus-sample.xml", "cable.html", "dfat-style.md", "ocr-dump.txt"}) {
      Files.copy(FORMATS.resolve(fixture), batch.resolve(fixture));
    }
    Files.copy(Sample.FILE, batch.resolve("wilson.txt"));
    Pdfs.text(
        batch.resolve("zanzibar.pdf"),
        "Memorandum on Zanzibar",
        "The Sultan left Zanzibar by sea.");

    Path index = dir.resolve("index");
    CliRun run = CliRun.run(index, "index", batch.toString(), "--json");
    assertEquals(0, run.status(), run.toString());
    JsonNode report = JSON.readTree(run.out());
    assertEquals(6, report.get("files").asInt());
    assertEquals(8, report.get("added").asInt(), "three FRUS documents and one of each other file");

    assertEquals(List.of("frus1961-63v99/d1", "frus1961-63v99/d3"), hitIds(index, "icebreaker"));
    assertEquals(List.of("cable"), hitIds(index, "Batista"));
    assertEquals(List.of("dfat-style"), hitIds(index, "Manus"));
    assertEquals(List.of("ocr-dump"), hitIds(index, "Zapata"));
    assertEquals(List.of("zanzibar"), hitIds(index, "Sultan"));
    assertEquals(List.of("117072"), hitIds(index, "Guevara"));
    // the metadata each reader took is searchable by field, and the TEI dates are kept at their
    // precision
    assertEquals(
        List.of("frus1961-63v99/d2"),
        hitIds(index, "Kosygin place:Moscow date:[1961-01-03 TO 1961-01-03]"));
    assertEquals(
        List.of("frus1961-63v99/d3"), hitIds(index, "icebreaker date:[1961-02-10 TO 1961-02-12]"));
    assertEquals(List.of("dfat-style"), hitIds(index, "classification:\"top secret\""));
  }
}
