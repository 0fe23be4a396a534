package dev.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.ingest.read.ReadResult;
import dev.dossier.model.ArchiveDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileChangesTest {

  @TempDir Path dir;

  private static IndexSnapshot.FileState state(
      String hash, int documents, long expected, Set<String> companions) {
    return new IndexSnapshot.FileState(hash, documents, expected, "", companions);
  }

  private static FileChanges changes(Map<String, IndexSnapshot.FileState> files) {
    return new FileChanges(IndexSnapshot.of(files, Map.of()));
  }

  @Test
  void aFileIsHashedByItsBytes() {
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        FileChanges.hash(new byte[0]));
    assertEquals(64, FileChanges.hash("Гевара".getBytes(StandardCharsets.UTF_8)).length());
  }

  @Test
  void aFileIsUnchangedWhenTheIndexHoldsItWholeWithTheSameHash() {
    FileChanges changes =
        changes(
            Map.of(
                "/a.txt",
                state("h1", 2, 2, Set.of()),
                "/cut.jsonl",
                state("h2", 64, 500, Set.of())));
    assertEquals(2, changes.unchanged("/a.txt", "h1").orElseThrow().documents());
    assertTrue(changes.unchanged("/a.txt", "changed").isEmpty());
    assertTrue(changes.unchanged("/cut.jsonl", "h2").isEmpty(), "cut short by a crash: read again");
    assertTrue(changes.unchanged("/new.txt", "h3").isEmpty());
  }

  @Test
  void aSpreadsheetChangesWhenATextFileItsRecordsReadChanges() throws Exception {
    Path text = Files.writeString(dir.resolve("001.txt"), "The ambassador met Guevara.");
    String companion = SourcePath.of(text);
    String stamped = FileChanges.withCompanions("h", List.of(companion));
    FileChanges changes = changes(Map.of("/meta.csv", state(stamped, 1, 1, Set.of(companion))));
    assertTrue(changes.unchanged("/meta.csv", "h").isPresent());
    Files.writeString(text, "The ambassador met Castro.");
    assertTrue(changes.unchanged("/meta.csv", "h").isEmpty());
    Files.delete(text);
    assertEquals(
        "", FileChanges.withCompanions("h", List.of(companion)), "a companion gone: never current");
  }

  @Test
  void aFileReadClaimsItsCompanionsAndIsStampedWithTheirHashes() throws Exception {
    Path text = Files.writeString(dir.resolve("001.txt"), "text");
    FileChanges changes = changes(Map.of());
    ReadResult plain = ReadResult.of(List.of(ArchiveDocument.builder("a").build()));
    assertEquals("h", changes.read("/plain.txt", "h", plain));
    ReadResult sheet =
        new ReadResult(
            List.of(ArchiveDocument.builder("b").build()),
            List.of(),
            "",
            Map.of("b", List.of(text)));
    assertFalse(changes.isCompanion(text));
    assertEquals(
        FileChanges.withCompanions("h", List.of(SourcePath.of(text))),
        changes.read("/meta.csv", "h", sheet));
    assertTrue(changes.isCompanion(text));
  }

  @Test
  void aSpreadsheetNotReadAgainKeepsItsClaims() throws Exception {
    Path one = dir.resolve("one.txt");
    Path two = dir.resolve("two.txt");
    FileChanges changes =
        changes(
            Map.of(
                "/unchanged.csv", state("h", 1, 1, Set.of(SourcePath.of(one))),
                "/reread.csv", state("h", 1, 1, Set.of(SourcePath.of(two)))));
    changes.read(
        "/reread.csv", "h2", ReadResult.of(List.of())); // its records now name no text file
    changes.keepClaimsOfUnread();
    assertTrue(changes.isCompanion(one));
    assertFalse(
        changes.isCompanion(two),
        "a text file the spreadsheet no longer names is a document again");
  }

  @Test
  void aFileIsGoneWhenItNoLongerExistsUnderAFolderGiven() throws Exception {
    Path root = Files.createDirectories(dir.resolve("corpus"));
    Path listed = Files.writeString(root.resolve("listed.txt"), "x");
    Path unlisted = Files.writeString(root.resolve("hidden.txt"), "x"); // exists: never pruned
    Path deleted = root.resolve("deleted.txt");
    Path outside = dir.resolve("elsewhere/deleted.txt"); // not under a folder given
    IndexSnapshot.FileState s = state("h", 1, 1, Set.of());
    FileChanges changes =
        changes(
            Map.of(
                SourcePath.of(listed),
                s,
                SourcePath.of(unlisted),
                s,
                SourcePath.of(deleted),
                s,
                SourcePath.of(outside),
                s));
    assertEquals(List.of(SourcePath.of(deleted)), changes.gone(List.of(listed), List.of(root)));
    assertEquals(
        List.of(),
        changes.gone(List.of(listed), List.of(listed)),
        "a file given, not a folder: nothing pruned");
  }
}
