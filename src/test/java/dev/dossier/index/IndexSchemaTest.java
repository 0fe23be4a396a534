package dev.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.analysis.RecordedTokens;
import dev.dossier.config.IndexConfigLoader;
import dev.dossier.testing.Sample;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexSchemaTest {

  private static final IndexSchema SCHEMA = IndexSchema.of(IndexConfigLoader.load(Sample.CONFIG));

  @Test
  void termsAreWhatEachFieldsAnalyzerMakes() {
    assertEquals(
        List.of("role", "labor", "union"),
        SCHEMA.terms(Fields.text("en"), "the role of labor unions"));
    assertEquals(
        List.of("the", "role", "of", "labor", "unions"),
        SCHEMA.terms(Fields.exact("en"), "the role of labor unions"));
    assertEquals(List.of("гевар"), SCHEMA.terms(Fields.text("ru"), "Гевары"));
    assertEquals(SCHEMA.terms(Fields.text("ru"), "Гевары"), SCHEMA.stems("ru", "Гевары"));
    assertEquals(List.of(), SCHEMA.terms(Fields.text("en"), "the"));
  }

  @Test
  void tokensKeepOffsetsAndTheGapsStopWordsLeave() {
    String text = "the role of labor unions";
    RecordedTokens tokens = SCHEMA.tokens(Fields.text("en"), text);
    assertEquals(3, tokens.size());
    assertEquals("role", tokens.term(0));
    assertEquals("role", text.substring(tokens.start(0), tokens.end(0)));
    assertEquals(2, tokens.increment(1), "'of' was removed between role and labor");
    assertEquals("labor", text.substring(tokens.start(1), tokens.end(1)));
    assertEquals(1, tokens.increment(2));
    assertEquals("unions", text.substring(tokens.start(2), tokens.end(2)));
  }
}
