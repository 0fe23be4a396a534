package dev.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.Derived;
import dev.dossier.model.PartialDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentCompletionTest {

  @TempDir Path dir;

  private List<ArchiveDocument> read(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return ArchiveReaders.forConfig(Path.of("index-config")).read(file).documents();
  }

  @Test
  void aGenericRecordGetsItsTitleAndDateFromItsFirstLinesMarkedDerived() throws Exception {
    ArchiveDocument doc =
        read(
                "records.jsonl",
                "{\"id\": \"r1\", \"text\": \"CONFIDENTIAL\\nRecord of conversation between"
                    + " Khrushchev and Gomulka\\nAugust 5, 1963\\nKhrushchev said ...\"}\n")
            .get(0);
    assertEquals("Record of conversation between Khrushchev and Gomulka", doc.title());
    assertEquals(Optional.of(PartialDate.ofDay(1963, 8, 5)), doc.date());
    assertEquals(Set.of(Derived.TITLE, Derived.DATE), doc.derived());
  }

  @Test
  void whatTheRecordGivesIsKeptAndNotMarked() throws Exception {
    ArchiveDocument doc =
        read(
                "records.jsonl",
                "{\"id\": \"r1\", \"title\": \"Memo\", \"date\": \"1960\", \"text\":"
                    + " \"Record of a talk\\nAugust 5, 1963\\n...\"}\n")
            .get(0);
    assertEquals("Memo", doc.title());
    assertEquals(Optional.of(PartialDate.ofYear(1960)), doc.date());
    assertEquals(Set.of(), doc.derived());
  }

  @Test
  void aUrlIdIsShortenedAndABodilessRecordIsTitledByItsSlug() throws Exception {
    ArchiveDocument doc =
        read(
                "records.jsonl",
                "{\"id\":"
                    + " \"https://digitalarchive.wilsoncenter.org/document/letter-frederick-h-boland-con-cremin-dublin\","
                    + " \"summary\": \"Boland gauged opinion at the UN.\", \"text\": \"\"}\n")
            .get(0);
    assertEquals("letter-frederick-h-boland-con-cremin-dublin", doc.id());
    assertEquals("Letter frederick h boland con cremin dublin", doc.title());
    assertEquals(Set.of(Derived.TITLE), doc.derived());
  }
}
