package dev.dossier.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.testing.Sample;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The confusables char filter and the name-key filter, alone and in the shipped chains. */
class NameAnalysisTest {

  private static final Map<String, Analyzer> ANALYZERS =
      AnalyzerFactory.buildAll(IndexConfigLoader.load(Sample.CONFIG));

  /** Tokens as "term@position[surface]". */
  private static List<String> tokens(String analyzer, String text) throws IOException {
    return tokens(ANALYZERS.get(analyzer).tokenStream("f", text), text);
  }

  private static List<String> tokens(TokenStream stream, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream ts = stream) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        tokens.add(
            term
                + "@"
                + position
                + "["
                + text.substring(offset.startOffset(), offset.endOffset())
                + "]");
      }
      ts.end();
    }
    return tokens;
  }

  @Test
  void latinLookAlikesInsideCyrillicWordsBecomeCyrillic() {
    assertEquals(
        "Гевара Ку89 Arlamour Me kore",
        CyrillicConfusablesCharFilter.normalize("Гeвара Ky89 Arlamour Me kore"));
    assertEquals("ПРОМЫШЛЕННОСТИ", CyrillicConfusablesCharFilter.normalize("ПPOMЫШЛEHHOCTИ"));
    assertEquals("Guevara", CyrillicConfusablesCharFilter.normalize("Guevara"));
  }

  @Test
  void aFullStopBetweenLettersBecomesASpaceAndNothingElseMoves() {
    assertEquals(
        "Э Гевара и В И Ленина, 29.1.64. U S. end.",
        WordDotsCharFilter.split("Э.Гевара и В.И.Ленина, 29.1.64. U.S. end."));
  }

  @Test
  void aWordWithALatinLookAlikeIsStemmedAndKeyedAsRussianWithOffsetsOnTheRawText()
      throws IOException {
    assertEquals(List.of("гевар@0[Гeвары]"), tokens("ru", "Гeвары"));
    assertEquals("t:gevar@0[Гeвары]", tokens("ru_names", "Гeвары").get(0));
  }

  @Test
  void onlyCapitalisedWordsGetNameKeysAtTheirOwnPositions() throws IOException {
    List<String> tokens = tokens("ru_names", "сказал Гевара и обещал АЛЕКСЕЕВУ");
    assertEquals("t:gevar@1[Гевара]", tokens.get(0));
    assertTrue(tokens.contains("t:alekseyev@4[АЛЕКСЕЕВУ]"), tokens.toString());
    assertTrue(
        tokens.stream().allMatch(t -> t.contains("[Гевара]") || t.contains("[АЛЕКСЕЕВУ]")),
        tokens.toString());
    assertTrue(
        tokens.stream().anyMatch(t -> t.startsWith("p:") && t.endsWith(":gevar@1[Гевара]")),
        tokens.toString());
  }

  @Test
  void aCapitalisedWordTheTextAlsoWritesInLowercaseIsAnOrdinaryWord() throws IOException {
    List<String> tokens =
        tokens("ru_names", "Это сказал Гевара. Потом это повторил Алексеев, потом ушёл.");
    assertEquals(
        List.of("[Гевара]", "[Алексеев]"),
        tokens.stream().map(t -> t.substring(t.indexOf('['))).distinct().toList(),
        tokens.toString());
    assertTrue(tokens.contains("t:gevar@2[Гевара]"), tokens.toString());
    assertTrue(tokens.contains("t:alekseyev@6[Алексеев]"), tokens.toString());
    // alone, a sentence-initial word is capitalised with no lowercase evidence: keyed as before
    assertEquals("t:eto@0[Это]", tokens("ru_names", "Это").get(0));
  }

  @Test
  void englishPossessivesAreKeyedAsTheName() throws IOException {
    // a Latin-alphabet name is keyed by all its letters: it does not decline
    assertEquals("t:guevara@1[Guevara's]", tokens("en_names", "In Guevara's words").get(0));
  }

  @Test
  void theNameKeyFilterKeepsOneKindOfKeyWhenAskedAtTheWordsPositions() throws IOException {
    String text = "сказал Гевара и обещал АЛЕКСЕЕВУ";
    List<String> all = tokens("ru_names", text);
    for (String kind : List.of("translit", "phonetic")) {
      Analyzer keeping =
          org.apache.lucene.analysis.custom.CustomAnalyzer.builder()
              .withTokenizer("standard")
              .addTokenFilter(NameKeyFilterFactory.NAME, NameKeyFilterFactory.KEEP, kind)
              .build();
      String prefix = kind.equals("translit") ? NameKeyFilter.TRANSLIT : NameKeyFilter.PHONETIC;
      List<String> kept = tokens(keeping.tokenStream("f", text), text);
      assertEquals(all.stream().filter(t -> t.startsWith(prefix)).toList(), kept);
      assertTrue(kept.size() >= 2, kept.toString());
    }
  }

  @Test
  void recordedTokensReplayWithoutAPrefixKeepThePositionsOfTheRest() throws IOException {
    String text = "сказал Гевара и обещал АЛЕКСЕЕВУ";
    RecordedTokens recorded = RecordedTokens.of(ANALYZERS.get("ru_names").tokenStream("f", text));
    List<String> translit = tokens(recorded.replayWithout(NameKeyFilter.PHONETIC), text);
    assertEquals(
        tokens("ru_names", text).stream()
            .filter(t -> t.startsWith(NameKeyFilter.TRANSLIT))
            .toList(),
        translit);
    assertEquals(List.of("t:gevar@1[Гевара]", "t:alekseyev@4[АЛЕКСЕЕВУ]"), translit);
  }
}
