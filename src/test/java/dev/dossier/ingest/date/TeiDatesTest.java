package dev.dossier.ingest.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.model.PartialDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The date ranges of TEI documents; the dates of whole volumes are tested in TeiReaderTest. */
class TeiDatesTest {

  @Test
  void aRangeIsTheNarrowestDayMonthOrYearThatHoldsIt() {
    assertEquals(
        Optional.of(PartialDate.ofYear(1969)),
        TeiDates.range("1969-01-02T00:00:00-05:00", "1969-10-09T23:59:59-04:00"));
    assertEquals(
        Optional.empty(),
        TeiDates.range("1969-01-02T00:00:00-05:00", "1970-10-09T23:59:59-04:00"),
        "an editorial note dated by its volume's whole span has no date of its own");
    assertEquals(
        Optional.of(PartialDate.ofDay(1961, 1, 3)),
        TeiDates.range("1961-01-03T10:00:00-05:00", ""));
  }
}
