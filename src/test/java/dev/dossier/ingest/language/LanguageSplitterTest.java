package dev.dossier.ingest.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageSplitterTest {

  @Test
  void shortForeignGarbageDoesNotMoveTheBoundary() {
    String body =
        "Встретился сегодня с Гевара и имел дружескую беседу.\n\n"
            + "nowban gue garde.\n\n"
            + "Гевара сообщил, что сейчас вводятся нормы труда.\n\n"
            + "I met today with Guevara.\n\n"
            + "Guevara informed me that labor norms are being introduced.";
    SplitText split = LanguageSplitter.split(body, "ru", "en");
    assertEquals(
        "Встретился сегодня с Гевара и имел дружескую беседу.\n\nnowban gue garde.\n\n"
            + "Гевара сообщил, что сейчас вводятся нормы труда.",
        split.original());
    assertEquals(
        "I met today with Guevara.\n\nGuevara informed me that labor norms are being introduced.",
        split.translation());
  }

  @Test
  void blocksWithoutLettersOfEitherScriptStayWithTheOriginal() {
    SplitText split =
        LanguageSplitter.split(
            "Текст оригинала.\n\n05839 38\n\nرِلَ\n\nThe translation.", "ru", "en");
    assertEquals("Текст оригинала.\n\n05839 38\n\nرِلَ", split.original());
    assertEquals("The translation.", split.translation());
  }

  @Test
  void aBodyAllInTheTranslationScriptIsATranslationOnly() {
    SplitText split = LanguageSplitter.split("Only the English translation survives.", "ru", "en");
    assertEquals("", split.original());
    assertEquals("Only the English translation survives.", split.translation());
  }

  @Test
  void unknownOriginalLanguageIsInferredFromTheFirstHalf() {
    SplitText split =
        LanguageSplitter.split("Оригинал здесь.\n\nAnd the translation.", "und", "en");
    assertEquals("Оригинал здесь.", split.original());
    assertEquals("And the translation.", split.translation());
  }
}
