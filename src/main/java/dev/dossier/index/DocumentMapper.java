package dev.dossier.index;

import dev.dossier.align.Alignment;
import dev.dossier.analysis.NameKeyFilter;
import dev.dossier.analysis.NameKeys;
import dev.dossier.analysis.RecordedTokens;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.Derived;
import dev.dossier.model.MetadataField;
import dev.dossier.model.PartialDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * The one place where an {@link ArchiveDocument} becomes a Lucene document, and back from stored
 * fields.
 */
public final class DocumentMapper {

  private final IndexSchema schema;

  /** Made on first use: a searcher maps documents back without it. */
  private volatile NamePairLearner learner;

  /** A mapper for the fields and languages of {@code schema}. */
  public DocumentMapper(IndexSchema schema) {
    this.schema = schema;
  }

  private NamePairLearner learner() {
    if (learner == null) {
      learner =
          new NamePairLearner(
              new dev.dossier.analysis.Transcriber(
                  dev.dossier.config.TranscriptionTable.load(schema.configDirectory())));
    }
    return learner;
  }

  /**
   * The Lucene document for one analysed archive document read from the file {@code stamp}
   * describes: its texts are indexed from their recorded analysis, not analysed again; of the
   * name-key entries, only those the run's {@code ledger} has not seen.
   */
  Document toLucene(
      AnalysedDocument analysed,
      SourceStamp stamp,
      List<java.nio.file.Path> companions,
      NameKeyLedger ledger) {
    Document d = metadata(analysed.document());
    String titleAndSummary = analysed.document().title() + "\n\n" + analysed.document().summary();
    addNames(
        d,
        Fields.names(Fields.META),
        titleAndSummary,
        RecordedTokens.of(
            schema.analyzer().tokenStream(Fields.names(Fields.META), titleAndSummary)));
    // The original goes first, so that when both texts fall in one language slot, value 0 is the
    // original.
    addText(d, analysed.original(), ledger);
    addText(d, analysed.translation(), ledger);
    d.add(new SortedDocValuesField(Fields.SOURCE_HASH, new BytesRef(stamp.hash())));
    d.add(new NumericDocValuesField(Fields.SOURCE_DOCUMENTS, stamp.documents()));
    d.add(new SortedDocValuesField(Fields.SOURCE_COLLECTION, new BytesRef(stamp.collection())));
    for (java.nio.file.Path companion : companions) {
      d.add(
          new SortedSetDocValuesField(
              Fields.SOURCE_COMPANIONS, new BytesRef(SourcePath.of(companion))));
    }
    d.add(new StoredField(Fields.ALIGNMENT, analysed.alignment().encode()));
    PassageMarkers.add(d, analysed);
    addDuplicateSignature(d, analysed);
    for (String pair : learner().terms(analysed)) {
      d.add(new StringField(Fields.LEARNT_NAMES, pair, Field.Store.NO));
    }
    StoredChecksum.add(d);
    return d;
  }

  /** The alignment stored with a document; empty when it has none. */
  public static Alignment alignment(Document d) {
    return Alignment.decode(d.get(Fields.ALIGNMENT));
  }

  private static Document metadata(ArchiveDocument doc) {
    Document d = new Document();
    d.add(new StringField(Fields.ID, doc.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.ID, new BytesRef(doc.id())));
    d.add(new Field(Fields.TITLE, doc.title(), Fields.STORED_TEXT));
    d.add(new Field(Fields.SUMMARY, doc.summary(), Fields.STORED_TEXT));
    d.add(new StoredField(Fields.CITATION, doc.citation()));
    d.add(new StoredField(Fields.URL, doc.url()));
    d.add(new StoredField(Fields.CREDITS, doc.credits()));
    d.add(new StringField(Fields.ORIGINAL_LANGUAGE, doc.originalLanguage(), Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.ORIGINAL_LANGUAGE, new BytesRef(doc.originalLanguage())));
    d.add(new StoredField(Fields.TRANSLATION_LANGUAGE, doc.translationLanguage()));
    d.add(new StringField(Fields.SOURCE, doc.source(), Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.SOURCE, new BytesRef(doc.source())));
    doc.derived().forEach(derived -> d.add(new StoredField(Fields.DERIVED, derived.fieldName())));
    doc.date().ifPresent(date -> addDate(d, date));
    doc.metadata().forEach((field, values) -> addMetadata(d, field, values));
    return d;
  }

