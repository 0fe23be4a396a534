package dev.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IcuSentenceBreakIteratorTest {

  @Test
  void aLineBreakInsideAParagraphDoesNotEndASentenceButABlankLineDoes() {
    assertEquals("оплате труда, заявив\n\nДалее", IcuSentenceBreakIterator.unwrapLines("оплате\nтруда, заявив\n\nДалее"));
    assertEquals(" a b\n\n\nc ", IcuSentenceBreakIterator.unwrapLines("\na\nb\n\n\nc\n"));
    String noBreak = "one line";
    assertEquals(noBreak, IcuSentenceBreakIterator.unwrapLines(noBreak));
    String text = "Гевара отрицательно отнесся к прогрессивной оплате\nтруда, заявив, что поощрения будут. Далее.";
    IcuSentenceBreakIterator breaks = new IcuSentenceBreakIterator();
    breaks.setText(text);
    assertEquals(text.indexOf("Далее"), breaks.following(10), "the first sentence runs over the line break");
  }
}
