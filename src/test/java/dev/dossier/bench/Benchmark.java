package dev.dossier.bench;

import dev.dossier.config.IndexConfig;
import dev.dossier.config.IndexConfigLoader;
import dev.dossier.index.IndexSchema;
import dev.dossier.search.SearchRequest;
import dev.dossier.search.Searcher;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The benchmark: {@code bench/run [--docs N] [--runs R] [--queries Q] [--threads 1,2] [--phases
 * index,queries,processes]}. Generates the corpus (once per size), then per run indexes it with
 * Dossier and with the raw-Lucene reference at 1 and 2 threads, times each query type with and
 * without snippets, times fresh processes of {@code ./dossier search}, the reference, {@code grep
 * -ril} and {@code rg -il}, and writes every figure as min / median / max over the runs to
 * bench/RESULTS.md.
 */
public final class Benchmark {

  private final Path home;
  private final int docs;
  private final int runs;
  private final int queriesPerType;
  private final Path work;
  private final Path out;
  private final Path corpora;
  private final int[] threadCounts;

  /**
   * Which parts run: index, queries, processes (the later ones reuse the indexes an earlier run
   * left).
   */
  private final Set<String> phases;

  private final Map<String, Figures> figures = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  private Benchmark(BenchOptions options) {
    this.home = options.home;
    this.docs = options.docs;
    this.runs = options.runs;
    this.queriesPerType = options.queries;
    this.work = options.work();
    this.out = options.out();
    this.corpora = options.corpora();
    this.threadCounts = options.threads;
    this.phases = options.phases;
  }

  /**
   * Runs what {@code --phases} names: the benchmark's phases, the names evaluation or the
   * transcription training.
   */
  public static void main(String[] args) throws Exception {
    BenchOptions options = BenchOptions.parse(args);
    if (options.phases.equals(
        Set.of("names"))) { // the names evaluation: bench/names, on the shared corpora
      NameEvaluation.run(options);
    } else if (options.phases.equals(Set.of("names-train"))) {
      TranscriptionTraining.run(options);
    } else if (options.phases.equals(Set.of("solr"))) {
      new Benchmark(options).runSolr();
    } else {
      new Benchmark(options).run();
    }
  }

  private Figures figure(String name) {
    return figures.computeIfAbsent(name, k -> new Figures());
  }

