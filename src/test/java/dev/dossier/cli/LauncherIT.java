package dev.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.testing.Sample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real {@code ./dossier} launcher as a separate process, against the packaged jar. */
class LauncherIT {

  @TempDir Path index;

  private record Result(int status, String out, String err) {}

  private Result dossier(String... args) throws IOException, InterruptedException {
    return dossier(java.util.Map.of(), args);
  }

  private Result dossier(java.util.Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Sample.PROJECT.resolve("dossier").toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(index.toFile());
    pb.environment().put("DOSSIER_INDEX", index.resolve("idx").toString());
    pb.environment().remove("DOSSIER_CONFIG");
    pb.environment().putAll(env);
    Path out = index.resolve("out.txt");
    Path err = index.resolve("err.txt");
    pb.redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p = pb.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "dossier finished");
    return new Result(
        p.exitValue(),
        java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
        java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void indexesAndSearchesTheBundledCorpusFromAnyFolder() throws Exception {
    Result indexed = dossier("index", Sample.PROJECT.resolve("corpus").toString());
    assertEquals(0, indexed.status(), indexed.toString());
    assertTrue(indexed.out().startsWith("Indexed 1 file ("), indexed.out());
    assertTrue(
        indexed.out().contains(": 1 added, 0 updated, 0 unchanged, 0 removed, 0 rejected."),
        indexed.out());

    Result found = dossier("search", "Guevara");
    assertEquals(0, found.status(), found.toString());
    assertTrue(found.out().startsWith("1 document matches Guevara"), found.out());
    assertTrue(found.out().contains("1. 117072  1964-01-29"), found.out());
    assertTrue(found.out().contains("**Guevara**"), "plain markers when piped: " + found.out());

    Result russian = dossier("search", "Гевары", "--json", "--fragments", "50");
    assertEquals(0, russian.status(), russian.toString());
    assertTrue(russian.out().contains("<em>Гевары</em>"), russian.out());
  }

  @Test
  void aMalformedQueryPrintsOneLineAndExitsTwo() throws Exception {
    assertEquals(0, dossier("index", Sample.FILE.toString()).status());
    Result bad = dossier("search", "(Guevara");
    assertEquals(2, bad.status());
    assertEquals("dossier: error: query '(Guevara': '(' is never closed at column 1\n", bad.err());
  }

  @Test
  void dossierJavaOptsReachTheJvmAndARunOutOfHeapSaysHowToGiveMore() throws Exception {
    Result starved =
        dossier(
            java.util.Map.of("DOSSIER_JAVA_OPTS", "-Xmx8m"),
            "index",
            Sample.PROJECT.resolve("corpus").toString());
    assertEquals(1, starved.status(), starved.toString());
    assertTrue(
        starved.err().startsWith("dossier: error: out of memory with a heap of "),
        starved.toString());
    assertTrue(starved.err().contains("DOSSIER_JAVA_OPTS=-Xmx"), starved.err());
    assertEquals(1, starved.err().lines().count(), starved.err());
  }

  @Test
  void theLauncherGivesIndexingAHeapOfOneAndAHalfGigabytesAndDossierJavaOptsOverridesIt()
      throws Exception {
    assertEquals(1610612736L, indexingHeap(""), "1.5 GB for index");
    assertEquals(2147483648L, indexingHeap("-Xmx2g"), "overridden");
  }

  /** The maximum heap of an indexing run, with {@code opts} in DOSSIER_JAVA_OPTS. */
  private long indexingHeap(String opts) throws Exception {
    Result run =
        dossier(
            java.util.Map.of("DOSSIER_JAVA_OPTS", "-XX:+PrintFlagsFinal " + opts),
            "index",
            Sample.PROJECT.resolve("corpus").toString(),
            "--quiet");
    assertEquals(0, run.status(), run.toString());
    java.util.regex.Matcher heap =
        java.util.regex.Pattern.compile("\\bMaxHeapSize\\s+= (\\d+)").matcher(run.out());
    assertTrue(heap.find(), run.out());
    return Long.parseLong(heap.group(1));
  }

  @Test
  void searchAllStreamsThousandsOfHitsInASmallHeap() throws Exception {
    Path corpus = java.nio.file.Files.createDirectories(index.resolve("many"));
    StringBuilder records = new StringBuilder();
    int n = 3000;
    for (int i = 0; i < n; i++) {
      records
          .append("{\"id\": \"r")
          .append(i)
          .append("\", \"title\": \"Cable ")
          .append(i)
          .append("\", \"text\": \"")
          .append(
              ("The ambassador reported a conversation on the treaty, number " + i + ". ")
                  .repeat(30))
          .append("\"}\n");
    }
    java.nio.file.Files.writeString(corpus.resolve("cables.jsonl"), records);
    Result indexed = dossier("index", corpus.toString(), "--quiet");
    assertEquals(0, indexed.status(), indexed.toString());
    Result all =
        dossier(
            java.util.Map.of("DOSSIER_JAVA_OPTS", "-Xmx48m"),
            "search",
            "ambassador",
            "--all",
            "--json");
    assertEquals(0, all.status(), all.err());
    List<String> lines = all.out().lines().toList();
    assertEquals(n, lines.size());
    assertEquals(n, lines.stream().distinct().count());
    assertTrue(lines.get(n - 1).contains("<em>ambassador</em>"), lines.get(n - 1));
  }
}
