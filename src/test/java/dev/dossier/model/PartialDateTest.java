package dev.dossier.model;

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

  @Test
  void approximateDatesKeepTheirPrecisionAndWidenTheirRangeByOneUnit() {
    PartialDate circa = PartialDate.parse("circa 1960").orElseThrow();
    assertEquals(DatePrecision.YEAR, circa.precision());
    assertTrue(circa.approximate());
    assertEquals("1960~", circa.toString(), "EDTF");
    assertEquals("circa 1960", circa.display());
    assertEquals(LocalDate.of(1959, 1, 1), circa.firstDay());
    assertEquals(LocalDate.of(1961, 12, 31), circa.lastDay());
    assertEquals(circa, PartialDate.parse("c. 1960").orElseThrow());
    assertEquals(circa, PartialDate.parse("ca. 1960").orElseThrow());
    assertEquals(circa, PartialDate.parse("1960~").orElseThrow(), "its own EDTF form reads back");
    assertEquals("1955-06~", PartialDate.parse("circa June 1955").orElseThrow().toString());
  }

  @Test
  void decadesCoverTenYears() {
    PartialDate sixties = PartialDate.parse("1960s").orElseThrow();
    assertEquals("196X", sixties.toString());
    assertEquals("1960s", sixties.display());
    assertEquals(LocalDate.of(1969, 12, 31), sixties.lastDay());
    assertEquals(sixties, PartialDate.parse("196X").orElseThrow());
  }

  @Test
  void usNumericDatesWithTimesAndNarasUnknownParts() {
    assertEquals("1966-12-28", PartialDate.parse("12/28/1966 18:48").orElseThrow().toString());
    assertEquals("1975-05", PartialDate.parse("05/00/1975").orElseThrow().toString());
    assertEquals("1963", PartialDate.parse("00/00/1963").orElseThrow().toString());
    assertTrue(PartialDate.parse("00/00/0000").isEmpty(), "NARA's unknown date is no date");
    assertEquals(
        "1961-01-03", PartialDate.parse("1961-01-03T10:00:00-05:00").orElseThrow().toString());
    assertEquals("2017-10-13", PartialDate.parse("2017-10-13 15:57:30").orElseThrow().toString());
  }

  @Test
  void russianMonthNames() {
    assertEquals("1950-01-01", PartialDate.parse("1 января 1950 г.").orElseThrow().toString());
    assertEquals("1962-05-12", PartialDate.parse("12 мая 1962").orElseThrow().toString());
    assertEquals("1962-03-08", PartialDate.parse("8 марта 1962 года").orElseThrow().toString());
    assertEquals("1955-06", PartialDate.parse("июнь 1955").orElseThrow().toString());
  }

  @Test
  void moreArchiveForms() {
    assertEquals("1963-05", PartialDate.parse("1963-05-00").orElseThrow().toString());
    assertEquals("1964", PartialDate.parse("1964-00-00").orElseThrow().toString());
    assertEquals("1950", PartialDate.parse("1950 г.").orElseThrow().toString());
    assertEquals("1950", PartialDate.parse("1950 год").orElseThrow().toString());
    assertEquals("1950-11-02", PartialDate.parse("02.11.1950").orElseThrow().toString());
    assertEquals("1960~", PartialDate.parse("~1960").orElseThrow().toString());
    assertEquals("196X", PartialDate.parse("1960S").orElseThrow().toString());
    assertEquals("1960-09-05", PartialDate.parse("Sept. 5, 1960").orElseThrow().toString());
    assertEquals("1950-12", PartialDate.parse("дек. 1950").orElseThrow().toString());
  }

  @Test
  void wordsThatOnlyBeginLikeAMonthAreNotDates() {
    assertTrue(PartialDate.parse("Октябрьская 1917").isEmpty());
    assertTrue(PartialDate.parse("Декларация 1945").isEmpty());
    assertTrue(PartialDate.parse("Martial 1960").isEmpty());
  }
}
