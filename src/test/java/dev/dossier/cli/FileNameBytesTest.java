package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names are bytes, not all of them text in the platform's encoding: such a file is indexed,
 * found unchanged run after run, never pruned while it exists, and pruned once it is gone.
 */
class FileNameBytesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /**
   * A path whose last name has the byte 0xFF, which no UTF-8 text has; skipped where the file
   * system refuses it.
   */
  private Path nonUtf8(Path folder, String prefix, String suffix) {
    Path file = Path.of(URI.create(folder.toUri() + prefix + "%FF" + suffix));
    try {
      Files.writeString(file, "A note about Cuba and the treaty.\n");
    } catch (IOException e) {
      assumeTrue(false, "the file system refuses a name that is not UTF-8: " + e);
    }
    return file;
  }

  private JsonNode index(Path index, String... args) throws Exception {
    String[] all = new String[args.length + 2];
    all[0] = "index";
    System.arraycopy(args, 0, all, 1, args.length);
    all[all.length - 1] = "--json";
    CliRun run = CliRun.run(index, all);
    assertEquals(0, run.status(), run.toString());
    return JSON.readTree(run.out());
  }

  @Test
  void aNameThatIsNotUtf8IsFoundAgainAndNeverPrunedWhileItExists() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path file = nonUtf8(corpus, "bad", ".txt");
    Path index = dir.resolve("index");
    assertEquals(1, index(index, corpus.toString(), "--prune").get("added").asInt());
    for (int run = 0;
        run < 3;
        run++) { // the document flipped between removed and added, run after run
      JsonNode report = index(index, corpus.toString(), "--prune");
      assertEquals(1, report.get("unchanged").asInt(), report.toString());
      assertEquals(0, report.get("removed").asInt(), report.toString());
      assertEquals(0, report.get("added").asInt(), report.toString());
    }
    assertTrue(CliRun.run(index, "search", "Cuba").out().startsWith("1 document matches"));

    // its source is recorded exactly: the bytes, percent-escaped
    CliRun search = CliRun.run(index, "search", "Cuba", "--json");
    String id = JSON.readTree(search.out()).get("hits").get(0).get("id").asText();
    CliRun show = CliRun.run(index, "show", id, "--json");
    assertEquals(file.toUri().toString(), JSON.readTree(show.out()).get("source").asText());

    Files.delete(file);
    JsonNode pruned = index(index, corpus.toString(), "--prune");
    assertEquals(1, pruned.get("removed").asInt(), pruned.toString());
    assertTrue(CliRun.run(index, "search", "Cuba").out().startsWith("No documents match"));
  }

  @Test
  void twoNamesThatDifferOnlyInBytesThatAreNotTextAreTwoFiles() throws Exception {
    // as text both names are "records\uFFFD.jsonl": one key for two files, had the path been stored
    // as its string
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path ff = Path.of(URI.create(corpus.toUri() + "records%FF.jsonl"));
    Path fe = Path.of(URI.create(corpus.toUri() + "records%FE.jsonl"));
    try {
      Files.writeString(ff, "{\"id\": \"ff\", \"text\": \"A note about Cuba.\"}\n");
      Files.writeString(fe, "{\"id\": \"fe\", \"text\": \"A note about Berlin.\"}\n");
    } catch (IOException e) {
      assumeTrue(false, "the file system refuses a name that is not UTF-8: " + e);
    }
    Path index = dir.resolve("index");
    assertEquals(2, index(index, corpus.toString()).get("added").asInt());
    assertEquals(2, index(index, corpus.toString(), "--prune").get("unchanged").asInt());
    Files.delete(fe);
    JsonNode report = index(index, corpus.toString(), "--prune");
    assertEquals(1, report.get("removed").asInt(), report.toString());
    assertEquals(1, report.get("unchanged").asInt(), report.toString());
    assertTrue(CliRun.run(index, "search", "Cuba").out().startsWith("1 document matches"));
    assertTrue(CliRun.run(index, "search", "Berlin").out().startsWith("No documents match"));
  }
}
