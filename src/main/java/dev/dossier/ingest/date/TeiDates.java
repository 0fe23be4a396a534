package dev.dossier.ingest.date;

import dev.dossier.model.PartialDate;
import java.time.LocalDate;
import java.util.Optional;
import org.xml.sax.Attributes;

/**
 * The date of a TEI document, at the precision its encoders gave: the dateline's {@code <date
 * when>} (or its {@code notBefore}/{@code notAfter} or {@code from}/{@code to} range), else the
 * div's {@code frus:doc-dateTime-min}/{@code -max} range, else the dateline date's text ("January
 * 2, 1969").
 *
 * <p>A range is kept as the narrowest day, month or year that holds both ends: FRUS dates a
 * document known to the day as {@code 1969-01-02T00:00:00-05:00} to {@code
 * 1969-01-02T23:59:59-05:00}, and one known to the month as the month's first to last second. A
 * range over more than a year gets no date: FRUS gives editorial notes the whole span of their
 * volume (HistoryAtState/frus, {@code schema/update-frus-editorial-note-dates.xsl}), which says
 * nothing of when they were written.
 */
public final class TeiDates {

  private TeiDates() {}

  /** What a dateline's {@code <date>} says: its attributes and its text. */
  public static final class Dateline {
    private String when = "";
    private String notBefore = "";
    private String notAfter = "";
    private final StringBuilder text = new StringBuilder();
    private boolean seen;

    /** Takes the date's attributes, when the {@code <date>} element opens. */
    public void attributes(Attributes attributes) {
      seen = true;
      when = value(attributes, "when");
      notBefore = value(attributes, "notBefore");
      notAfter = value(attributes, "notAfter");
      if (notBefore.isEmpty() && notAfter.isEmpty()) {
        notBefore = value(attributes, "from");
        notAfter = value(attributes, "to");
      }
    }

    /** Adds some of the date's text. */
    public void text(String s) {
      text.append(s);
    }

    /** Whether no {@code <date>} was seen yet. */
    public boolean isEmpty() {
      return !seen;
    }

    private static String value(Attributes attributes, String name) {
      String value = attributes.getValue("", name);
      return value == null ? "" : value.strip();
    }
  }

  /**
   * The document's date from its dateline and its div's {@code frus:doc-dateTime-min}/{@code -max}.
   */
  public static Optional<PartialDate> date(Dateline dateline, String min, String max) {
    return DateTexts.parse(dateline.when)
        .or(() -> range(dateline.notBefore, dateline.notAfter))
        .or(() -> range(min, max))
        .or(() -> PartialDate.parse(collapse(dateline.text).replaceAll("[.,]$", "")));
  }

  /**
   * The narrowest day, month or year holding both ends; one end alone is read at its own precision.
   */
  static Optional<PartialDate> range(String min, String max) {
    Optional<PartialDate> from = DateTexts.parse(min);
    Optional<PartialDate> to = DateTexts.parse(max);
    if (from.isEmpty() || to.isEmpty()) {
      return from.or(() -> to);
    }
    LocalDate first = from.get().firstDay();
    LocalDate last = to.get().lastDay();
    if (last.isBefore(first)) {
      return Optional.empty();
    }
    if (first.equals(last)) {
      return Optional.of(
          PartialDate.ofDay(first.getYear(), first.getMonthValue(), first.getDayOfMonth()));
    }
    if (first.getYear() == last.getYear() && first.getMonth() == last.getMonth()) {
      return Optional.of(PartialDate.ofMonth(first.getYear(), first.getMonthValue()));
    }
    if (first.getYear() == last.getYear()) {
      return Optional.of(PartialDate.ofYear(first.getYear()));
    }
    return Optional.empty();
  }

  /** The text with its runs of white space made single spaces. */
  private static String collapse(CharSequence text) {
    return text.toString().replaceAll("\\s+", " ").strip();
  }
}
