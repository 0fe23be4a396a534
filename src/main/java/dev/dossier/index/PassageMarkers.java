package dev.dossier.index;

import dev.dossier.align.PassagePair;
import dev.dossier.analysis.RecordedTokens;
import dev.dossier.model.ArchiveDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PayloadAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * Where a document's aligned passages lie in the positions of its text fields, for concordances: in
 * {@link Fields#passages} of each text's language slot, pair p's passage of that text is a marker
 * term at position p ({@link #marker}: the text's language and its counterpart's), whose payload
 * ({@link Span}) gives the positions of the passage's first and last token in the text's stemmed
 * field ({@link Fields#text}) and its count of words and bigrams ({@link PassageStems}).
 *
 * <p>So a concordance finds the pairs that hold its term, and counts each candidate translation in
 * their counterparts and in every aligned passage, from the postings of the text fields alone (the
 * search side's {@code PairCounter}), instead of reading and analysing every stored document: the
 * way corpus query engines count co-occurrence within structures, by the positions of words and the
 * position ranges of regions (Evert and Hardie, "Twenty-first century Corpus Workbench", Corpus
 * Linguistics 2011). The markers cost about a percent of the index; the words are the text fields'
 * own postings.
 *
 * <p>A passage of white space only has no marker; nor has a document whose two texts share one slot
 * (a translation into the original's own language), since its passages would share positions.
 */
public final class PassageMarkers {

  /** Separates a marker's two language codes. */
  private static final char SEPARATOR = '|';

  private PassageMarkers() {}

  /**
   * The marker term of the passages in {@code language} (a document's language code) whose
   * counterparts are in {@code counterpartLanguage}.
   */
  public static String marker(String language, String counterpartLanguage) {
    return language + SEPARATOR + counterpartLanguage;
  }

  /** The language of a {@link #marker}'s passages. */
  public static String language(String marker) {
    return marker.substring(0, marker.indexOf(SEPARATOR));
  }

  /** The language of a {@link #marker}'s counterparts. */
  public static String counterpartLanguage(String marker) {
    return marker.substring(marker.indexOf(SEPARATOR) + 1);
  }

  /**
   * A passage in its text field: the positions of its first and last token (first greater than last
   * when it has none) and its count of words and bigrams.
   */
  public record Span(int first, int last, int grams) {

    /** The span a marker's payload gives. */
    public static Span of(BytesRef payload) {
      ByteArrayDataInput in = new ByteArrayDataInput(payload.bytes, payload.offset, payload.length);
      int first = in.readVInt();
      int length = in.readVInt();
      return new Span(first, first + length - 1, in.readVInt());
    }

    BytesRef payload() {
      byte[] bytes = new byte[15];
      ByteArrayDataOutput out = new ByteArrayDataOutput(bytes);
      try {
        out.writeVInt(first);
        out.writeVInt(last - first + 1);
        out.writeVInt(grams);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // an array: never
      }
      return new BytesRef(bytes, 0, out.getPosition());
    }
  }

  /** Adds the passage markers of {@code analysed}'s two texts to {@code d}. */
  static void add(Document d, AnalysedDocument analysed) {
    ArchiveDocument doc = analysed.document();
    TextTokens original = analysed.original();
    TextTokens translation = analysed.translation();
    List<PassagePair> pairs = analysed.alignment().pairs();
    if (pairs.isEmpty()
        || doc.translationLanguage().isEmpty()
        || original.slot().equals(translation.slot())) {
      return;
    }
    List<int[]> originalRanges = new ArrayList<>();
    List<int[]> translationRanges = new ArrayList<>();
    for (PassagePair pair : pairs) {
      originalRanges.add(new int[] {pair.originalStart(), pair.originalEnd()});
      translationRanges.add(new int[] {pair.translationStart(), pair.translationEnd()});
    }
    add(d, original, doc.originalLanguage(), doc.translationLanguage(), originalRanges);
    add(d, translation, doc.translationLanguage(), doc.originalLanguage(), translationRanges);
  }

  private static void add(
      Document d,
      TextTokens text,
      String language,
      String counterpartLanguage,
      List<int[]> ranges) {
    RecordedTokens tokens = text.stemmed();
    int[] positions = new int[tokens.size()];
    int position = -1;
    for (int i = 0; i < positions.length; i++) {
      position += tokens.increment(i);
      positions[i] = position;
    }
    List<Integer> pairs = new ArrayList<>();
    List<BytesRef> payloads = new ArrayList<>();
    for (int p = 0; p < ranges.size(); p++) {
      int start = ranges.get(p)[0];
      int end = ranges.get(p)[1];
      if (text.text().substring(start, end).isBlank()) {
        continue;
      }
      int from = tokens.firstAtOrAfter(start);
      int to = from;
      while (to < tokens.size() && tokens.end(to) <= end) {
        to++;
      }
      PassageStems stems = PassageStems.of(tokens, text.text(), start, end, language);
      Span span =
          to > from
              ? new Span(positions[from], positions[to - 1], stems.gramCount())
              : new Span(0, -1, 0);
      pairs.add(p);
      payloads.add(span.payload());
    }
    if (!pairs.isEmpty()) {
      d.add(
          new Field(
              Fields.passages(text.slot()),
              new Markers(marker(language, counterpartLanguage), pairs, payloads),
              Fields.PASSAGES));
    }
  }

  /** One marker term at given positions, each with its payload, as a token stream. */
  static final class Markers extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final PayloadAttribute payload = addAttribute(PayloadAttribute.class);
    private final String marker;
    private final List<Integer> positions;
    private final List<BytesRef> payloads;
    private int next;

    Markers(String marker, List<Integer> positions, List<BytesRef> payloads) {
      this.marker = marker;
      this.positions = positions;
      this.payloads = payloads;
    }

    /**
     * The same tokens in the JSON of Solr's {@code PreAnalyzedField} (term, position increment,
     * payload in Base64), as {@link SolrDocuments} sends them.
     */
    String preAnalyzed() {
      StringBuilder json = new StringBuilder("{\"v\":\"1\",\"tokens\":[");
      for (int i = 0; i < positions.size(); i++) {
        BytesRef p = payloads.get(i);
        json.append(i == 0 ? "" : ",")
            .append("{\"t\":\"")
            .append(
                com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(marker))
            .append("\",\"i\":")
            .append(incrementOf(i))
            .append(",\"p\":\"")
            .append(
                java.util.Base64.getEncoder()
                    .encodeToString(
                        java.util.Arrays.copyOfRange(p.bytes, p.offset, p.offset + p.length)))
            .append("\"}");
      }
      return json.append("]}").toString();
    }

    @Override
    public boolean incrementToken() {
      if (next == positions.size()) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(marker);
      increment.setPositionIncrement(incrementOf(next));
      payload.setPayload(payloads.get(next));
      next++;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }

    /** The position increment of marker {@code i}: from position -1 for the first. */
    private int incrementOf(int i) {
      return i == 0 ? positions.get(0) + 1 : positions.get(i) - positions.get(i - 1);
    }
  }
}
