package dev.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.Rejection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdOwnersTest {

  @TempDir Path dir;
  private String kept;
  private String gone;
  private String other;
  private final List<Rejection> rejected = new ArrayList<>();

  @BeforeEach
  void files() throws Exception {
    kept = SourcePath.of(Files.writeString(dir.resolve("kept.txt"), "still here"));
    gone = SourcePath.of(dir.resolve("gone.txt")); // indexed once, deleted since
    other = SourcePath.of(Files.writeString(dir.resolve("other.txt"), "read in this run"));
  }

  private static List<ArchiveDocument> docs(String... ids) {
    return java.util.Arrays.stream(ids).map(id -> ArchiveDocument.builder(id).build()).toList();
  }

  private static List<String> ids(List<ArchiveDocument> docs) {
    return docs.stream().map(ArchiveDocument::id).toList();
  }

  private IdOwners owners() {
    IndexSnapshot.FileState state = new IndexSnapshot.FileState("h", 1, 1, "", Set.of());
    return new IdOwners(
        IndexSnapshot.of(
            Map.of(kept, state, gone, state), Map.of("k1", kept, "k2", kept, "g1", gone)));
  }

  @Test
  void anIdTwiceInOneFileKeepsTheFirst() {
    assertEquals(List.of("a", "b"), ids(owners().claim(other, docs("a", "b", "a"), rejected::add)));
    assertEquals(List.of(new Rejection(other, "duplicate id 'a' (twice in this file)")), rejected);
  }

  @Test
  void anIdAnotherFileClaimedInThisRunIsRejected() {
    IdOwners owners = owners();
    assertEquals(List.of("a"), ids(owners.claim(other, docs("a"), rejected::add)));
    assertEquals(List.of("b"), ids(owners.claim("/elsewhere.txt", docs("a", "b"), rejected::add)));
    assertEquals(
        List.of(new Rejection("/elsewhere.txt", "duplicate id 'a' (also in " + other + ")")),
        rejected);
  }

  @Test
  void anIdTheIndexHasFromAFileThatStillExistsStaysThere() {
    IdOwners owners = owners();
    assertEquals(List.of(), ids(owners.claim(other, docs("k1"), rejected::add)));
    assertEquals(
        List.of(new Rejection(other, "duplicate id 'k1' (also in " + kept + ")")), rejected);
    assertEquals(
        List.of("k1"),
        ids(owners.claim(kept, docs("k1"), rejected::add)),
        "its own file writes it again");
  }

  @Test
  void anIdWhoseFileIsGoneHasMovedToTheFileThatGivesItNow() {
    assertEquals(List.of("g1"), ids(owners().claim(other, docs("g1"), rejected::add)));
    assertEquals(List.of(), rejected);
  }

  @Test
  void whatAFileLeavesIsTheDocumentsNoFileWroteAgain() {
    IdOwners owners = owners();
    owners.claim(other, docs("g1"), rejected::add); // moved: updated, not removed with gone.txt
    owners.claim(kept, docs("k1"), rejected::add);
    assertEquals(Map.of(kept, 1), owners.notRewritten());
  }
}
