package dev.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.ULocale;
import dev.dossier.testing.Sample;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IcuSentenceBreakIteratorTest {

  @Test
  void aLineBreakInsideAParagraphDoesNotEndASentenceButABlankLineDoes() {
    assertEquals(
        "оплате труда, заявив\n\nДалее",
        IcuSentenceBreakIterator.unwrapLines("оплате\nтруда, заявив\n\nДалее"));
    assertEquals(" a b\n\n\nc ", IcuSentenceBreakIterator.unwrapLines("\na\nb\n\n\nc\n"));
    String noBreak = "one line";
    assertEquals(noBreak, IcuSentenceBreakIterator.unwrapLines(noBreak));
    String text =
        "Гевара отрицательно отнесся к прогрессивной оплате\n"
            + "труда, заявив, что поощрения будут. Далее.";
    IcuSentenceBreakIterator breaks = new IcuSentenceBreakIterator();
    breaks.setText(text);
    assertEquals(
        text.indexOf("Далее"), breaks.following(10), "the first sentence runs over the line break");
  }

  /**
   * The forward-only boundary list answers every call the highlighter makes as ICU's own iterator
   * does, in any order. (Not next(n), and not next() right after a DONE: ICU answers DONE again
   * where the JDK's contract moves on.)
   */
  @Test
  void answersAsIcuDoesInAnyOrderOfCalls() {
    String text = Sample.text();
    com.ibm.icu.text.BreakIterator icu =
        com.ibm.icu.text.BreakIterator.getSentenceInstance(ULocale.ROOT);
    icu.setText(IcuSentenceBreakIterator.unwrapLines(text));
    IcuSentenceBreakIterator ours = new IcuSentenceBreakIterator();
    ours.setText(text);
    Random random = new Random(42);
    for (int step = 0; step < 20_000; step++) {
      int offset = random.nextInt(text.length() + 1);
      String call;
      int expected;
      int actual;
      switch (random.nextInt(6)) {
        case 0 -> {
          call = "following(" + offset + ")";
          expected = icu.following(offset);
          actual = ours.following(offset);
        }
        case 1 -> {
          call = "preceding(" + offset + ")";
          expected = icu.preceding(offset);
          actual = ours.preceding(offset);
        }
        case 2 -> {
          call = "next()";
          expected = icu.next();
          actual = ours.next();
        }
        case 3 -> {
          call = "previous()";
          expected = icu.previous();
          actual = ours.previous();
        }
        case 4 -> {
          call = "first()";
          expected = icu.first();
          actual = ours.first();
        }
        default -> {
          call = "last()";
          expected = icu.last();
          actual = ours.last();
        }
      }
      assertEquals(expected, actual, "step " + step + ": " + call);
      assertEquals(icu.current(), ours.current(), "current() after step " + step + ": " + call);
      if (expected
          == com.ibm.icu.text.BreakIterator
              .DONE) { // ICU then answers DONE to next() too; the JDK does not
        icu.first();
        ours.first();
      }
    }
  }
}
