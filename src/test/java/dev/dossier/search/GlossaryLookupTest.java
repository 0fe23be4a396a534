package dev.dossier.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.Glossary;
import dev.dossier.config.IndexConfigLoader;
import dev.dossier.index.IndexSchema;
import dev.dossier.testing.Sample;
import org.junit.jupiter.api.Test;

class GlossaryLookupTest {

  @Test
  void everyShippedTermFindsItsTranslationThroughTheLazyBuckets() {
    IndexSchema schema = IndexSchema.of(IndexConfigLoader.load(Sample.CONFIG));
    Glossary glossary = Glossary.load(Sample.CONFIG);
    GlossaryLookup lookup = new GlossaryLookup(glossary, schema);
    for (Glossary.Entry entry : glossary.entries()) {
      assertTrue(
          lookup.of(entry.en()).contains(new GlossaryLookup.Translation("ru", entry.ru())),
          entry.toString());
      assertTrue(
          lookup.of(entry.ru()).contains(new GlossaryLookup.Translation("en", entry.en())),
          entry.toString());
    }
    // an inflected form finds the term by its stems
    assertTrue(
        lookup.of("профсоюзов").stream().anyMatch(t -> t.term().equals("labor unions")),
        lookup.of("профсоюзов").toString());
  }
}
