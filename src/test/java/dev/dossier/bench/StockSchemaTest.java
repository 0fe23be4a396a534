package dev.dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The peer reference's chains do what its javadoc says a stock Solr schema would. */
class StockSchemaTest {

  private static final Analyzer ANALYZER = StockSchema.analyzer(Path.of("index-config/lang"));

  @Test
  void theNameFieldKeepsCapitalisedWordsOnlyAndJoinsScriptsByTheirPhoneticCodes()
      throws IOException {
    List<String> russian = terms("names_ru", "Гевара говорил с Кастро");
    Set<String> english = new HashSet<>(terms("names_en", "Guevara"));
    assertFalse(russian.isEmpty());
    assertTrue(
        russian.stream().anyMatch(english::contains),
        () -> "Гевара and Guevara share no code: " + russian + " / " + english);
    assertTrue(terms("names_ru", "говорил с").isEmpty(), "lowercase words are dropped");
  }

  @Test
  void theTextFieldsStemAndTheirCopiesDoNot() throws IOException {
    assertEquals(List.of("гевар"), terms("text_ru", "Гевары"));
    assertEquals(List.of("гевары"), terms("text_ru_exact", "Гевары"));
    assertEquals(List.of("convers"), terms("text_en", "the conversations"));
    assertEquals(List.of("the", "conversations"), terms("text_en_exact", "the conversations"));
  }

  @Test
  void itIndexesEveryDocumentOfACorpus(@TempDir Path dir) throws IOException {
    Path index = dir.resolve("stock");
    int n = StockSchema.index(Path.of("corpus"), index, Path.of("index-config/lang"), 2);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertEquals(n, reader.numDocs());
      assertTrue(n > 0);
      assertTrue(reader.docFreq(new Term("text_ru", "гевар")) > 0);
    }
  }

  private static List<String> terms(String field, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms;
  }
}