  /**
   * A kind of metadata: each value analysed and stored (searched as {@code subject:...}), and as a
   * doc value for counting documents by value (the facets of stats); a doc value keeps the first
   * {@link Fields#FACET_CHARS} characters, because doc values are capped in bytes and a facet is a
   * label.
   */
  private static void addMetadata(Document d, MetadataField field, List<String> values) {
    String name = Fields.metadata(field);
    java.util.Set<String> counted = new java.util.HashSet<>();
    for (String value : values) {
      d.add(new Field(name, value, TextField.TYPE_STORED));
      String label =
          value.length() > Fields.FACET_CHARS ? value.substring(0, Fields.FACET_CHARS) : value;
      if (counted.add(FacetLabels.fold(label))) { // one spelling of a value per document
        d.add(new SortedSetDocValuesField(name, new BytesRef(label)));
      }
    }
  }

  private static void addDuplicateSignature(Document d, AnalysedDocument analysed) {
    DuplicateSignature.of(List.of(analysed.original().exact(), analysed.translation().exact()))
        .ifPresent(
            signature -> {
              for (String key : signature.keys()) {
                d.add(new StringField(Fields.DUPLICATE_KEYS, key, Field.Store.NO));
              }
              d.add(
                  new org.apache.lucene.document.BinaryDocValuesField(
                      Fields.DUPLICATE_SIGNATURE, new BytesRef(signature.encode())));
            });
  }

  /** The three fields of a text, each indexed from the tokens its chain recorded. */
  private static void addText(Document d, TextTokens text, NameKeyLedger ledger) {
    if (text.text().isBlank()) {
      return;
    }
    String slot = text.slot();
    Field stored = new Field(Fields.text(slot), text.text(), Fields.STORED_TEXT);
    stored.setTokenStream(
        text.stemmed().replay()); // stored as the text, indexed from the recorded analysis
    d.add(stored);
    d.add(new Field(Fields.exact(slot), text.exact().replay(), Fields.EXACT_TEXT));
    addNames(d, Fields.names(slot), text.text(), text.names());
    for (String term : nameKeyTerms(text, ledger)) {
      d.add(new StringField(Fields.NAME_KEYS, term, Field.Store.NO));
    }
  }

