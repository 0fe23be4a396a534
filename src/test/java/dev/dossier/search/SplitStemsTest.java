package dev.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import dev.dossier.testing.Sample;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SplitStemsTest {

  private static final IndexSchema SCHEMA = schema();
  private static final String RU = Fields.text("ru");
  private static DirectoryReader reader;

  private static IndexSchema schema() {
    try {
      return IndexSchema.of(IndexConfigLoader.load(Sample.CONFIG));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeAll
  static void index() throws Exception {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(SCHEMA.analyzer()))) {
      for (String text :
          List.of(
              "Приехал генерал Каледин.", // генера
              "Штаб генерала Алексеева.", // генера
              "Письмо генералу Деникину.", // генерал
              "Флот был в Тихом океане.", // океан only: океа does not occur
              "Плана не было, а план был.", // план, one stem
              "Знание и знания.", // знан
              "Он знал, она знала.")) { // зна: a verb, not a half of знание
        Document doc = new Document();
        doc.add(new TextField(RU, text, Field.Store.NO));
        doc.add(new TextField(Fields.exact("ru"), text, Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(dir);
  }

  private static SplitStems splits() {
    return new SplitStems(SCHEMA, new NameSeeds(reader));
  }

  @Test
  void theStemmerSplitsANounEndingInAlAfterAVowelInTwo() {
    assertEquals(List.of("генера"), SCHEMA.stems("ru", "генерал"));
    assertEquals(List.of("генера"), SCHEMA.stems("ru", "генерала"));
    assertEquals(List.of("генерал"), SCHEMA.stems("ru", "генералу"));
  }

  @Test
  void eachHalfFindsTheOtherWhereTheIndexHasBoth() {
    assertEquals("генерал", splits().partner("генера"));
    assertEquals("генера", splits().partner("генерал"));
  }

  @Test
  void aStemWithoutItsOtherHalfInTheIndexStaysAlone() {
    assertNull(splits().partner("океан"), "no form in the index stems to океа");
    assertNull(splits().partner("план"), "план and плана share one stem");
    // знан (знание) and зна (знал, знала) are two words, not two halves: no знан-а, знан-у
    assertNull(splits().partner("знан"));
    assertNull(splits().partner("зна"));
  }

  @Test
  void aTermBecomesASynonymQueryAndAPhraseAMultiPhrase() {
    Query term = splits().widen(new TermQuery(new Term(RU, "генера")));
    assertEquals(
        new SynonymQuery.Builder(RU)
            .addTerm(new Term(RU, "генера"))
            .addTerm(new Term(RU, "генерал"))
            .build(),
        term);
    Query phrase = splits().widen(new PhraseQuery(2, RU, "генера", "каледин"));
    assertTrue(phrase instanceof MultiPhraseQuery, phrase.toString());
    assertEquals(RU + ":\"(генера генерал) каледин\"~2", phrase.toString());
    PhraseQuery alone = new PhraseQuery(RU, "тих", "океан");
    assertSame(alone, splits().widen(alone));
  }

  @Test
  void otherFieldsAreLeftAsTheyAre() {
    TermQuery english = new TermQuery(new Term(Fields.text("en"), "генера"));
    assertSame(english, splits().widen(english));
    TermQuery exact = new TermQuery(new Term(Fields.exact("ru"), "генерал"));
    assertSame(exact, splits().widen(exact));
  }

  @Test
  void halvesDifferByTheLastLetterAfterAOrYa() {
    assertTrue(SplitStems.halves(RU, "генера", "генерал"));
    assertTrue(SplitStems.halves(RU, "туркестан", "туркеста"));
    assertFalse(SplitStems.halves(RU, "генерал", "генерал"));
    assertFalse(SplitStems.halves(RU, "стол", "сто"));
    assertFalse(SplitStems.halves(Fields.text("en"), "генера", "генерал"));
  }
}
