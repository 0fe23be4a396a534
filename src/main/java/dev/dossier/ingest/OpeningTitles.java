package dev.dossier.ingest;

import dev.dossier.ingest.date.OpeningDates;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A title for a record that has none: the first meaningful line of its text, else the words of its
 * URL's last segment. A line is not meaningful when it is a page header or mark (a page number, "-
 * 2 -", a classification such as "SECRET" or "Совершенно секретно", a copy or file number), a date
 * alone, OCR debris (more digits and signs than letters), or a single word.
 */
final class OpeningTitles {

  /** How many non-blank lines are looked at. */
  private static final int LINES = 15;

  /** Characters a derived title keeps; a longer line is cut at a word. */
  static final int MAX_CHARS = 150;

  private static final Pattern HEADER =
      Pattern.compile(
          "(?iu)^(?:top\\s+secret|secret|confidential|restricted|unclassified|classified|"
              + "eyes\\s+only|priority|immediate|copy\\s+(?:no\\.?|number)|page\\s+\\d|"
              + "совершенно\\s+секретно|секретно|несекретно|для\\s+служебного|экз\\.|"
              + "экземпляр|лист\\s+\\d|стр\\.)\\b.*");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
  private static final Pattern SLUG_WORD = Pattern.compile("[\\p{L}\\d]+");

  private OpeningTitles() {}

  /** The first meaningful line of {@code text}, if it has one. */
  static Optional<String> fromText(String text) {
    int seen = 0;
    for (String line : (Iterable<String>) text.lines()::iterator) {
      String s = MARKDOWN_HEADING.matcher(line.strip()).replaceFirst("").strip();
      if (s.isEmpty()) {
        continue;
      }
      if (meaningful(s)) {
        return Optional.of(shortened(s.replaceAll("\\s+", " ").replaceAll("[\\s:;,]+$", "")));
      }
      if (++seen == LINES) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * The words of a URL's last segment as a title ("chancellors-helmut-kohls-meeting-…" →
   * "Chancellors helmut kohls meeting …"), when it has at least three words; a number is no title.
   */
  static Optional<String> fromSlug(String segment) {
    var words = SLUG_WORD.matcher(segment).results().map(r -> r.group()).toList();
    long lettered = words.stream().filter(w -> WORD.matcher(w).find()).count();
    if (lettered < 3) {
      return Optional.empty();
    }
    String joined = String.join(" ", words);
    return Optional.of(
        shortened(joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1)));
  }

  private static boolean meaningful(String line) {
    if (HEADER.matcher(line).matches() || isDateLine(line)) {
      return false;
    }
    long words = WORD.matcher(line).results().count();
    if (words < 2) {
      return false;
    }
    int letters = 0;
    int other = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (!Character.isWhitespace(c)) {
        other++;
      }
    }
    return letters >= 8 && letters >= 2 * other;
  }

  /** A line that is a date and little else ("Moscow, 5 August 1963"). */
  private static boolean isDateLine(String line) {
    return WORD.matcher(line).results().count() <= 4 && OpeningDates.in(line).isPresent();
  }

  private static String shortened(String line) {
    if (line.length() <= MAX_CHARS) {
      return line;
    }
    int cut = line.lastIndexOf(' ', MAX_CHARS - 1);
    return line.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS - 1).strip() + "…";
  }
}
