package dev.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.align.PassagePair;
import dev.dossier.config.IndexConfigLoader;
import dev.dossier.ingest.ArchiveReaders;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.testing.Sample;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Each aligned passage of the sample is a marker at its pair's position, spanning its tokens. */
class PassageMarkersTest {

  private static final IndexSchema SCHEMA = IndexSchema.of(IndexConfigLoader.load(Sample.CONFIG));

  @Test
  void eachPassageIsAMarkerAtItsPairSpanningItsTokens() throws Exception {
    ArchiveDocument doc = ArchiveReaders.of(List.of()).read(Sample.FILE).documents().get(0);
    AnalysedDocument analysed = new DocumentAnalyser(SCHEMA).analyse(doc);
    Document d = new Document();
    PassageMarkers.add(d, analysed);
    List<PassagePair> pairs = analysed.alignment().pairs();
    for (String language : List.of("ru", "en")) {
      boolean original = language.equals("ru");
      Field field = (Field) d.getField(Fields.passages(language));
      List<Marker> markers = markers(field.tokenStreamValue());
      TextTokens text = original ? analysed.original() : analysed.translation();
      int expected = 0;
      for (PassagePair pair : pairs) {
        int start = original ? pair.originalStart() : pair.translationStart();
        int end = original ? pair.originalEnd() : pair.translationEnd();
        expected += text.text().substring(start, end).isBlank() ? 0 : 1;
      }
      assertEquals(expected, markers.size(), language + ": one marker a passage with text");
      assertEquals(original ? "ru|en" : "en|ru", markers.get(0).term());
      for (Marker m : markers) {
        PassagePair pair = pairs.get(m.position());
        int start = original ? pair.originalStart() : pair.translationStart();
        int end = original ? pair.originalEnd() : pair.translationEnd();
        PassageStems stems = PassageStems.of(SCHEMA, language, text.text().substring(start, end));
        assertEquals(stems.gramCount(), m.span().grams(), language + " pair " + m.position());
        // the span's first position is the position of the passage's first token in the text field
        int position = -1;
        int first = Integer.MIN_VALUE;
        for (int i = 0; i < text.stemmed().size() && text.stemmed().start(i) < end; i++) {
          position += text.stemmed().increment(i);
          if (first == Integer.MIN_VALUE && text.stemmed().start(i) >= start) {
            first = position;
          }
        }
        assertEquals(first, m.span().first(), language + " pair " + m.position());
        assertEquals(position, m.span().last(), language + " pair " + m.position());
      }
      // and Solr gets the same tokens as JSON for its PreAnalyzedField
      JsonNode json =
          new ObjectMapper()
              .readTree(((PassageMarkers.Markers) field.tokenStreamValue()).preAnalyzed());
      assertEquals(markers.size(), json.get("tokens").size());
      int position = -1;
      for (int i = 0; i < markers.size(); i++) {
        JsonNode token = json.get("tokens").get(i);
        position += token.get("i").asInt();
        assertEquals(markers.get(i).term(), token.get("t").asText());
        assertEquals(markers.get(i).position(), position);
        assertEquals(
            markers.get(i).span(),
            PassageMarkers.Span.of(
                new BytesRef(Base64.getDecoder().decode(token.get("p").asText()))));
      }
    }
  }

  @Test
  void aTranslationInTheOriginalsOwnLanguageHasNoMarkers() throws Exception {
    ArchiveDocument doc = ArchiveReaders.of(List.of()).read(Sample.FILE).documents().get(0);
    ArchiveDocument english =
        new ArchiveDocument(
            doc.id(),
            doc.title(),
            doc.date(),
            doc.citation(),
            doc.url(),
            doc.summary(),
            doc.credits(),
            "en",
            doc.translation(),
            "en",
            doc.translation(),
            doc.metadata(),
            doc.source(),
            doc.derived());
    Document d = new Document();
    PassageMarkers.add(d, new DocumentAnalyser(SCHEMA).analyse(english));
    assertTrue(d.getFields().isEmpty());
  }

  private record Marker(String term, int position, PassageMarkers.Span span) {}

  private static List<Marker> markers(TokenStream tokens) throws Exception {
    CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
    PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
    PayloadAttribute payload = tokens.addAttribute(PayloadAttribute.class);
    List<Marker> markers = new ArrayList<>();
    tokens.reset();
    int position = -1;
    while (tokens.incrementToken()) {
      position += increment.getPositionIncrement();
      markers.add(
          new Marker(term.toString(), position, PassageMarkers.Span.of(payload.getPayload())));
    }
    tokens.end();
    tokens.close();
    return markers;
  }
}