  private void run() throws Exception {
    Vocabulary ru = vocabulary("ru");
    Vocabulary en = vocabulary("en");
    Path corpus = work.resolve("corpus-" + docs);
    long inputBytes = corpus(ru, en, corpus);
    double mb = inputBytes / 1e6;
    IndexConfig config = IndexConfigLoader.load(home.resolve("index-config"));
    log("corpus: %d documents, %.1f MB in %s", docs, mb, corpus);
    for (int r = 1; r <= runs; r++) {
      for (int threads : phases.contains("index") ? threadCounts : new int[0]) {
        Path index = work.resolve("dossier-" + threads);
        String dossier = "dossier index " + threads + "t ";
        double s = indexAsAUserDoes(corpus, index, threads, null, dossier, mb);
        if (threads == widest()) {
          // the same run in 1 GB, and in the JVM's default heap (a quarter of the memory), which
          // the launcher does not give
          indexAsAUserDoes(
              corpus, work.resolve("dossier-1g"), threads, "-Xmx1g", dossier + "1g ", mb);
          long quarter =
              ((com.sun.management.OperatingSystemMXBean)
                          ManagementFactory.getOperatingSystemMXBean())
                      .getTotalMemorySize()
                  / 4
                  / (1 << 20);
          indexAsAUserDoes(
              corpus,
              work.resolve("dossier-default-heap"),
              threads,
              "-Xmx" + quarter + "m",
              dossier + "default heap ",
              mb);
        }
        Path raw = work.resolve("raw-" + threads);
        resetPeakHeap();
        long t0 = System.nanoTime();
        int n = RawLucene.index(corpus, raw, threads);
        s = (System.nanoTime() - t0) / 1e9;
        figure("raw index " + threads + "t docs/s").add(n / s);
        figure("raw index " + threads + "t MB/s").add(mb / s);
        figure("raw index " + threads + "t peak heap MB").add(peakHeapMb());
        Path stock = work.resolve("stock-" + threads);
        resetPeakHeap();
        t0 = System.nanoTime();
        n = StockSchema.index(corpus, stock, home.resolve("index-config/lang"), threads);
        s = (System.nanoTime() - t0) / 1e9;
        figure("stock index " + threads + "t docs/s").add(n / s);
        figure("stock index " + threads + "t MB/s").add(mb / s);
        figure("stock index " + threads + "t peak heap MB").add(peakHeapMb());
        log(
            "run %d, %d thread(s): dossier %.0f docs/s, raw %.0f docs/s, stock %.0f docs/s",
            r,
            threads,
            figure("dossier index " + threads + "t docs/s").median(),
            figure("raw index " + threads + "t docs/s").median(),
            figure("stock index " + threads + "t docs/s").median());
      }
      figure("dossier index size / input")
          .add(size(work.resolve("dossier-" + widest())) / (double) inputBytes);
      figure("raw index size / input")
          .add(size(work.resolve("raw-" + widest())) / (double) inputBytes);
      figure("stock index size / input")
          .add(size(work.resolve("stock-" + widest())) / (double) inputBytes);
      if (phases.contains("queries")) {
        queries(IndexSchema.of(config), ru, en, r);
      }
      if (phases.contains("processes")) {
        processes(r, ru, en);
      }
    }
    write(ru, en, inputBytes);
  }

  /**
   * {@code --phases solr}: the corpus indexed and searched embedded and on a local SolrCloud, in
   * one run ({@link SolrPhase}); writes bench/RESULTS-solr.md.
   */
  private void runSolr() throws Exception {
    Vocabulary ru = vocabulary("ru");
    Vocabulary en = vocabulary("en");
    Path corpus = work.resolve("corpus-" + docs);
    corpus(ru, en, corpus);
    IndexConfig config = IndexConfigLoader.load(home.resolve("index-config"));
    Map<String, List<String>> byType = new LinkedHashMap<>(queryLists(ru, en).dossier());
    byType.remove("parallel"); // passages on Solr are not built yet
    for (int r = 1; r <= runs; r++) {
      new SolrPhase(home, work, this::figure).run(corpus, config, byType, r);
    }
    Path file = home.resolve("bench/RESULTS-solr.md");
    SolrPhase.write(
        file,
        SolrPhase.report(
            figures, List.copyOf(byType.keySet()), docs, runs, Instant.now().toString()));
    log("wrote %s", file);
  }

  /** The most threads measured: its indexes are the ones searched. */
  private int widest() {
    return threadCounts[threadCounts.length - 1];
  }

  private Vocabulary vocabulary(String language) throws IOException {
    List<Path> files =
        language.equals("ru")
            ? List.of(
                corpora.resolve("ru-stalin-works/stalin_works.jsonl"),
                corpora.resolve("ru-sov-chrest-1963/sov_chrest_lit_grade1_1963.jsonl"))
            : List.of(
                corpora.resolve("dfat-australia-foreign-policy-en/dafp_docs_1945_1983.jsonl"));
    Vocabulary v =
        Vocabulary.fromJsonLines(
            language.equals("ru")
                ? "Stalin's works + Soviet reader"
                : "Australian foreign-policy documents",
            files);
    if (v != null) {
      return v;
    }
    notes.add(
        corpora + " absent: the " + language + " vocabulary comes from the bundled sample only.");
    String sample;
    try (Stream<Path> paths = Files.list(home.resolve("corpus"))) {
      sample = Files.readString(paths.findFirst().orElseThrow(), StandardCharsets.UTF_8);
    }
    int cut = sample.indexOf("from the diary of");
    return Vocabulary.fromText(
        "the bundled sample",
        language.equals("ru") ? sample.substring(0, cut) : sample.substring(cut));
  }

