package dev.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpeningTitlesTest {

  @Test
  void theFirstMeaningfulLineSkippingPageHeadersMarksAndDates() {
    String text =
        "SECRET\n- 2 -\n\nCopy No. 3\n|||| ,.; 12 4\nAugust 5, 1963\n"
            + "Record of conversation between N. S. Khrushchev and W. Gomulka:\nText of it.";
    assertEquals(
        Optional.of("Record of conversation between N. S. Khrushchev and W. Gomulka"),
        OpeningTitles.fromText(text));
  }

  @Test
  void russianHeadersAndAMarkdownHeading() {
    assertEquals(
        Optional.of("Запись беседы с Мао Цзэдуном"),
        OpeningTitles.fromText("Совершенно секретно\nЭкз. № 2\n# Запись беседы с Мао Цзэдуном\n"));
  }

  @Test
  void aLongLineIsCutAtAWord() {
    String title = OpeningTitles.fromText("alpha beta ".repeat(30)).orElseThrow();
    assertEquals(true, title.length() <= OpeningTitles.MAX_CHARS && title.endsWith("…"), title);
  }

  @Test
  void noLineIsMeaningfulInDebrisOrSingleWords() {
    assertEquals(Optional.empty(), OpeningTitles.fromText("SECRET\n12\nTELEGRAM\n"));
    assertEquals(Optional.empty(), OpeningTitles.fromText(""));
  }

  @Test
  void aSlugOfWordsIsATitleANumberIsNot() {
    assertEquals(
        Optional.of(
            "Chancellors helmut kohls meeting russian foreign minister primakov 19 february"
                + " 1996 moscow"),
        OpeningTitles.fromSlug(
            "chancellors-helmut-kohls-meeting-russian-foreign-minister-primakov-19-february-1996-moscow"));
    assertEquals(Optional.empty(), OpeningTitles.fromSlug("117072"));
  }
}
