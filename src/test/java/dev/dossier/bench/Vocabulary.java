package dev.dossier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word frequencies and document lengths of real archive text in one language, to draw synthetic
 * text from: words by their corpus frequency (so the Zipf curve is the archive's), lengths by the
 * corpus distribution.
 */
final class Vocabulary {

  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-']\\p{L}+)*");
  private static final int MAX_TOKENS = 3_000_000;
  private static final int MAX_WORDS = 60_000;

  final String source;
  private final String[] words;
  private final long[] cumulative;
  private final int[] lengths;

  private Vocabulary(String source, String[] words, long[] cumulative, int[] lengths) {
    this.source = source;
    this.words = words;
    this.cumulative = cumulative;
    this.lengths = lengths;
  }

  /** From the "text" of JSON Lines files; null when none of them exists. */
  static Vocabulary fromJsonLines(String label, List<Path> files) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    List<Integer> lengths = new ArrayList<>();
    long tokens = 0;
    ObjectMapper json = new ObjectMapper();
    boolean any = false;
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        continue;
      }
      any = true;
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line; (line = in.readLine()) != null && tokens < MAX_TOKENS; ) {
          JsonNode text = json.readTree(line).get("text");
          if (text == null) {
            continue;
          }
          int n = 0;
          Matcher m = WORD.matcher(text.asText());
          while (m.find()) {
            counts.merge(m.group(), 1L, Long::sum);
            n++;
          }
          tokens += n;
          if (n > 0) {
            lengths.add(n);
          }
        }
      }
    }
    return any ? build(label, counts, lengths) : null;
  }

  /** From one text, the fallback when the shared corpora are absent. */
  static Vocabulary fromText(String label, String text) {
    Map<String, Long> counts = new HashMap<>();
    Matcher m = WORD.matcher(text);
    int n = 0;
    while (m.find()) {
      counts.merge(m.group(), 1L, Long::sum);
      n++;
    }
    return build(label, counts, List.of(n));
  }

  private static Vocabulary build(String label, Map<String, Long> counts, List<Integer> lengths) {
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        Map.Entry.<String, Long>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    int n = Math.min(MAX_WORDS, entries.size());
    String[] words = new String[n];
    long[] cumulative = new long[n];
    long total = 0;
    for (int i = 0; i < n; i++) {
      words[i] = entries.get(i).getKey();
      total += entries.get(i).getValue();
      cumulative[i] = total;
    }
    int[] l = lengths.stream().mapToInt(Integer::intValue).sorted().toArray();
    return new Vocabulary(
        label + " (" + n + " words, " + l.length + " documents)", words, cumulative, l);
  }

  /** A word drawn by corpus frequency. */
  String word(Random random) {
    long r = (long) (random.nextDouble() * cumulative[cumulative.length - 1]);
    int i = Arrays.binarySearch(cumulative, r + 1);
    return words[i >= 0 ? i : -i - 1];
  }

  /**
   * A word of middling frequency (rank 200..2000), for term queries that are neither stop words nor
   * hapaxes.
   */
  String midFrequencyWord(Random random) {
    int lo = Math.min(200, words.length - 1);
    int hi = Math.min(2000, words.length);
    return words[lo + random.nextInt(Math.max(1, hi - lo))].toLowerCase(Locale.ROOT);
  }

  /** A document length drawn from the corpus distribution, clipped to [min, max]. */
  int length(Random random, int min, int max) {
    int l = lengths[random.nextInt(lengths.length)];
    return Math.max(min, Math.min(max, l));
  }
}