  private long corpus(Vocabulary ru, Vocabulary en, Path corpus) throws IOException {
    Path marker = corpus.resolve(".complete");
    if (!Files.exists(marker)) {
      log("generating %d documents ...", docs);
      long bytes = new CorpusGenerator(ru, en, 42).write(corpus, docs);
      Files.writeString(marker, Long.toString(bytes));
    }
    return Long.parseLong(Files.readString(marker).strip());
  }

  /** The queries of each type, as Dossier and as the raw-Lucene reference write them. */
  private record QueryLists(Map<String, List<String>> dossier, Map<String, List<String>> raw) {}

  private QueryLists queryLists(Vocabulary ru, Vocabulary en) {
    Random random = new Random(7);
    Map<String, List<String>> dossier = new LinkedHashMap<>();
    Map<String, List<String>> raw = new LinkedHashMap<>();
    for (String type : List.of("term", "OR", "phrase", "name", "fuzzy", "parallel")) {
      dossier.put(type, new ArrayList<>());
      raw.put(type, new ArrayList<>());
    }
    CorpusGenerator generator = new CorpusGenerator(ru, en, 42);
    for (int q = 0; q < queriesPerType; q++) {
      Vocabulary v = q % 2 == 0 ? en : ru;
      String a = v.midFrequencyWord(random);
      String b = v.midFrequencyWord(random);
      dossier.get("term").add(a);
      raw.get("term").add(a);
      dossier.get("OR").add(a + " OR " + b);
      raw.get("OR").add(a + " " + b);
      String phrase = phrase(generator.document(random.nextInt(docs)), random);
      dossier.get("phrase").add("\"" + phrase + "\"");
      raw.get("phrase").add("\"" + phrase + "\"");
      String[] name = CorpusGenerator.NAMES[q % CorpusGenerator.NAMES.length];
      dossier.get("name").add(name[q % 2]);
      raw.get("name").add(name[q % 2]);
      dossier.get("fuzzy").add(a + "~1");
      raw.get("fuzzy").add(a + "~1");
      dossier.get("parallel").add(a);
    }
    return new QueryLists(dossier, raw);
  }

