package dev.dossier.ingest;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a year, a month or a day ("1958", "June 1955", "January 29, 1964"), kept at that precision
 * and matched as the range of days it covers.
 */
public record PartialDate(int year, int month, int day, DatePrecision precision) {

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]+)\\.?,?\\s+(\\d{4})");
  private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+)\\.?,?\\s+(\\d{4})");

  public PartialDate {
    switch (precision) {
      case YEAR -> LocalDate.of(year, 1, 1);
      case MONTH -> LocalDate.of(year, month, 1);
      case DAY -> LocalDate.of(year, month, day);
    }
  }

  /** A date known to the year. */
  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0, DatePrecision.YEAR);
  }

  /** A date known to the month. */
  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, 0, DatePrecision.MONTH);
  }

  /** A date known to the day. */
  public static PartialDate ofDay(int year, int month, int day) {
    return new PartialDate(year, month, day, DatePrecision.DAY);
  }

  /**
   * Parses "1964-01-29", "1964-01", "1964", "January 29, 1964", "29 January 1964" or "June 1955" (English month
   * names, full or abbreviated, any case); empty when the text is none of these or names an impossible date.
   */
  public static Optional<PartialDate> parse(String text) {
    String s = text.strip();
    try {
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
          return Optional.of(ofYear(year));
        }
        int month = Integer.parseInt(m.group(2));
        return Optional.of(
            m.group(3) == null ? ofMonth(year, month) : ofDay(year, month, Integer.parseInt(m.group(3))));
      }
      Matcher mdy = MONTH_DAY_YEAR.matcher(s);
      if (mdy.matches()) {
        return month(mdy.group(1))
            .map(mo -> ofDay(Integer.parseInt(mdy.group(3)), mo, Integer.parseInt(mdy.group(2))));
      }
      Matcher dmy = DAY_MONTH_YEAR.matcher(s);
      if (dmy.matches()) {
        return month(dmy.group(2))
            .map(mo -> ofDay(Integer.parseInt(dmy.group(3)), mo, Integer.parseInt(dmy.group(1))));
      }
      Matcher my = MONTH_YEAR.matcher(s);
      if (my.matches()) {
        return month(my.group(1)).map(mo -> ofMonth(Integer.parseInt(my.group(2)), mo));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty(); // "February 30, 1964": a date-shaped string that names no day
    }
    return Optional.empty();
  }

  private static Optional<Integer> month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.length() < 3) {
      return Optional.empty();
    }
    for (Month month : Month.values()) {
      String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (full.startsWith(n) && (n.length() >= 3)) {
        return Optional.of(month.getValue());
      }
    }
    return Optional.empty();
  }

  /** The first day the date covers. */
  public LocalDate firstDay() {
    return switch (precision) {
      case YEAR -> LocalDate.of(year, 1, 1);
      case MONTH -> LocalDate.of(year, month, 1);
      case DAY -> LocalDate.of(year, month, day);
    };
  }

  /** The last day the date covers. */
  public LocalDate lastDay() {
    return switch (precision) {
      case YEAR -> LocalDate.of(year, 12, 31);
      case MONTH -> YearMonth.of(year, month).atEndOfMonth();
      case DAY -> firstDay();
    };
  }

  /** ISO 8601 at the date's precision: "1958", "1955-06", "1964-01-29". */
  @Override
  public String toString() {
    return switch (precision) {
      case YEAR -> String.format(Locale.ROOT, "%04d", year);
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, month);
      case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    };
  }
}
