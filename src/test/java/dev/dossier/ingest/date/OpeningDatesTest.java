package dev.dossier.ingest.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.model.PartialDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpeningDatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Record of conversation between N. S. Khrushchev and W. Gomulka\\n"
            + "August 5, 1963\\n"
            + "Text|1963-08-05",
        "Secret.\\nF.N.33.\\nNew Delhi, 1st April, 1949.\\nMy dear Premier|1949-04-01",
        "ЗАПИСЬ БЕСЕДЫ\\n5 августа 1963 г.\\nМосква|1963-08-05",
        "Телеграмма\\n05.08.1963\\n|1963-08-05",
        "Memorandum\\n1963-08-05 Washington|1963-08-05",
        "Report\\nJune 1955\\nThe committee met|1955-06",
        "ДОКЛАД\\nиюнь 1955 г.\\nТекст|1955-06",
      })
  void findsTheDateInTheOpeningLinesAtItsPrecision(String text, String expected) {
    assertEquals(
        Optional.of(expected), OpeningDates.in(text.replace("\\n", "\n")).map(Object::toString));
  }

  @Test
  void aYearInASentenceOrAMonthInProseIsNoDate() {
    assertEquals(
        Optional.empty(),
        OpeningDates.in("The treaty of 1921 was signed in May 1921 at Riga, they said."));
    assertEquals(Optional.empty(), OpeningDates.in("No. 12, 1949\nCablegram to Canberra"));
  }

  @Test
  void onlyTheOpeningLinesAreRead() {
    String text = "line\n".repeat(OpeningDates.LINES) + "August 5, 1963\n";
    assertEquals(Optional.empty(), OpeningDates.in(text));
    assertEquals(
        Optional.of(PartialDate.ofDay(1963, 8, 5)),
        OpeningDates.in("line\n".repeat(OpeningDates.LINES - 1) + "August 5, 1963\n"));
  }

  @Test
  void anImpossibleOrImplausibleDateIsNone() {
    assertEquals(Optional.empty(), OpeningDates.in("Memo\nFebruary 30, 1963"));
    assertEquals(Optional.empty(), OpeningDates.in("Memo\n5 August 1263"));
  }
}