  private void queries(IndexSchema schema, Vocabulary ru, Vocabulary en, int run) throws Exception {
    QueryLists lists = queryLists(ru, en);
    Map<String, List<String>> dossier = lists.dossier();
    Map<String, List<String>> raw = lists.raw();
    try (Searcher searcher = Searcher.open(work.resolve("dossier-" + widest()), schema)) {
      for (Map.Entry<String, List<String>> type : dossier.entrySet()) {
        boolean parallel = type.getKey().equals("parallel");
        List<Double> latencies = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) { // the first pass warms up
          for (String q : type.getValue()) {
            long t0 = System.nanoTime();
            searcher.search(SearchRequest.builder(q).fragments(2).parallel(parallel).build());
            if (pass == 1) {
              latencies.add((System.nanoTime() - t0) / 1e6);
            }
          }
        }
        percentiles("dossier " + type.getKey() + " with snippets", latencies);
      }
    }
    try (RawLucene.Searcher searcher = new RawLucene.Searcher(work.resolve("raw-" + widest()))) {
      for (Map.Entry<String, List<String>> type : raw.entrySet()) {
        if (type.getValue().isEmpty()) {
          continue;
        }
        for (boolean snippets : new boolean[] {false, true}) {
          List<Double> latencies = new ArrayList<>();
          for (int pass = 0; pass < 2; pass++) {
            for (String q : type.getValue()) {
              long t0 = System.nanoTime();
              searcher.search(searcher.parse(q), snippets);
              if (pass == 1) {
                latencies.add((System.nanoTime() - t0) / 1e6);
              }
            }
          }
          percentiles(
              "raw " + type.getKey() + (snippets ? " with snippets" : " no snippets"), latencies);
        }
      }
    }
    log("run %d: queries done", run);
  }

  private void percentiles(String name, List<Double> latencies) {
    figure(name + " p50 ms").add(Figures.percentile(latencies, 0.50));
    figure(name + " p95 ms").add(Figures.percentile(latencies, 0.95));
    figure(name + " p99 ms").add(Figures.percentile(latencies, 0.99));
  }

  private static String phrase(String document, Random random) {
    String body = document.substring(document.lastIndexOf("Translation - English") + 22);
    String[] words = body.split("[^\\p{L}]+");
    for (int tries = 0; tries < 50; tries++) {
      int i = 1 + random.nextInt(Math.max(1, words.length - 3));
      if (words[i].length() > 3 && words[i + 1].length() > 3) {
        return words[i].toLowerCase(Locale.ROOT) + " " + words[i + 1].toLowerCase(Locale.ROOT);
      }
    }
    return words[1] + " " + words[2];
  }

  private void processes(int run, Vocabulary ru, Vocabulary en) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // the reference's classes are the benchmark's, outside the product jar: this process's class
    // path holds them
    String classPath = System.getProperty("java.class.path");
    // one round to warm the page cache and the class-data archive, then ten, interleaved so that a
    // drift of the machine's speed hits every command alike; the figures are medians of the ten
    List<String> search =
        List.of(
            home.resolve("dossier").toString(),
            "search",
            "Guevara",
            "--index",
            work.resolve("dossier-" + widest()).toString());
    for (int i = 0; i < 11; i++) {
      if (i == 0) {
        time(search, true);
        continue;
      }
      figure("fresh ./dossier search s").add(time(search, true));
      figure("fresh reference search s")
          .add(
              time(
                  List.of(
                      java,
                      "-cp",
                      classPath,
                      RawLucene.class.getName(),
                      work.resolve("raw-" + widest()).toString(),
                      "Guevara"),
                  true));
      figure("grep -ril s")
          .add(
              time(
                  List.of("grep", "-ril", "guevara", work.resolve("corpus-" + docs).toString()),
                  false));
      if (which("rg")) {
        figure("rg -il s")
            .add(
                time(
                    List.of("rg", "-il", "guevara", work.resolve("corpus-" + docs).toString()),
                    false));
      }
    }
    // a concordance reads far more than a search: one round to warm, then three
    String term = ru.midFrequencyWord(new Random(11));
    List<String> concordance =
        List.of(
            home.resolve("dossier").toString(),
            "concordance",
            term,
            "--index",
            work.resolve("dossier-" + widest()).toString());
    for (int i = 0; i < 4; i++) {
      double s = time(concordance, true);
      if (i > 0) {
        figure("fresh ./dossier concordance s").add(s);
      }
    }
    if (run == 1) {
      notes.add("The concordance's term (a Russian word of middle frequency): " + term + ".");
    }
    if (!which("rg") && run == 1) {
      notes.add(
          "rg (ripgrep) is not installed: its row is empty. bench/run installs it when it can.");
    }
  }

  private static boolean which(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  private double time(List<String> command, boolean mustSucceed) throws Exception {
    long t0 = System.nanoTime();
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    double s = (System.nanoTime() - t0) / 1e9;
    if (mustSucceed && p.exitValue() != 0) {
      throw new IOException("failed (" + p.exitValue() + "): " + command);
    }
    return s;
  }

  /**
   * Indexes {@code corpus} into {@code index} as a user does, {@code ./dossier index --rebuild}: a
   * JVM of its own, cold, with the heap the launcher gives the command, or {@code heap} (a JVM
   * option) in its place. Adds docs/s, MB/s ({@code mb} of input) and the peak heap to the figures
   * named {@code name...}, and returns the seconds. The peak heap is the largest occupancy before a
   * collection in the JVM's GC log: what the run needed at most, not what a lazy collector left
   * lying.
   */
  private double indexAsAUserDoes(
      Path corpus, Path index, int threads, String heap, String name, double mb) throws Exception {
    Path gcLog = work.resolve("gc-" + index.getFileName() + ".log");
    Files.deleteIfExists(gcLog);
    ProcessBuilder command =
        new ProcessBuilder(
                timed(
                    List.of(
                        home.resolve("dossier").toString(),
                        "index",
                        "--rebuild",
                        "--quiet",
                        "--threads",
                        String.valueOf(threads),
                        "--index",
                        index.toString(),
                        corpus.toString())))
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("index-" + index.getFileName() + ".out").toFile());
    command
        .environment()
        .put("DOSSIER_JAVA_OPTS", "-Xlog:gc:file=" + gcLog + (heap == null ? "" : " " + heap));
    long t0 = System.nanoTime();
    Process p = command.start();
    if (!p.waitFor(6, TimeUnit.HOURS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException("dossier index failed: see " + command.redirectOutput().file());
    }
    double s = (System.nanoTime() - t0) / 1e9;
    int written;
    try (var dir = org.apache.lucene.store.FSDirectory.open(index);
        var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
      written = reader.numDocs();
    }
    figure(name + "docs/s").add(written / s);
    figure(name + "MB/s").add(mb / s);
    figure(name + "peak heap MB").add(peakBeforeCollections(gcLog));
    figure(name + "cpu s").add(cpuSeconds(command.redirectOutput().file().toPath()));
    return s;
  }

  /**
   * {@code command} run by bash's {@code time} keyword, which prints the command's CPU seconds
   * (user and system, every thread of the JVM) on a last {@link #CPU_LINE}: a figure less moved by
   * the other tenants of a shared machine than the wall time.
   */
  static List<String> timed(List<String> command) {
    List<String> timed = new ArrayList<>();
    timed.addAll(List.of("bash", "-c", "TIMEFORMAT='" + CPU_LINE + " %U %S'; time \"$@\"", "bash"));
    timed.addAll(command);
    return timed;
  }

  /** What starts the line of CPU seconds in an indexing run's output. */
  static final String CPU_LINE = "bench-cpu-seconds";

  /** The user and system CPU seconds on the last {@link #CPU_LINE} of a run's output. */
  static double cpuSeconds(Path output) throws IOException {
    double cpu = Double.NaN;
    for (String line : Files.readAllLines(output)) {
      if (line.startsWith(CPU_LINE + " ")) {
        String[] parts = line.trim().split(" ");
        // a locale may write the seconds with a decimal comma
        cpu =
            Double.parseDouble(parts[1].replace(',', '.'))
                + Double.parseDouble(parts[2].replace(',', '.'));
      }
    }
    if (Double.isNaN(cpu)) {
      throw new IOException("no CPU time in " + output);
    }
    return cpu;
  }

  /** The largest heap occupancy before a collection in a JVM's {@code -Xlog:gc} file, in MB. */
  static double peakBeforeCollections(Path gcLog) throws IOException {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d+)([KMG])->\\d+[KMG]\\(\\d+[KMG]\\)")
            .matcher(Files.readString(gcLog));
    double peak = 0;
    while (m.find()) {
      double mb =
          Long.parseLong(m.group(1))
              * switch (m.group(2)) {
                case "K" -> 1 / 1024.0;
                case "G" -> 1024.0;
                default -> 1.0;
              };
      peak = Math.max(peak, mb * (1 << 20) / 1e6);
    }
    return peak;
  }

  private static void resetPeakHeap() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static double peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / 1e6;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private void write(Vocabulary ru, Vocabulary en, long inputBytes) throws IOException {
    new Report(figures, notes)
        .write(out, docs, runs, queriesPerType, inputBytes, ru.source, en.source, Instant.now());
    log("wrote %s", out);
  }

  private static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, "bench: " + format + "%n", args);
  }
}
