package dev.dossier.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.index.IndexSchema;
import dev.dossier.testing.Sample;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class QueryReaderTest {

  private static final IndexSchema SCHEMA = IndexSchema.of(IndexConfigLoader.load(Sample.CONFIG));

  private static QuerySyntaxException error(String query) {
    return assertThrows(QuerySyntaxException.class, () -> QueryReader.read(SCHEMA, query));
  }

  @Test
  void unbalancedQuoteNamesItsColumn() {
    QuerySyntaxException e = error("Guevara \"friendly conversation");
    assertEquals(9, e.column());
    assertEquals("query 'Guevara \"friendly conversation': unbalanced quote: this '\"' is never closed at column 9", e.getMessage());
  }

  @Test
  void unbalancedParenthesesNameTheirColumn() {
    assertEquals(1, error("(Guevara OR Castro").column());
    assertEquals(8, error("Guevara) Castro").column());
    assertTrue(error("Guevara) Castro").problem().contains("unmatched ')'"));
  }

  @Test
  void badDateSaysWhatIsExpected() {
    QuerySyntaxException e = error("date:[1963-13-01 TO 1964]");
    assertTrue(e.problem().startsWith("bad date '1963-13-01' (expected YYYY"), e.problem());
  }

  @Test
  void unknownFieldListsTheKnownOnes() {
    QuerySyntaxException e = error("author:Alekseyev");
    assertTrue(e.problem().startsWith("unknown field 'author' (fields: title, summary, id, date, subject, place, person, archive, collection, type, classification, ru, en, es, de, fr, und)"), e.problem());
  }

  @Test
  void danglingOperatorIsASyntaxErrorWithAPosition() {
    QuerySyntaxException e = error("Guevara AND");
    assertTrue(e.column() > 0, e.getMessage());
  }

  @Test
  void emptyQueryIsAnError() {
    assertEquals("empty query", error("  ").problem());
  }

  @Test
  void wordsAreRequiredAndSearchEveryLanguageWithoutCountingTwice() throws Exception {
    Query q = QueryReader.read(SCHEMA, "Guevara Куба");
    String s = q.toString();
    assertTrue(s.startsWith("+("), s);
    assertTrue(s.contains("text_ru:куб"), s);
    assertTrue(s.contains("text_en:guevara"), s);
    assertTrue(s.contains("text_en_exact:guevara"), s);
    assertTrue(s.contains("title:guevara"), s);
  }

  @Test
  void aStopWordOfOneLanguageIsDroppedRatherThanRequiredInTheOther() throws Exception {
    assertEquals(QueryReader.read(SCHEMA, "Guevara").toString(), QueryReader.read(SCHEMA, "Guevara и").toString());
  }

  @Test
  void wildcardsAndFuzzyTermsUseTheUnstemmedFields() throws Exception {
    String s = QueryReader.read(SCHEMA, "Гевар*").toString();
    assertTrue(s.contains("text_ru_exact:гевар*"), s);
    assertTrue(!s.contains("text_ru:"), s);
    assertTrue(QueryReader.read(SCHEMA, "ru:Гезара~1").toString().contains("text_ru_exact:гезара~1"));
  }
}
