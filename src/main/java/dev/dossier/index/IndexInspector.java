package dev.dossier.index;

import dev.dossier.model.MetadataField;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.apache.lucene.util.Bits;

/**
 * Reads an index's statistics and verifies it, without writing to it (so both work while an index
 * run goes on).
 */
public final class IndexInspector {

  private IndexInspector() {}

  /** The result of a check: whether the index is sound, and Lucene CheckIndex's report. */
  public record CheckResult(boolean clean, int documents, String report) {}

  /** The metadata kinds stats counts documents by. */
  static final List<MetadataField> FACETS =
      List.of(MetadataField.COLLECTION, MetadataField.SERIES, MetadataField.TYPE);

  /** Values listed per metadata kind. */
  static final int TOP = 15;

  /**
   * The source files the index's documents came from, whatever its layout version; empty when there
   * is no index or it cannot be read. A rebuild uses it to bring back what an older index held
   * besides the bundled corpus.
   */
  public static List<Path> sourceFiles(Path indexDir) {
    try (Directory dir = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(dir)) {
        return List.of();
      }
      java.util.Set<String> sources = new java.util.TreeSet<>();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          SortedDocValues source = DocValues.getSorted(leaf.reader(), Fields.SOURCE);
          for (int ord = 0; ord < source.getValueCount(); ord++) {
            sources.add(source.lookupOrd(ord).utf8ToString());
          }
        }
      }
      return sources.stream().map(SourcePath::toPath).toList();
    } catch (IOException | RuntimeException e) {
      return List.of(); // an index too old or too damaged to list is rebuilt from the corpus alone
    }
  }

  /**
   * Counts the index's documents by language, decade, collection and type, and its size and last
   * commit.
   */
  public static IndexStats stats(Path indexDir) throws IOException, NoIndexException {
    requireIndex(indexDir);
    try (Directory dir = FSDirectory.open(indexDir);
        DirectoryReader reader = IndexIntegrity.open(indexDir, dir)) {
      IndexIntegrity.verifyDocValues(indexDir, reader);
      try {
        return stats(indexDir, reader);
      } catch (IOException | RuntimeException e) {
        if (IndexIntegrity.diagnose(indexDir, reader, e) instanceof IndexDamagedException damaged) {
          throw damaged;
        }
        throw e;
      }
    }
  }

  private static IndexStats stats(Path indexDir, DirectoryReader reader) throws IOException {
    Map<String, Integer> languages = new HashMap<>();
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    for (MetadataField field : FACETS) {
      facets.put(field.fieldName(), new HashMap<>());
    }
    Map<Integer, Integer> decades = new TreeMap<>();
    int undated = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      Bits live = r.getLiveDocs();
      SortedDocValues language = DocValues.getSorted(r, Fields.ORIGINAL_LANGUAGE);
      NumericDocValues date = DocValues.getNumeric(r, Fields.DATE_SORT);
      List<SortedSetDocValues> values = new ArrayList<>();
      for (MetadataField field : FACETS) {
        values.add(DocValues.getSortedSet(r, Fields.metadata(field)));
      }
      for (int doc = 0; doc < r.maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        for (int f = 0; f < FACETS.size(); f++) {
          SortedSetDocValues v = values.get(f);
          if (v.advanceExact(doc)) {
            Map<String, Integer> counts = facets.get(FACETS.get(f).fieldName());
            for (int i = 0; i < v.docValueCount(); i++) {
              counts.merge(v.lookupOrd(v.nextOrd()).utf8ToString(), 1, Integer::sum);
            }
          }
        }
        String code =
            language.advanceExact(doc)
                ? language.lookupOrd(language.ordValue()).utf8ToString()
                : "und";
        languages.merge(code, 1, Integer::sum);
        if (date.advanceExact(doc)) {
          int year = LocalDate.ofEpochDay(date.longValue()).getYear();
          decades.merge(Math.floorDiv(year, 10) * 10, 1, Integer::sum);
        } else {
          undated++;
        }
      }
    }
    return IndexStats.of(
        reader.numDocs(),
        languages,
        decades,
        undated,
        facets,
        size(indexDir),
        IndexInfo.lastCommitTime(indexDir),
        Optional.of(DuplicateTally.of(reader)));
  }

  /**
   * Verifies the index with Lucene's CheckIndex: every segment's files, checksums, postings, stored
   * fields and doc values. Takes no write lock, so it can run beside an indexer.
   */
  public static CheckResult check(Path indexDir) throws IOException, NoIndexException {
    requireIndex(indexDir);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (Directory dir = FSDirectory.open(indexDir, NoLockFactory.INSTANCE);
        CheckIndex checker = new CheckIndex(dir);
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
      checker.setInfoStream(out);
      CheckIndex.Status status = checker.checkIndex();
      int documents =
          status.segmentInfos.stream()
              .mapToInt(s -> s.maxDoc - (s.liveDocStatus == null ? 0 : s.liveDocStatus.numDeleted))
              .sum();
      return new CheckResult(status.clean, documents, log.toString(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return new CheckResult(false, 0, log.toString(StandardCharsets.UTF_8) + "\n" + e);
    }
  }

  private static void requireIndex(Path indexDir) throws IOException, NoIndexException {
    IndexFolder.requireIndex(indexDir, false);
  }

  private static long size(Path indexDir) throws IOException {
    try (var files = Files.list(indexDir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
