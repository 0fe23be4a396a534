package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A golden file's comparison reads as a diff, and the JSON it compares is normalised. */
class GoldensTest {

  @Test
  void aChangedLineIsShownWithItsContextAndItsLineNumber() {
    String golden = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
    String output = "a\nb\nc\nD\ne\nf\ng\nh\ni\nj\nk\n";
    assertEquals(
        """
        @@ line 2
          b
          c
        - d
        + D
          e
          f
        @@ line 9
          i
          j
        + k
        """,
        Goldens.diff(golden, output));
  }

  @Test
  void onlyTheLineEndsDiffering() {
    assertEquals("(the same lines; only the line ends differ)\n", Goldens.diff("a\n", "a"));
  }

  @Test
  void whatVariesBecomesAPlaceholderAndFoldersTheirNames() {
    String json =
        "{\"took_ms\": 12, \"hits\": [{\"score\": 1.5, \"path\": \"/tmp/x/index\"}], \"date\":"
            + " null}";
    assertEquals(
        """
        {
          "took_ms" : "<ms>",
          "hits" : [ {
            "score" : "<score>",
            "path" : "<tmp>/index"
          } ],
          "date" : null
        }
        """,
        Goldens.normalised(json, Map.of(Path.of("/tmp/x"), "<tmp>")));
  }
}
