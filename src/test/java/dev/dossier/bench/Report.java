package dev.dossier.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes bench/RESULTS.md: the machine, the command, the corpus, every figure, and the targets of
 * issue #6.
 */
final class Report {

  private static final List<String> TYPES =
      List.of("term", "OR", "phrase", "name", "fuzzy", "parallel");

  private final Map<String, Figures> f;
  private final List<String> notes;

  Report(Map<String, Figures> figures, List<String> notes) {
    this.f = figures;
    this.notes = notes;
  }

  private Figures get(String name) {
    return f.getOrDefault(name, new Figures());
  }

  void write(
      Path out,
      int docs,
      int runs,
      int queries,
      long inputBytes,
      String ru,
      String en,
      Instant when)
      throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark results\n\n");
    md.append("Regenerate with `bench/run --docs ")
        .append(docs)
        .append(" --runs ")
        .append(runs)
        .append("` (see README, *Benchmark*). ")
        .append("Every figure is **min / median / max over ")
        .append(runs)
        .append(" runs** (one figure when there was one run).\n\n");
    md.append("## Machine and corpus\n\n");
    md.append("- When: ").append(when).append('\n');
    md.append("- Machine: ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores, ")
        .append(String.format(Locale.ROOT, "%.1f GB", totalMemoryGb()))
        .append(" RAM, ")
        .append(cpu())
        .append('\n');
    md.append("- Java: ")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(System.getProperty("java.version"))
        .append(", heap max ")
        .append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
        .append(" MB\n");
    md.append(
        String.format(
            Locale.ROOT,
            "- Corpus: %d synthetic bilingual documents (Russian original + English translation,"
                + " 500–3,000 words each), %.1f MB; seed 42%n",
            docs,
            inputBytes / 1e6));
    md.append("- Vocabulary and lengths: Russian from ")
        .append(ru)
        .append("; English from ")
        .append(en)
        .append('\n');
    md.append("- Queries: ")
        .append(queries)
        .append(
            " per type, top 10, 2 snippets per language, one query thread, after a warm-up"
                + " pass\n\n");
    md.append(
        "## Indexing\n\n"
            + "| indexer | threads | docs/s | MB/s | peak heap MB | CPU s |\n"
            + "|---|---|---|---|---|---|\n");
    for (String who : List.of("dossier", "dossier 1g", "dossier default heap", "raw", "stock")) {
      for (int t : new int[] {1, 2}) {
        String p =
            who.startsWith("dossier ")
                ? "dossier index " + t + "t " + who.substring("dossier ".length()) + " "
                : who + " index " + t + "t ";
        if (get(p + "docs/s").isEmpty()) {
          continue;
        }
        md.append("| ")
            .append(
                switch (who) {
                  case "raw" -> "raw Lucene (minimal reference)";
                  case "stock" -> "stock Solr-style schema (peer reference)";
                  case "dossier 1g" -> "Dossier, `DOSSIER_JAVA_OPTS=-Xmx1g`";
                  case "dossier default heap" ->
                      "Dossier, the JVM's default heap (¼ of the memory)";
                  default -> "Dossier (`./dossier index`, the launcher's heap)";
                })
            .append(" | ")
            .append(t)
            .append(" | ")
            .append(get(p + "docs/s").summary("%.0f"))
            .append(" | ")
            .append(get(p + "MB/s").summary("%.2f"))
            .append(" | ")
            .append(get(p + "peak heap MB").summary("%.0f"))
            .append(" | ")
            .append(get(p + "cpu s").isEmpty() ? "–" : get(p + "cpu s").summary("%.0f"))
            .append(" |\n");
      }
    }
    if (!get("dossier index 2t 1g docs/s").isEmpty()
        && !get("dossier index 2t default heap cpu s").isEmpty()) {
      md.append(
          String.format(
              Locale.ROOT,
              "%nIn 1 GB against the default heap (2 threads): %+.1f %% wall time, %+.1f %% CPU"
                  + " time (user and system, every thread of the JVM). The wall time of the same"
                  + " command varies by up to a third between runs on this shared machine, the CPU"
                  + " time by up to an eighth.%n",
              (med("dossier index 2t default heap docs/s") / med("dossier index 2t 1g docs/s") - 1)
                  * 100,
              (med("dossier index 2t 1g cpu s") / med("dossier index 2t default heap cpu s") - 1)
                  * 100));
    }
    md.append("\nIndex size / input size: Dossier ")
        .append(get("dossier index size / input").summary("%.2f"))
        .append("; raw Lucene ")
        .append(get("raw index size / input").summary("%.2f"))
        .append("; stock schema ")
        .append(get("stock index size / input").summary("%.2f"))
        .append(".\n\n")
        .append(
            "The minimal reference (`RawLucene`) is one stemmed, stored field per language. The"
                + " peer reference (`StockSchema`) is what a Solr user would build for the same"
                + " features from stock factories: per language the stemmed stored text, an"
                + " unstemmed copy, and a phonetic name field (capitalised tokens only, ICU"
                + " Any-Latin, Beider–Morse), with no alignment, learnt names or duplicate"
                + " detection; its javadoc describes it field by field.\n\n"
                + "Dossier indexes as a user does, `./dossier index --rebuild` in a JVM of its own:"
                + " its peak heap is the largest occupancy before a collection in that JVM's GC"
                + " log. The references run inside the benchmark's JVM (`-Xmx6g`): theirs is the"
                + " sum of its heap pools' peaks. Dossier's time includes its JVM's start and"
                + " warm-up, as a user's run does, which weighs at a few thousand documents and not"
                + " at 100,000; the references run in the benchmark's warm JVM.\n\n");
    md.append(
        "## Query latency (ms)\n\n"
            + "| type | Dossier p50 | Dossier p95 | Dossier p99 | raw p50 / p99, no snippets | raw"
            + " p50 / p99, snippets | Dossier ÷ raw (p50, p99, with snippets) |\n"
            + "|---|---|---|---|---|---|---|\n");
    for (String type : TYPES) {
      String d = "dossier " + type + " with snippets ";
      String rn = "raw " + type + " no snippets ";
      String rs = "raw " + type + " with snippets ";
      md.append("| ")
          .append(type)
          .append(" | ")
          .append(get(d + "p50 ms").summary("%.1f"))
          .append(" | ")
          .append(get(d + "p95 ms").summary("%.1f"))
          .append(" | ")
          .append(get(d + "p99 ms").summary("%.1f"))
          .append(" | ")
          .append(pair(rn))
          .append(" | ")
          .append(pair(rs))
          .append(" | ")
          .append(ratio(d, rs))
          .append(" |\n");
    }
    md.append(
            "\n"
                + "`term`: one middle-frequency word (alternately English and Russian); `OR`: two"
                + " of them; `phrase`: two adjacent words of a generated translation; ")
        .append(
            "`name`: a name in one script (Guevara, Хрущев, ...), which Dossier expands across"
                + " scripts; `fuzzy`: `word~1`; ")
        .append(
            "`parallel`: a term with `--parallel` (the reference has no equivalent, compared with"
                + " its term query).\n\n");
    md.append(
        "## Fresh processes (wall seconds, warm page cache; min / median / max of ten interleaved"
            + " rounds per run, after one to warm up)\n\n"
            + "| command | seconds |\n"
            + "|---|---|\n");
    md.append("| `./dossier search Guevara --index …` | ")
        .append(get("fresh ./dossier search s").summary("%.2f"))
        .append(" |\n");
    md.append("| reference `java -cp … RawLucene INDEX Guevara` | ")
        .append(get("fresh reference search s").summary("%.2f"))
        .append(" |\n");
    md.append("| `./dossier concordance TERM --index …` (three rounds) | ")
        .append(get("fresh ./dossier concordance s").summary("%.2f"))
        .append(" |\n");
    md.append("| `grep -ril guevara CORPUS` | ")
        .append(get("grep -ril s").summary("%.2f"))
        .append(" |\n");
    md.append("| `rg -il guevara CORPUS` | ")
        .append(get("rg -il s").summary("%.2f"))
        .append(" |\n\n");
    issue12Targets(md);
    md.append(
        "\n## Targets of issue #6 (at this corpus size; they are set for 100,000 documents)\n\n"
            + "| target | measured (median) | met |\n"
            + "|---|---|---|\n");
    for (String type : TYPES) {
      String d = "dossier " + type + " with snippets ";
      String rs = "raw " + (type.equals("parallel") ? "term" : type) + " with snippets ";
      target(
          md,
          type + " p50 ≤ 2 × reference",
          med(d + "p50 ms") / med(rs + "p50 ms"),
          2,
          false,
          "%.2f ×");
      target(
          md,
          type + " p99 ≤ 2 × reference",
          med(d + "p99 ms") / med(rs + "p99 ms"),
          2,
          false,
          "%.2f ×");
      target(
          md,
          type + " p50 ≤ " + (type.equals("fuzzy") ? "30" : "10") + " ms",
          med(d + "p50 ms"),
          type.equals("fuzzy") ? 30 : 10,
          false,
          "%.1f ms");
    }
    target(
        md,
        "cross-script name ≤ 3 × term (p50)",
        med("dossier name with snippets p50 ms") / med("dossier term with snippets p50 ms"),
        3,
        false,
        "%.2f ×");
    target(
        md,
        "fresh ./dossier search ≤ 0.5 s",
        med("fresh ./dossier search s"),
        0.5,
        false,
        "%.2f s");
    target(
        md,
        "fresh ./dossier search faster than the reference process",
        med("fresh ./dossier search s") / med("fresh reference search s"),
        1,
        false,
        "%.2f ×");
    if (!get("fresh ./dossier concordance s").isEmpty()) {
      target(
          md,
          "fresh ./dossier concordance ≤ 1 s (issue #12)",
          med("fresh ./dossier concordance s"),
          1,
          false,
          "%.2f s");
    }
    if (!get("rg -il s").isEmpty()) {
      target(
          md,
          "fresh ./dossier search faster than rg -il",
          med("fresh ./dossier search s") / med("rg -il s"),
          1,
          false,
          "%.2f ×");
    }
    if (!notes.isEmpty()) {
      md.append("\n## Notes\n\n");
      notes.forEach(n -> md.append("- ").append(n).append('\n'));
    }
    Files.createDirectories(out.getParent());
    Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
  }

  /** The targets of issue #12 (performance round 2), set for 100,000 documents at 2 threads. */
  private void issue12Targets(StringBuilder md) {
    md.append(
        "## Targets of issue #12 (at this corpus size; they are set for 100,000 documents)\n\n"
            + "| target | measured (median) | met |\n"
            + "|---|---|---|\n");
    target(
        md,
        "indexing ≥ 0.5 × the minimal reference (2 threads)",
        med("dossier index 2t docs/s") / med("raw index 2t docs/s"),
        0.5,
        true,
        "%.2f ×");
    target(
        md,
        "indexing ahead of the stock Solr-style schema (2 threads)",
        med("dossier index 2t docs/s") / med("stock index 2t docs/s"),
        1,
        true,
        "%.2f ×");
    target(
        md,
        "peak heap while indexing ≤ 1.5 GB (2 threads)",
        med("dossier index 2t peak heap MB") / 1000,
        1.5,
        false,
        "%.2f GB");
    target(
        md,
        "indexing in 1 GB at most 10 % slower than in the default heap (2 threads)",
        (med("dossier index 2t default heap docs/s") / med("dossier index 2t 1g docs/s") - 1) * 100,
        10,
        false,
        "%+.1f %%");
    target(
        md,
        "index size ≤ 1.25 × the input",
        med("dossier index size / input"),
        1.25,
        false,
        "%.2f ×");
    for (String type : TYPES) {
      String d = "dossier " + type + " with snippets ";
      target(md, type + " p99 ≤ 30 ms", med(d + "p99 ms"), 30, false, "%.1f ms");
    }
    for (String type : List.of("OR", "phrase", "name")) {
      target(
          md,
          type + " p50 ≤ 1.5 × the minimal reference",
          med("dossier " + type + " with snippets p50 ms")
              / med("raw " + type + " with snippets p50 ms"),
          1.5,
          false,
          "%.2f ×");
    }
  }

  private double med(String name) {
    Figures x = get(name);
    return x.isEmpty() ? Double.NaN : x.median();
  }

  private String pair(String prefix) {
    return get(prefix + "p50 ms").summary("%.1f") + " ; " + get(prefix + "p99 ms").summary("%.1f");
  }

  private String ratio(String dossier, String raw) {
    double p50 = med(dossier + "p50 ms") / med(raw + "p50 ms");
    double p99 = med(dossier + "p99 ms") / med(raw + "p99 ms");
    return Double.isNaN(p50) ? "n/a" : String.format(Locale.ROOT, "%.2f, %.2f", p50, p99);
  }

  private static void target(
      StringBuilder md, String what, double value, double bound, boolean atLeast, String format) {
    String met =
        Double.isNaN(value)
            ? "n/a"
            : (atLeast ? value >= bound : value <= bound) ? "yes" : "**no**";
    md.append("| ")
        .append(what)
        .append(" | ")
        .append(Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, format, value))
        .append(" | ")
        .append(met)
        .append(" |\n");
  }

  private static double totalMemoryGb() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getTotalMemorySize() / 1e9;
    }
    return Double.NaN;
  }

  private static String cpu() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException | RuntimeException e) {
      return System.getProperty("os.arch");
    }
    return System.getProperty("os.arch");
  }
}
