package dev.dossier.cli.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.model.ArchiveDocument;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Citations are the same whatever the default locale, a Turkish one (dotless ı) included. */
class LocaleIndependenceTest {

  private final Locale before = Locale.getDefault();

  @AfterEach
  void restore() {
    Locale.setDefault(before);
  }

  @Test
  void everyFormatIsTheSameUnderATurkishLocale() {
    Locale.setDefault(Locale.ROOT);
    List<String> root =
        List.of(CitationFormat.values()).stream().map(f -> f.render(Fixtures.ALL)).toList();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    List<String> turkish =
        List.of(CitationFormat.values()).stream().map(f -> f.render(Fixtures.ALL)).toList();
    assertEquals(root, turkish);
  }

  @Test
  void theArchivesLineIsRecognisedWhateverItsCaseUnderATurkishLocale() {
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    ArchiveDocument doc =
        ArchiveDocument.builder("1")
            .title("Diary of A. I. Alekseyev, Record of a Conversation")
            .citation("\"DIARY OF A. I. ALEKSEYEV, RECORD OF A CONVERSATION\", 1964, Wilson Center")
            .build();
    assertTrue(ChicagoStyle.citesWhole(CitedDocument.of(doc)));
  }
}
