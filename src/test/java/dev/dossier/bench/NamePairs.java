package dev.dossier.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The English–Russian name pairs of the names evaluation, read from {@code bench/names/pairs.tsv}.
 */
final class NamePairs {

  private NamePairs() {}

  /**
   * One pair.
   *
   * @param english the usual English spelling of the period
   * @param russian the Soviet Russian spelling, nominative
   * @param kind letter (letter for letter), sound (written by sound) or place (a conventional
   *     exonym)
   * @param category person, place or org
   * @param englishVariants other English spellings found in texts of the period
   * @param russianVariants other Russian spellings
   * @param split dev (tune on it) or test (report it)
   */
  record Pair(
      String english,
      String russian,
      String kind,
      String category,
      List<String> englishVariants,
      List<String> russianVariants,
      String split) {}

  /**
   * The file that holds {@code split}: the second held-out set ("fresh", written after the first
   * test half had been looked at) and the third ("sealed", written after the fresh set had been
   * looked at), the fourth ("sealed2", written after the third had been looked at) and the fifth
   * ("sealed3", written after the fourth's first look) have files of their own, {@code
   * bench/names/pairs-fresh.tsv}, {@code pairs-sealed.tsv}, {@code pairs-sealed2.tsv} and {@code
   * pairs-sealed3.tsv}.
   */
  static Path file(Path home, String split) {
    return home.resolve(
        switch (split) {
          case "fresh" -> "bench/names/pairs-fresh.tsv";
          case "sealed" -> "bench/names/pairs-sealed.tsv";
          case "sealed2" -> "bench/names/pairs-sealed2.tsv";
          case "sealed3" -> "bench/names/pairs-sealed3.tsv";
          default -> "bench/names/pairs.tsv";
        });
  }

  /** The pairs of {@code file}; {@code split} "all" keeps every pair, else only that split's. */
  static List<Pair> read(Path file, String split) throws IOException {
    List<Pair> pairs = new ArrayList<>();
    boolean header = true;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] c = Arrays.copyOf(line.split("\t", -1), 7);
      Pair p = new Pair(c[0], c[1], c[2], c[3], variants(c[4]), variants(c[5]), c[6]);
      if (split.equals("all") || split.equals(p.split())) {
        pairs.add(p);
      }
    }
    return pairs;
  }

  private static List<String> variants(String column) {
    return column == null || column.isBlank()
        ? List.of()
        : Arrays.stream(column.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
