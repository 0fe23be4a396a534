package dev.dossier.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
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
    assertEquals(
        "query 'Guevara \"friendly conversation': unbalanced quote: this '\"' is never closed at"
            + " column 9",
        e.getMessage());
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
    QuerySyntaxException e = error("sender:Alekseyev");
    assertTrue(
        e.problem()
            .startsWith(
                "unknown field 'sender' (fields: title, summary, id, date, subject, place, person,"
                    + " author, archive, collection, series, type, classification, ru, en, es, de,"
                    + " fr, und)"),
        e.problem());
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
    assertEquals(
        QueryReader.read(SCHEMA, "Guevara").toString(),
        QueryReader.read(SCHEMA, "Guevara и").toString());
  }

  @Test
  void wildcardsAndFuzzyTermsUseTheUnstemmedFields() throws Exception {
    String s = QueryReader.read(SCHEMA, "Гевар*").toString();
    assertTrue(s.contains("text_ru_exact:гевар*"), s);
    assertTrue(!s.contains("text_ru:"), s);
    assertTrue(
        QueryReader.read(SCHEMA, "ru:Гезара~1").toString().contains("text_ru_exact:гезара~1"));
  }

  @Test
  void nestingDeeperThanTheLimitIsRefusedAtTheParenthesisThatPassesIt() {
    QuerySyntaxException e = error("(".repeat(900) + "a" + ")".repeat(900));
    assertEquals(QueryLimits.MAX_DEPTH + 1, e.column());
    assertEquals("parentheses nested more than 32 deep (the limit)", e.problem());
    String deepest =
        "(".repeat(QueryLimits.MAX_DEPTH) + "Guevara" + ")".repeat(QueryLimits.MAX_DEPTH);
    assertTrue(
        assertDoesNotThrow(() -> QueryReader.read(SCHEMA, deepest)).toString().contains("guevara"));
  }

  @Test
  void tooManyWordsPatternsOrCharactersAreRefusedNamingTheLimit() {
    QuerySyntaxException words = error("w ".repeat(200));
    assertEquals("more than 32 words (the limit)", words.problem());
    assertEquals(65, words.column(), "the 33rd word");
    assertEquals(
        "more than 5 prefix, wildcard, fuzzy or regular-expression terms (the limit)",
        error("Guevara~2 ".repeat(6).strip()).problem());
    assertEquals(
        "a word of 1,500 characters (the limit is 100)", error("a".repeat(1_500)).problem());
    QuerySyntaxException length = error("Guevara ".repeat(1_000));
    assertEquals("the query has 8,000 characters (the limit is 2,000)", length.problem());
    assertTrue(length.getMessage().length() < 300, "the query is cut short in the message");
    // field names, operators and the words of phrases count as they cost
    assertDoesNotThrow(
        () -> QueryReader.read(SCHEMA, "title:a AND en:b OR NOT ru:c " + "w ".repeat(29)));
    assertEquals("more than 32 words (the limit)", error("\"" + "w ".repeat(33) + "\"").problem());
  }

  @Test
  void badRegularExpressionsSlopAndFuzzyAreSyntaxErrors() {
    assertTrue(
        error("/a{99999}/")
            .problem()
            .startsWith("the regular expression /a{99999}/ is too complex"));
    assertEquals("bad regular expression /\\/: unexpected end-of-string", error("/\\/").problem());
    QuerySyntaxException slop = error("\"a b\"~-1");
    assertEquals("a phrase's ~N must be 0 or more, not -1", slop.problem());
    assertEquals(6, slop.column());
    assertEquals("a fuzzy term's ~N must be 0, 1 or 2 (edits)", error("Guevara~-1").problem());
    assertEquals(
        "a fuzzy term's ~N must be a whole number of edits (0, 1 or 2)",
        error("Guevara~1.5").problem());
    assertTrue(error("*vara").problem().startsWith("a word cannot start with '*' or '?'"));
  }
}
