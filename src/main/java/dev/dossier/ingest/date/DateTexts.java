package dev.dossier.ingest.date;

import dev.dossier.model.PartialDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as metadata formats write them, read by {@link PartialDate}: an ISO 8601 date-time
 * ("1961-01-03T10:00:00-05:00", as FRUS and HTML meta tags give it) is read as its local date, and
 * a slashed "1961/01/03" (Google Scholar's {@code citation_date}) as the ISO date it spells.
 */
public final class DateTexts {

  // The local date before the time: converting to UTC first would move a late-evening cable to the
  // next day.
  private static final Pattern DATE_TIME =
      Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})[T ]\\d{1,2}:\\d{2}.*");
  private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})(?:/(\\d{1,2}))?");

  private DateTexts() {}

  /** The date {@code text} names, at the precision it gives; empty when it names none. */
  public static Optional<PartialDate> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String s = text.strip();
    Matcher dateTime = DATE_TIME.matcher(s);
    if (dateTime.matches()) {
      s = dateTime.group(1);
    }
    Matcher slashed = SLASHED.matcher(s);
    if (slashed.matches()) {
      s =
          slashed.group(1)
              + "-"
              + slashed.group(2)
              + (slashed.group(3) == null ? "" : "-" + slashed.group(3));
    }
    return PartialDate.parse(s);
  }
}
