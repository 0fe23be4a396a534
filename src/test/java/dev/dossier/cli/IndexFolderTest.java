package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every command does with a folder that holds no index, or an index Dossier did not write. */
class IndexFolderTest {

  /** Every command that reads an index, as a user would type it. */
  private static final List<List<String>> READERS =
      List.of(
          List.of("search", "treaty"),
          List.of("show", "x"),
          List.of("concordance", "treaty"),
          List.of("stats"),
          List.of("check"));

  @TempDir Path dir;

  @Test
  void aLuceneIndexDossierDidNotWriteIsRefusedByEveryCommandAndLeftAlone() throws Exception {
    Path foreign = dir.resolve("solr-core");
    try (Directory d = FSDirectory.open(foreign);
        IndexWriter writer = new IndexWriter(d, new IndexWriterConfig())) {
      for (int i = 0; i < 3; i++) {
        Document doc = new Document();
        doc.add(new TextField("body", "treaty text " + i, Field.Store.YES));
        doc.add(new StringField("title", "t" + i, Field.Store.YES));
        writer.addDocument(doc);
      }
      writer.commit();
    }
    Map<String, Long> before = files(foreign);
    String expected =
        "dossier: error: "
            + foreign
            + " holds a Lucene index that Dossier did not write (3 documents; fields body, title);"
            + " Dossier neither searches nor writes into it: give another --index folder\n";
    for (List<String> command : READERS) {
      CliRun run = CliRun.run(foreign, command.toArray(String[]::new));
      assertEquals(2, run.status(), command + ": " + run);
      assertEquals(expected, run.err(), command.toString());
    }
    for (String rebuild : new String[] {"", "--rebuild"}) {
      CliRun run =
          rebuild.isEmpty()
              ? CliRun.run(foreign, "index", Sample.FILE.toString())
              : CliRun.run(foreign, "index", Sample.FILE.toString(), rebuild);
      assertEquals(2, run.status(), run.toString());
      assertEquals(expected, run.err());
    }
    assertEquals(before, files(foreign), "not a byte of it changed");
  }

  @Test
  void aFolderWithNoCommitSaysNoIndexInTheSameWordsForEveryCommand() throws Exception {
    // what an indexing run killed before its first commit leaves: the lock and a segment's first
    // files
    Path killed = Files.createDirectories(dir.resolve("killed"));
    Files.createFile(killed.resolve("write.lock"));
    Files.write(killed.resolve("_0.fdt"), new byte[] {1, 2, 3});
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path missing = dir.resolve("missing");
    for (Path folder : List.of(killed, empty, missing)) {
      String expected =
          "dossier: error: no index at "
              + folder
              + " ("
              + (folder == killed
                  ? "the folder holds no committed index, as an indexing run stopped before its"
                      + " first commit leaves it; "
                  : "")
              + "create one with: dossier index PATH...)\n";
      for (List<String> command : READERS) {
        CliRun run = CliRun.run(folder, command.toArray(String[]::new));
        assertEquals(2, run.status(), folder + " " + command + ": " + run);
        assertEquals(expected, run.err(), folder + " " + command);
      }
    }
    // and indexing into the killed run's folder finishes the job
    CliRun index = CliRun.run(killed, "index", Sample.FILE.toString());
    assertEquals(0, index.status(), index.toString());
    assertTrue(CliRun.run(killed, "search", "Guevara").out().startsWith("1 document matches"));
  }

  private static Map<String, Long> files(Path folder) throws Exception {
    Map<String, Long> files = new TreeMap<>();
    try (var list = Files.list(folder)) {
      for (Path f : list.toList()) {
        files.put(
            f.getFileName().toString(),
            Files.size(f) * 31 + Files.getLastModifiedTime(f).toMillis());
      }
    }
    return files;
  }
}
