package dev.dossier.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.testing.Sample;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The analysis chains of the shipped index-config, as token lists. */
class ShippedAnalyzersTest {

  private static final Map<String, Analyzer> ANALYZERS =
      AnalyzerFactory.buildAll(IndexConfigLoader.load(Sample.CONFIG));
  private final Locale defaultLocale = Locale.getDefault();

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(defaultLocale);
  }

  static List<String> tokens(String analyzer, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream ts = ANALYZERS.get(analyzer).tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(term.toString());
      }
      ts.end();
    }
    return tokens;
  }

  @Test
  void russianStemsTheCasesOfANameToOneTerm() throws IOException {
    assertEquals(
        List.of("гевар", "гевар", "гевар", "гевар"), tokens("ru", "Гевара Гевары Геваре Гевару"));
  }

  @Test
  void russianFoldsYoAndDropsStopWords() throws IOException {
    assertEquals(List.of("хрущ", "хрущ"), tokens("ru", "Хрущёв и Хрущев"));
    assertEquals(List.of("хрущев"), tokens("ru_exact", "ХРУЩЁВ"));
  }

  @Test
  void wordsGluedByADotInOcrTextAreSplitWithOffsetsOnTheRawText() throws IOException {
    assertEquals(List.of("э", "гевар"), tokens("ru", "Э.Гевара"));
    String text = "с Э.Гевара и";
    try (TokenStream ts = ANALYZERS.get("ru_exact").tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      List<String> surface = new ArrayList<>();
      while (ts.incrementToken()) {
        surface.add(term + "=" + text.substring(offset.startOffset(), offset.endOffset()));
      }
      ts.end();
      assertEquals(List.of("с=с", "э=Э", "гевара=Гевара", "и=и"), surface);
    }
  }

  @Test
  void englishStemsAndDropsPossessivesAndStopWords() throws IOException {
    assertEquals(List.of("convers", "convers"), tokens("en", "conversations conversation"));
    assertEquals(List.of("guevara", "word"), tokens("en", "In Guevara's words"));
    assertEquals(List.of("guevara", "words"), tokens("en_exact", "Guevara's words"));
  }

  @Test
  void spanishStemsGenderAndNumberToOneTerm() throws IOException {
    assertEquals(
        List.of("revolucionari", "revolucionari", "revolucionari"),
        tokens("es", "los revolucionarios y la revolucionaria del revolucionario"));
    assertEquals(List.of("revolucion", "revolucion"), tokens("es", "Revolución revoluciones"));
    assertEquals(List.of("los", "revolucionarios"), tokens("es_exact", "Los Revolucionarios"));
  }

  @Test
  void germanFoldsSharpSAndUmlautsInBothChains() throws IOException {
    assertEquals(
        List.of("aussenminist", "aussenminist"),
        tokens("de", "Der Außenminister und der Aussenminister"));
    assertEquals(tokens("de", "des Aussenministers"), tokens("de", "des Außenministers"));
    assertEquals(tokens("de", "Müller"), tokens("de", "Mueller"));
    assertEquals(
        List.of("aussenminister", "aussenminister"),
        tokens("de_exact", "Außenminister AUSSENMINISTER"));
  }

  @Test
  void frenchRemovesElidedArticlesInEveryChain() throws IOException {
    assertEquals(tokens("fr", "ambassadeur"), tokens("fr", "l'ambassadeur"));
    assertEquals(tokens("fr", "ambassadeurs"), tokens("fr", "L’Ambassadeur"));
    assertEquals(
        List.of("ambassadeur", "il", "arrive"), tokens("fr_exact", "L'ambassadeur qu'il arrive"));
    assertEquals(
        List.of("afair", "etrang", "polit", "etrang"),
        tokens("fr", "les Affaires étrangères, sa politique étrangère"));
    assertEquals(List.of("t:estaing"), tokens("fr_names", "d'Estaing").subList(0, 1));
  }

  @Test
  void lowercasingIsTheSameUnderATurkishLocale() throws IOException {
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    assertEquals(List.of("industri", "i"), tokens("en", "INDUSTRY I"));
    assertEquals(List.of("industry", "i"), tokens("en_exact", "INDUSTRY I"));
  }
}
