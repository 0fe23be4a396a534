package dev.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void parsesTheWilsonHeadingToTheDay() {
    PartialDate date = PartialDate.parse("January 29, 1964").orElseThrow();
    assertEquals(DatePrecision.DAY, date.precision());
    assertEquals("1964-01-29", date.toString());
  }

  @Test
  void keepsAYearAtItsPrecisionAndCoversTheWholeYear() {
    PartialDate date = PartialDate.parse("1958").orElseThrow();
    assertEquals("1958", date.toString());
    assertEquals(LocalDate.of(1958, 1, 1), date.firstDay());
    assertEquals(LocalDate.of(1958, 12, 31), date.lastDay());
  }

  @Test
  void keepsAMonthAtItsPrecisionAndCoversTheWholeMonth() {
    PartialDate date = PartialDate.parse("June 1955").orElseThrow();
    assertEquals("1955-06", date.toString());
    assertEquals(LocalDate.of(1955, 6, 30), date.lastDay());
    assertEquals("1964-02", PartialDate.parse("1964-02").orElseThrow().toString());
    assertEquals(LocalDate.of(1964, 2, 29), PartialDate.parse("Feb 1964").orElseThrow().lastDay());
  }

  @Test
  void readsDayMonthYearAndIso() {
    assertEquals("1963-12-25", PartialDate.parse("25 December 1963").orElseThrow().toString());
    assertEquals("1963-12-25", PartialDate.parse("1963-12-25").orElseThrow().toString());
  }

  @Test
  void rejectsWhatIsNotADate() {
    assertTrue(PartialDate.parse("From the Diary of A. I. Alekseyev").isEmpty());
    assertTrue(PartialDate.parse("February 30, 1964").isEmpty());
    assertTrue(PartialDate.parse("1963-13-01").isEmpty());
    assertTrue(PartialDate.parse("Ju 1955").isEmpty());
  }
}
