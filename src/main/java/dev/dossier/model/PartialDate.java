package dev.dossier.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a decade, a year, a month or a day ("1960s", "1958", "June 1955", "January 29,
 * 1964"), perhaps only approximately ("circa 1960"), kept at that precision and matched as the
 * range of days it covers.
 *
 * <p>Written as the Library of Congress's Extended Date/Time Format (EDTF, ISO 8601-2) level 1
 * writes such dates: "196X" for a decade, "1960~" for an approximate year. An approximate date
 * covers one more unit of its precision on each side (circa 1960: 1959 to 1961), so a range filter
 * finds it from a neighbouring year too.
 *
 * @param year the year
 * @param month the month (1-12), 0 when not known
 * @param day the day of the month, 0 when not known
 * @param precision what the source gives
 * @param approximate whether the source says the date is approximate ("circa", "ca.", "c.",
 *     "about", "?", "~")
 */
public record PartialDate(
    int year, int month, int day, DatePrecision precision, boolean approximate) {

  private static final Pattern APPROXIMATE =
      Pattern.compile(
          "(?i)^(?:circa|ca\\.?|c\\.|c(?=\\s*\\d)|about|approx(?:\\.|imately)?|около|прибл\\.?)\\s*(.+)$");
  private static final Pattern EDTF_APPROXIMATE = Pattern.compile("^(.+?)\\s*[~?%]$|^~\\s*(.+)$");
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[T"
              + " ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)?)?");
  private static final Pattern DECADE = Pattern.compile("(?i)(\\d{3})(?:0'?s|X)");

  /** "1950 г.", "1950 год", "1950 года": a year as Russian writes it. */
  private static final Pattern RUSSIAN_YEAR = Pattern.compile("(\\d{4})\\s*(?:г\\.?|год[аеу]?)");

  /** "02.11.1950": day.month.year, as Russian and most European archives write dates. */
  private static final Pattern DOTTED =
      Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:\\s*(?:г\\.?|года))?");

  /**
   * "12/28/1966", "12/28/1966 18:48", "05/00/1975", "00/00/1963": US month/day/year, 00 for an
   * unknown part.
   */
  private static final Pattern US_NUMERIC =
      Pattern.compile(
          "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp][Mm])?)?");

  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:\\s*(?:г\\.?|года))?");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})(?:\\s*(?:г\\.?|года))?");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("(\\p{L}+)\\.?,?\\s+(\\d{4})(?:\\s*(?:г\\.?|года))?");

  /**
   * Russian month names: the whole word in its nominative, genitive or prepositional form (январь,
   * января, январе), or its usual abbreviation (янв, сент), so that "Октябрьская 1917" or
   * "Декларация 1945" is not a month.
   */
  private static final List<Pattern> RUSSIAN_MONTHS =
      java.util.stream.Stream.of(
              "январ[ьяе]|янв",
              "феврал[ьяе]|февр?",
              "март[ае]?|мар",
              "апрел[ьяе]|апр",
              "ма[йяе]",
              "июн[ьяе]|июн",
              "июл[ьяе]|июл",
              "август[ае]?|авг",
              "сентябр[ьяе]|сент?",
              "октябр[ьяе]|окт",
              "ноябр[ьяе]|нояб?",
              "декабр[ьяе]|дек")
          .map(Pattern::compile)
          .toList();

  public PartialDate {
    switch (precision) {
      case DECADE, YEAR -> LocalDate.of(year, 1, 1);
      case MONTH -> LocalDate.of(year, month, 1);
      case DAY -> LocalDate.of(year, month, day);
    }
  }

  /** A date known to the year. */
  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0, DatePrecision.YEAR, false);
  }

  /** A date known to the month. */
  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, 0, DatePrecision.MONTH, false);
  }

  /** A date known to the day. */
  public static PartialDate ofDay(int year, int month, int day) {
    return new PartialDate(year, month, day, DatePrecision.DAY, false);
  }

  /** A decade, by its first year (1960 for the 1960s). */
  public static PartialDate ofDecade(int firstYear) {
    return new PartialDate(
        firstYear - Math.floorMod(firstYear, 10), 0, 0, DatePrecision.DECADE, false);
  }

  /** The same date, marked approximate. */
  public PartialDate approximately() {
    return new PartialDate(year, month, day, precision, true);
  }

  /**
   * Parses "1964-01-29" (a time after it is ignored), "1964-01", "1964", "1960s", "12/28/1966
   * 18:48", "05/00/1975", "January 29, 1964", "29 January 1964", "June 1955", "1 января 1950 г.",
   * "июнь 1955", each perhaps approximate ("circa 1960", "c. 1960", "1960~", "1960?"); empty when
   * the text is none of these, names an impossible date or is all zeros ("00/00/0000").
   */
  public static Optional<PartialDate> parse(String text) {
    String s = text.strip();
    Matcher approximate = APPROXIMATE.matcher(s);
    if (approximate.matches()) {
      return exact(approximate.group(1).strip()).map(PartialDate::approximately);
    }
    Matcher edtf = EDTF_APPROXIMATE.matcher(s);
    if (edtf.matches()) {
      String date = edtf.group(1) != null ? edtf.group(1) : edtf.group(2);
      return exact(date.strip()).map(PartialDate::approximately);
    }
    return exact(s);
  }

  private static Optional<PartialDate> exact(String s) {
    try {
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return numeric(
            year, month, day); // "1963-05-00", "1964-00-00": 00 for an unknown part, as NARA writes
      }
      Matcher russianYear = RUSSIAN_YEAR.matcher(s);
      if (russianYear.matches()) {
        return Optional.of(ofYear(Integer.parseInt(russianYear.group(1))));
      }
      Matcher dotted = DOTTED.matcher(s);
      if (dotted.matches()) {
        return numeric(
            Integer.parseInt(dotted.group(3)),
            Integer.parseInt(dotted.group(2)),
            Integer.parseInt(dotted.group(1)));
      }
      Matcher decade = DECADE.matcher(s);
      if (decade.matches()) {
        return Optional.of(ofDecade(Integer.parseInt(decade.group(1)) * 10));
      }
      Matcher us = US_NUMERIC.matcher(s);
      if (us.matches()) {
        return numeric(
            Integer.parseInt(us.group(3)),
            Integer.parseInt(us.group(1)),
            Integer.parseInt(us.group(2)));
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

  /**
   * A numeric date where 0 marks an unknown day or month (NARA's "05/00/1975"), and year 0 an
   * unknown date.
   */
  private static Optional<PartialDate> numeric(int year, int month, int day) {
    if (year == 0) {
      return Optional.empty();
    }
    if (month == 0) {
      return Optional.of(ofYear(year));
    }
    return Optional.of(day == 0 ? ofMonth(year, month) : ofDay(year, month, day));
  }

  private static Optional<Integer> month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.length() < 3) {
      return Optional.empty();
    }
    for (Month month : Month.values()) {
      String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (full.startsWith(n)) {
        return Optional.of(month.getValue());
      }
    }
    for (int i = 0; i < RUSSIAN_MONTHS.size(); i++) {
      if (RUSSIAN_MONTHS.get(i).matcher(n).matches()) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }

  /** The first day the date covers. */
  public LocalDate firstDay() {
    LocalDate first =
        switch (precision) {
          case DECADE, YEAR -> LocalDate.of(year, 1, 1);
          case MONTH -> LocalDate.of(year, month, 1);
          case DAY -> LocalDate.of(year, month, day);
        };
    return approximate ? minusOneUnit(first) : first;
  }

  /** The last day the date covers. */
  public LocalDate lastDay() {
    LocalDate last =
        switch (precision) {
          case DECADE -> LocalDate.of(year + 9, 12, 31);
          case YEAR -> LocalDate.of(year, 12, 31);
          case MONTH -> YearMonth.of(year, month).atEndOfMonth();
          case DAY -> LocalDate.of(year, month, day);
        };
    return approximate ? plusOneUnit(last) : last;
  }

  private LocalDate minusOneUnit(LocalDate date) {
    return switch (precision) {
      case DECADE -> date.minusYears(10);
      case YEAR -> date.minusYears(1);
      case MONTH -> date.minusMonths(1);
      case DAY -> date.minusDays(1);
    };
  }

  private LocalDate plusOneUnit(LocalDate date) {
    return switch (precision) {
      case DECADE -> date.plusYears(10);
      case YEAR -> date.plusYears(1);
      case MONTH -> date.plusMonths(1).withDayOfMonth(date.plusMonths(1).lengthOfMonth());
      case DAY -> date.plusDays(1);
    };
  }

  /**
   * EDTF at the date's precision: "196X", "1958", "1955-06", "1964-01-29", with "~" when
   * approximate.
   */
  @Override
  public String toString() {
    String exact =
        switch (precision) {
          case DECADE -> String.format(Locale.ROOT, "%03dX", year / 10);
          case YEAR -> String.format(Locale.ROOT, "%04d", year);
          case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, month);
          case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        };
    return approximate ? exact + "~" : exact;
  }

  /** For people: "1960s", "circa 1960", "1955-06", "1964-01-29". */
  public String display() {
    String exact = precision == DatePrecision.DECADE ? year + "s" : toString().replace("~", "");
    return approximate ? "circa " + exact : exact;
  }
}
