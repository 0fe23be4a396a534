package dev.dossier.ingest.date;

import dev.dossier.model.DatePrecision;
import dev.dossier.model.PartialDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a text writes in its first lines, for a record that gives none: a letter's "New Delhi,
 * 1st April, 1949", a record of conversation's "August 5, 1963", a Soviet note's "5 августа 1963
 * г." or "05.08.1963". Only a day with its month and year, or a line that is only a month and year,
 * counts: a year alone in an opening sentence ("the treaty of 1921") is no date of the document.
 */
public final class OpeningDates {

  /** How many non-blank lines are the text's opening. */
  static final int LINES = 10;

  /** Characters of a line read: a date line is short, a long one is prose. */
  private static final int LINE_CHARS = 300;

  private static final String ORDINAL = "(?:st|nd|rd|th)?";
  private static final String RUSSIAN_YEAR = "(?:\\s*(?:г\\.?|года))?";

  private static final List<Pattern> IN_A_LINE =
      List.of(
          Pattern.compile(
              "(?<![\\p{L}\\d])\\d{1,2}" + ORDINAL + "\\s+\\p{L}+\\.?,?\\s+\\d{4}" + RUSSIAN_YEAR),
          Pattern.compile("(?<![\\p{L}\\d])\\p{L}+\\.?\\s+\\d{1,2}" + ORDINAL + ",?\\s+\\d{4}"),
          Pattern.compile("(?<![\\d.])\\d{1,2}\\.\\d{1,2}\\.\\d{4}" + RUSSIAN_YEAR),
          Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\d-])"));

  /** "June 1955", "июнь 1955 г.": a month and year, taken only as a line of its own. */
  private static final Pattern MONTH_YEAR_LINE =
      Pattern.compile("\\p{L}+\\.?,?\\s+\\d{4}" + RUSSIAN_YEAR + "\\.?");

  private static final int EARLIEST = 1800;
  private static final int LATEST = 2100;

  private OpeningDates() {}

  /** The first date written in the opening lines of {@code text}; empty when there is none. */
  public static Optional<PartialDate> in(String text) {
    int seen = 0;
    for (String line : (Iterable<String>) text.lines()::iterator) {
      String s = line.strip();
      if (s.isEmpty()) {
        continue;
      }
      Optional<PartialDate> date = inLine(s.length() > LINE_CHARS ? s.substring(0, LINE_CHARS) : s);
      if (date.isPresent()) {
        return date;
      }
      if (++seen == LINES) {
        break;
      }
    }
    return Optional.empty();
  }

  private static Optional<PartialDate> inLine(String line) {
    for (Pattern pattern : IN_A_LINE) {
      Matcher m = pattern.matcher(line);
      while (m.find()) {
        Optional<PartialDate> date = plausible(PartialDate.parse(m.group()));
        if (date.isPresent()) {
          return date;
        }
      }
    }
    String bare = line.replaceAll("[\\s.,;:]+$", "");
    if (MONTH_YEAR_LINE.matcher(bare).matches()) {
      return plausible(PartialDate.parse(bare))
          .filter(date -> date.precision() == DatePrecision.MONTH);
    }
    return Optional.empty();
  }

  private static Optional<PartialDate> plausible(Optional<PartialDate> date) {
    return date.filter(d -> d.year() >= EARLIEST && d.year() <= LATEST);
  }
}
