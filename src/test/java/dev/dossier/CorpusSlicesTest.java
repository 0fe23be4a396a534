package dev.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dossier.testing.Sample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The corpus slices of src/test/resources/corpora stay small, say where they come from, and (where
 * ../shared/corpora is present to compare with) are still whole, unchanged records of the corpora
 * they name.
 */
class CorpusSlicesTest {

  /** The corpora shipped in ../shared/corpora, each with a slice. */
  private static final List<String> CORPORA =
      List.of(
          "dfat-australia-foreign-policy-en",
          "jfk-records-ocr-en",
          "ru-sov-chrest-1963",
          "ru-stalin-works",
          "wilson-da-samples");

  private static final long MAX_BYTES = 1_000_000;

  @Test
  void everyCorpusHasASmallSliceWithItsProvenanceAndLicence() throws IOException {
    List<String> folders;
    try (Stream<Path> list = Files.list(Sample.CORPUS_SLICES)) {
      folders =
          list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(CORPORA, folders);
    for (String folder : folders) {
      Path provenance = Sample.CORPUS_SLICES.resolve(folder).resolve("PROVENANCE.md");
      String text = Files.readString(provenance, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
      assertTrue(text.contains("licen"), provenance + " names no licence");
      assertTrue(text.contains("lines "), provenance + " does not say which lines were copied");
    }
    long bytes;
    try (Stream<Path> files = Files.walk(Sample.CORPUS_SLICES)) {
      bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
    assertTrue(bytes < MAX_BYTES, "the slices hold " + bytes + " bytes; keep them well under 1 MB");
  }

  @Test
  void everyRecordIsARecordOfTheSharedCorpus() throws IOException {
    assumeTrue(Files.isDirectory(Sample.CORPORA), "no " + Sample.CORPORA + " to compare with");
    assertEquals(CORPORA, sharedCorpora());
    List<String> differ = new ArrayList<>();
    for (Path slice : dataFiles()) {
      Path source = Sample.CORPORA.resolve(Sample.CORPUS_SLICES.relativize(slice).toString());
      if (!Files.isRegularFile(source)) {
        differ.add(slice + ": no such file in the corpus");
      } else if (slice.toString().endsWith(".jsonl")) {
        Set<String> lines = new HashSet<>(Files.readAllLines(source, StandardCharsets.UTF_8));
        for (String line : Files.readAllLines(slice, StandardCharsets.UTF_8)) {
          if (!lines.contains(line)) {
            differ.add(
                slice
                    + ": a line not in "
                    + source
                    + ": "
                    + line.substring(0, Math.min(80, line.length())));
          }
        }
      } else if (Files.mismatch(slice, source) != -1) {
        differ.add(slice + ": differs from " + source);
      }
    }
    assertTrue(differ.isEmpty(), String.join("\n", differ));
  }

  private static List<String> sharedCorpora() throws IOException {
    try (Stream<Path> list = Files.list(Sample.CORPORA)) {
      return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The slices' files but their documentation (README, PROVENANCE). */
  private static List<Path> dataFiles() throws IOException {
    try (Stream<Path> files = Files.walk(Sample.CORPUS_SLICES)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().endsWith(".md"))
          .sorted()
          .toList();
    }
  }
}
