package dev.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.ingest.files.CorpusFiles;
import dev.dossier.model.Rejection;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RunTallyTest {

  @Test
  void theReportAddsUpWhatEachFileDid() {
    RunTally tally = new RunTally();
    tally.rejected(List.of(new Rejection("/c/unreadable.txt", "permission denied")));
    tally.written(false);
    tally.written(false);
    tally.written(true);
    tally.read("wilson", 3, 1);
    tally.rejected(new Rejection("/b/records.jsonl", "line 4: no id"));
    tally.unchanged("wilson", 5);
    tally.unchanged("stalin", 2);
    tally.rejectedFile("stalin", new Rejection("/a/broken.pdf", "not a readable PDF"));
    tally.removed(4);
    tally.companionFile();
    CorpusFiles.Listing listing =
        new CorpusFiles.Listing(
            List.of(Path.of("/x/1.txt"), Path.of("/x/2.txt")),
            List.of(new Rejection("/c/unreadable.txt", "permission denied")),
            List.of(Path.of("/x/README.md")));

    IndexReport report = tally.report(listing, 1234, 2.0);

    assertEquals(3, report.files(), "listed and unreadable");
    assertEquals(1234, report.bytes());
    assertEquals(2, report.added());
    assertEquals(1, report.updated());
    assertEquals(7, report.unchanged());
    assertEquals(4, report.removed());
    assertEquals(1, report.companionFiles());
    assertEquals(
        List.of("/a/broken.pdf", "/b/records.jsonl", "/c/unreadable.txt"),
        report.rejected().stream().map(Rejection::path).toList(),
        "by path");
    assertEquals(List.of("/x/README.md"), report.skipped());
    assertEquals(
        Map.of("wilson", new CollectionCounts(3, 5, 1), "stalin", new CollectionCounts(0, 2, 1)),
        report.collections());
    assertEquals(2.0, report.seconds());
  }

  @Test
  void theIndexChangedWhenADocumentWasWrittenOrRemoved() {
    RunTally unchanged = new RunTally();
    unchanged.unchanged("c", 10);
    unchanged.rejectedFile("c", new Rejection("/f", "bad"));
    assertFalse(unchanged.changedIndex());
    RunTally removed = new RunTally();
    removed.removed(1);
    assertTrue(removed.changedIndex());
    RunTally written = new RunTally();
    written.written(true);
    assertTrue(written.changedIndex());
  }

  @Test
  void workersCountAtOnceWithoutLosingAny() {
    RunTally tally = new RunTally();
    IntStream.range(0, 10_000)
        .parallel()
        .forEach(
            i -> {
              tally.written(i % 2 == 0);
              tally.read("c" + i % 3, 1, 0);
            });
    IndexReport report =
        tally.report(new CorpusFiles.Listing(List.of(), List.of(), List.of()), 0, 1);
    assertEquals(5_000, report.added());
    assertEquals(5_000, report.updated());
    assertEquals(
        10_000, report.collections().values().stream().mapToLong(CollectionCounts::written).sum());
  }
}
