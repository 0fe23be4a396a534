package dev.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.analysis.RecordedTokens;
import dev.dossier.config.IndexConfigLoader;
import dev.dossier.ingest.ArchiveReaders;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.testing.Sample;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The shared, recorded analysis gives every field exactly the tokens its own analyzer would. */
class TextTokensTest {

  private static final IndexSchema SCHEMA = IndexSchema.of(IndexConfigLoader.load(Sample.CONFIG));

  @Test
  void eachFieldGetsTheTokensOfItsOwnChain() throws Exception {
    ArchiveDocument doc =
        ArchiveReaders.of(java.util.List.of()).read(Sample.FILE).documents().get(0);
    String oddities =
        "Э.Гевара Гeвара (Latin e) ГКЭС.Сказал Guevara's talks, 1963; ёлка и Ёлкин НЕ СОГЛАСЕН";
    for (String[] text :
        List.of(
            new String[] {"ru", doc.original()},
            new String[] {"en", doc.translation()},
            new String[] {"ru", oddities},
            new String[] {"en", oddities},
            new String[] {"es", "Ernesto Guevara habló"})) {
      TextTokens tokens = SCHEMA.analyse(text[0], text[1]);
      String slot = tokens.slot();
      assertEquals(
          separately(Fields.text(slot), text[1]),
          listed(tokens.stemmed().replay()),
          "stemmed, " + text[0]);
      assertEquals(
          separately(Fields.exact(slot), text[1]),
          listed(tokens.exact().replay()),
          "exact, " + text[0]);
      assertEquals(
          separately(Fields.names(slot), text[1]),
          listed(tokens.names().replay()),
          "names, " + text[0]);
    }
  }

  @Test
  void theRecordedTokensAreFoundByOffset() {
    String text = "Встреча с Гевара. Потом Алексеев ушёл.";
    RecordedTokens names = SCHEMA.analyse("ru", text).names();
    int first = names.firstAtOrAfter(text.indexOf("Потом") + 1);
    assertTrue(names.term(first).startsWith("t:alekse"), names.term(first));
    assertEquals(names.size(), names.firstAtOrAfter(1000));
  }

  private static List<String> separately(String field, String text) throws IOException {
    return listed(SCHEMA.analyzer().tokenStream(field, text));
  }

  /** Each token as term/increment/start-end, and the final offset. */
  private static List<String> listed(TokenStream stream) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream ts = stream) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(
            term
                + "/"
                + increment.getPositionIncrement()
                + "/"
                + offset.startOffset()
                + "-"
                + offset.endOffset());
      }
      ts.end();
      tokens.add("end " + offset.endOffset() + "/" + increment.getPositionIncrement());
    }
    return tokens;
  }
}
