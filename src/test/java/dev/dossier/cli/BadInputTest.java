package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.testing.Sample;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input in one batch: rejected with its reason or decoded right, never stopping
 * the batch.
 */
class BadInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private String sampleWithId(String id) {
    return Sample.text().replace("/document/117072", "/document/" + id);
  }

  @Test
  void aBatchOfBadFilesGoesInAroundThem() throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Files.writeString(batch.resolve("good.txt"), sampleWithId("1"));
    Files.write(batch.resolve("empty.txt"), new byte[0]);
    Files.write(batch.resolve("binary.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3});
    // Text with no structure is a document (PlainTextReader): an OCR dump or a transcription is
    // what users index.
    Files.writeString(batch.resolve("notes.txt"), "a shopping list, not an archive document\n");
    Files.writeString(batch.resolve("scan.pdf"), "%PDF-1.4");
    Files.writeString(batch.resolve("report.docx"), "PK");
    // truncated in the middle of a Cyrillic letter: the document goes in with the text it has
    byte[] whole = sampleWithId("2").getBytes(StandardCharsets.UTF_8);
    int cut = sampleWithId("2").indexOf("Гевара отрицательно");
    int cutBytes = sampleWithId("2").substring(0, cut).getBytes(StandardCharsets.UTF_8).length + 1;
    Files.write(batch.resolve("truncated.txt"), java.util.Arrays.copyOf(whole, cutBytes));
    // metadata only, the body lost
    Files.writeString(
        batch.resolve("no-body.txt"),
        Sample.text().substring(0, Sample.text().indexOf("Original Scan")));
    Files.writeString(batch.resolve("bom.txt"), "\uFEFF" + sampleWithId("3"));
    Files.write(
        batch.resolve("cp1251.txt"),
        sampleWithId("1251").getBytes(Charset.forName("windows-1251")));
    Files.write(batch.resolve("koi8r.txt"), sampleWithId("8").getBytes(Charset.forName("KOI8-R")));
    try (RandomAccessFile huge = new RandomAccessFile(batch.resolve("huge.txt").toFile(), "rw")) {
      huge.setLength(300L * 1024 * 1024); // sparse: 300 MB on paper, nothing on disk
    }
    Path loop = Files.createDirectories(batch.resolve("loop"));
    Files.createSymbolicLink(loop.resolve("back"), batch);

    Path index = dir.resolve("index");
    CliRun run = CliRun.run(index, "index", batch.toString(), "--json");
    assertEquals(1, run.status(), run.toString());
    JsonNode report = JSON.readTree(run.out());
    Map<String, String> reasons = IndexReports.rejections(report);
    assertEquals("empty file", reasons.get("empty.txt"));
    assertEquals("binary file (contains NUL bytes)", reasons.get("binary.txt"));
    assertTrue(reasons.get("scan.pdf").startsWith("not a readable PDF ("), reasons.toString());
    assertTrue(reasons.get("report.docx").startsWith("unsupported file type"), reasons.toString());
    assertEquals("no document text after the metadata", reasons.get("no-body.txt"));
    assertEquals("file too large (300 MB; the limit is 128 MB)", reasons.get("huge.txt"));
    assertEquals("symbolic link loop", reasons.get("back"));
    assertEquals(7, reasons.size(), reasons.toString());
    assertEquals(6, report.get("added").asInt(), "good, truncated, bom, cp1251, koi8r, notes");

    // the legacy encodings were decoded, not indexed as mojibake
    for (String id : new String[] {"1251", "8"}) {
      JsonNode doc = JSON.readTree(CliRun.run(index, "show", id, "--json").out());
      assertTrue(doc.get("texts").get("ru").asText().contains("Встретился сегодня с Э.Гевара"), id);
    }
    JsonNode hits =
        JSON.readTree(CliRun.run(index, "search", "Гевары", "--json", "-n", "10").out());
    assertEquals(5, hits.get("total").asInt());
    assertEquals(0, CliRun.run(index, "check").status());
  }

  @Test
  void anUnreadableFileIsRejected() throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Path secret = Files.writeString(batch.resolve("secret.txt"), Sample.text());
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    CliRun run = CliRun.run(dir.resolve("index"), "index", batch.toString(), "--json");
    assertEquals(1, run.status());
    assertEquals(
        "permission denied", IndexReports.rejections(JSON.readTree(run.out())).get("secret.txt"));
  }

  @Test
  void jsonNestedTooDeepIsOneLineForIndexAndAlign() throws Exception {
    Path deep =
        Files.writeString(
            dir.resolve("deep.json"), "{\"text\": " + "[".repeat(1_500) + "]".repeat(1_500) + "}");
    CliRun align = CliRun.run(null, "align", deep.toString());
    assertEquals(1, align.status(), align.toString());
    assertEquals(
        "dossier: error: " + deep + ": not JSON (nested deeper than 1,000 levels, the limit)\n",
        align.err());
    CliRun index = CliRun.run(dir.resolve("index"), "index", deep.toString(), "-q");
    assertEquals(1, index.status(), index.toString());
    assertEquals(
        "dossier: rejected " + deep + ": not JSON (nested deeper than 1,000 levels, the limit)\n",
        index.err());
  }
}