  /**
   * A name-key field of {@code text} from its recorded tokens: the translit keys with their
   * positions and offsets, the phonetic codes once a document in a field of their own ({@link
   * Fields#phonetic}). The field keeps the text as its value for Solr, which analyses it itself.
   */
  private static void addNames(Document d, String field, String text, RecordedTokens names) {
    Field keys = new Field(field, text, Fields.COMPANION_TEXT);
    keys.setTokenStream(names.replayWithout(NameKeyFilter.PHONETIC));
    d.add(keys);
    java.util.Set<String> codes = new java.util.HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      if (names.termStartsWith(i, NameKeyFilter.PHONETIC) && codes.add(names.term(i))) {
        d.add(new StringField(Fields.phonetic(field), names.term(i), Field.Store.NO));
      }
    }
  }

  /**
   * The {@link Fields#NAME_KEYS} terms of a text's names that {@code ledger} has not seen in this
   * run, from the name-key tokens its analysis recorded: a word's {@code s:<word>:<translit>}, and
   * once per translit key its {@code k:<translit>:<code>} terms.
   */
  static java.util.Set<String> nameKeyTerms(TextTokens text, NameKeyLedger ledger) {
    java.util.Set<String> terms = new java.util.LinkedHashSet<>();
    RecordedTokens names = text.names();
    String translit = null;
    boolean newTranslit = false;
    for (int i = 0; i < names.size(); i++) {
      if (names.termStartsWith(i, NameKeyFilter.TRANSLIT)) {
        translit = names.term(i).substring(NameKeyFilter.TRANSLIT.length());
        String word = NameKeys.lookupForm(text.text().substring(names.start(i), names.end(i)));
        String wordTerm = Fields.NAME_KEYS_WORD + word + ":" + translit;
        if (ledger.firstTime(wordTerm)) {
          terms.add(wordTerm);
        }
        newTranslit = ledger.firstTime(Fields.NAME_KEYS_CODE + translit);
      } else if (newTranslit && names.termStartsWith(i, NameKeyFilter.PHONETIC)) {
        String term = names.term(i); // p:<code>:<translit>
        String code = term.substring(NameKeyFilter.PHONETIC.length(), term.lastIndexOf(':'));
        terms.add(Fields.NAME_KEYS_CODE + translit + ":" + code);
      }
    }
    return terms;
  }

  private static void addDate(Document d, PartialDate date) {
    int first = (int) date.firstDay().toEpochDay();
    int last = (int) date.lastDay().toEpochDay();
    d.add(new StoredField(Fields.DATE, date.toString()));
    d.add(new IntRange(Fields.DATE_RANGE, new int[] {first}, new int[] {last}));
    d.add(new NumericDocValuesField(Fields.DATE_SORT, first));
  }

  /** The archive document as stored in the index. */
  public ArchiveDocument fromLucene(Document d) {
    String originalLanguage = value(d, Fields.ORIGINAL_LANGUAGE);
    String translationLanguage = value(d, Fields.TRANSLATION_LANGUAGE);
    Map<String, Deque<String>> texts = new HashMap<>();
    for (String language : schema.languages()) {
      Deque<String> values = new ArrayDeque<>();
      for (IndexableField field : d.getFields(Fields.text(language))) {
        values.add(field.stringValue());
      }
      texts.put(language, values);
    }
    String original = next(texts, schema.indexLanguage(originalLanguage));
    String translation =
        translationLanguage.isEmpty() ? "" : next(texts, schema.indexLanguage(translationLanguage));
    return ArchiveDocument.builder(value(d, Fields.ID))
        .title(value(d, Fields.TITLE))
        .date(Optional.ofNullable(d.get(Fields.DATE)).flatMap(PartialDate::parse))
        .citation(value(d, Fields.CITATION))
        .url(value(d, Fields.URL))
        .summary(value(d, Fields.SUMMARY))
        .credits(value(d, Fields.CREDITS))
        .original(originalLanguage, original)
        .translation(translationLanguage, translation)
        .metadata(metadata(d))
        .source(value(d, Fields.SOURCE))
        .derived(derived(d))
        .build();
  }

  private static Map<MetadataField, List<String>> metadata(Document d) {
    Map<MetadataField, List<String>> metadata = new java.util.EnumMap<>(MetadataField.class);
    for (MetadataField field : MetadataField.values()) {
      String[] values = d.getValues(Fields.metadata(field));
      if (values.length > 0) {
        metadata.put(field, List.of(values));
      }
    }
    return metadata;
  }

  private static java.util.Set<Derived> derived(Document d) {
    java.util.Set<Derived> derived = java.util.EnumSet.noneOf(Derived.class);
    for (String name : d.getValues(Fields.DERIVED)) {
      derived.add(Derived.valueOf(name.toUpperCase(java.util.Locale.ROOT)));
    }
    return derived;
  }

  private static String next(Map<String, Deque<String>> texts, String slot) {
    Deque<String> values = texts.get(slot);
    return values == null || values.isEmpty() ? "" : values.poll();
  }

  private static String value(Document d, String field) {
    String v = d.get(field);
    return v == null ? "" : v;
  }
}
