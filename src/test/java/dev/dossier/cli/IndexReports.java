package dev.dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** What an {@code index --json} report says, read for tests. */
final class IndexReports {

  private IndexReports() {}

  /** The reason each rejected file was rejected, by file name. */
  static Map<String, String> rejections(JsonNode report) {
    Map<String, String> reasons = new TreeMap<>();
    report
        .get("rejected")
        .forEach(
            r ->
                reasons.put(
                    Path.of(r.get("path").asText()).getFileName().toString(),
                    r.get("reason").asText()));
    return reasons;
  }
}
