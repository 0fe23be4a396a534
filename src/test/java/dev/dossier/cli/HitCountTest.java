package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Past 1,000 matches the count is a lower bound and says exactly what README promises: 1000+. */
class HitCountTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void theCountStopsAtAThousand() throws Exception {
    StringBuilder records = new StringBuilder();
    for (int i = 0; i < 1_200; i++) {
      records
          .append("{\"id\": \"r")
          .append(i)
          .append("\", \"language\": \"en\", \"text\": \"the treaty, clause ")
          .append(i)
          .append(i % 2 == 0 ? " and the treaty again" : "")
          .append(".\"}\n");
    }
    Path file = Files.writeString(dir.resolve("records.jsonl"), records);
    Path index = dir.resolve("index");
    assertEquals(0, CliRun.run(index, "index", file.toString(), "-q").status());

    CliRun text = CliRun.run(index, "search", "treaty");
    assertTrue(text.out().startsWith("1000+ documents match treaty; showing 1-10 ("), text.out());
    JsonNode json = JSON.readTree(CliRun.run(index, "search", "treaty", "--json").out());
    assertEquals(1000, json.get("total").asInt());
    assertEquals("gte", json.get("total_relation").asText());
    JsonNode deep =
        JSON.readTree(CliRun.run(index, "search", "treaty", "--json", "--offset", "1100").out());
    assertEquals(1110, deep.get("total").asInt(), "a page deeper than 1,000 is counted to its end");
    JsonNode all =
        JSON.readTree(CliRun.run(index, "search", "treaty", "--json", "--count-all").out());
    assertEquals(1200, all.get("total").asInt());
    assertEquals("eq", all.get("total_relation").asText());
  }
}
