package dev.dossier.index;

import java.util.List;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/** Every field name of the index, declared once, each with why it has its type and analysis. */
public final class Fields {

  /**
   * Archive document number: a StringField, so re-indexing replaces the document by it, plus doc
   * values so a run can tell added from updated documents.
   */
  public static final String ID = "id";

  /** Title: analysed by the metadata analyzer, stored, offsets in postings for highlighting. */
  public static final String TITLE = "title";

  /** Archive summary: analysed like the title. */
  public static final String SUMMARY = "summary";

  /** Citation, source URL and credits: stored for display only, nobody ranks by them. */
  public static final String CITATION = "citation";

  /** Source URL, stored only. */
  public static final String URL = "url";

  /** Credits, stored only. */
  public static final String CREDITS = "credits";

  /** ISO 639-1 code of the original: a StringField to filter on, doc values to count by (stats). */
  public static final String ORIGINAL_LANGUAGE = "original_language";

  /** ISO 639-1 code of the translation, stored only. */
  public static final String TRANSLATION_LANGUAGE = "translation_language";

  /** The date at its precision ("1958", "1955-06", "1964-01-29"), stored for display. */
  public static final String DATE = "date";

  /**
   * The days the date covers, as an IntRange of epoch days, so a range query matches what it
   * overlaps.
   */
  public static final String DATE_RANGE = "date_range";

  /**
   * The first day the date covers, as doc values for sorting; undated documents have none and sort
   * last.
   */
  public static final String DATE_SORT = "date_sort";

  /**
   * The file the document was read from (absolute path): a StringField to delete or replace a
   * file's documents by, stored for reports, and doc values so a run can list every indexed file
   * quickly.
   */
  public static final String SOURCE = "source";

  /**
   * SHA-256 of the source file's bytes, as doc values: an unchanged file is skipped without parsing
   * it.
   */
  public static final String SOURCE_HASH = "source_hash";

  /**
   * How many documents the source file gave, as doc values on each of them: a file of many records
   * is written in parts, so a run cut short between two commits can leave part of it, and the next
   * run re-reads a file whose documents in the index are fewer than this.
   */
  public static final String SOURCE_DOCUMENTS = "source_documents";

  /**
   * The collection a source file was counted under (its mapping's collection, else its folder), as
   * doc values: the per-collection counts of a run include the files it found unchanged.
   */
  public static final String SOURCE_COLLECTION = "source_collection";

  /**
   * The other files a document's texts were read from (the OCR text files a metadata spreadsheet
   * names), as sorted-set doc values: the next run checks them for changes, and does not index them
   * as documents of their own.
   */
  public static final String SOURCE_COMPANIONS = "source_companions";

  /**
   * The aligned passage pairs of original and translation, as character ranges ({@link
   * dev.dossier.align.Alignment#encode()}): stored only, computed once at index time, read by
   * --parallel, show and concordance.
   */
  public static final String ALIGNMENT = "alignment";

  /**
   * A CRC-32C of the document's other stored fields, stored with them ({@link StoredChecksum}):
   * Lucene checks the checksum of a whole stored-fields file only when asked (CheckIndex, merges),
   * not the blocks it decompresses for one document, so a flipped byte would otherwise reach the
   * user as a quietly different text.
   */
  public static final String CHECKSUM = "checksum";

  /**
   * What turns a word into its name keys without computing them: {@code s:<word,
   * lowercased>:<translit>} and {@code k:<translit>:<phonetic code>}, one term per distinct name of
   * a document, docs only, not stored. A query word found here needs neither ICU's transforms nor
   * Beider–Morse, which take a tenth of a second each to load and run in a fresh process.
   */
  public static final String NAME_KEYS = "name_keys";

  /** Prefix of the word-to-translit terms of {@link #NAME_KEYS}. */
  public static final String NAME_KEYS_WORD = "s:";

  /** Prefix of the translit-to-code terms of {@link #NAME_KEYS}. */
  public static final String NAME_KEYS_CODE = "k:";

  /**
   * Names learnt from the document's aligned passages ({@link NamePairLearner}): {@code
   * <language>:<key>><language>:<key>} in both directions, docs only, not stored. A query name's
   * key finds its translations by a prefix lookup, and a pair's document frequency is how many
   * documents translate it so.
   */
  public static final String LEARNT_NAMES = "learnt_names";

  /**
   * Which of title and date were derived from the text ({@link dev.dossier.model.Derived}), stored
   * only: shown as derived, never ranked by.
   */
  public static final String DERIVED = "derived";

  /**
   * The terms that find a document's duplicates ({@link DuplicateSignature#keys}): the exact hash
   * of its words and the bands of its MinHash signature, docs only, not stored. A search looks its
   * hits' terms up to list the other documents with the same text.
   */
  public static final String DUPLICATE_KEYS = "duplicate_keys";

  /**
   * The document's {@link DuplicateSignature} (Base64), as binary doc values: read for the hits and
   * the candidates a band finds, to tell a near-duplicate from a chance collision, without
   * decompressing their stored texts. Sent to Solr as the string it is, and stored there.
   */
  public static final String DUPLICATE_SIGNATURE = "duplicate_signature";

  /** Characters of a metadata value kept in its doc value (the facet label). */
  static final int FACET_CHARS = 200;

  /**
   * The field of a kind of metadata ({@code subject}, {@code place}, ...): analysed and stored,
   * searched by name ({@code subject:disarmament}), plus sorted-set doc values of the values for
   * counting by facet.
   */
  public static String metadata(dev.dossier.model.MetadataField field) {
    return field.fieldName();
  }

  /** The fields of every kind of metadata, searched by name only. */
  public static final List<String> DESCRIPTIVE_METADATA =
      java.util.Arrays.stream(dev.dossier.model.MetadataField.values())
          .map(Fields::metadata)
          .toList();

  /**
   * The pseudo-language of the title and summary's names: {@code names_meta} holds their name keys,
   * made by the names chain of the metadata's language, so a name in another script finds a
   * document whose title alone names it (Эттли finds "Attlee to Chifley").
   */
  public static final String META = "meta";

  /**
   * The metadata fields that full-text queries search, with an analyzer named in the configuration.
   */
  public static final List<String> SEARCHABLE_METADATA = List.of(TITLE, SUMMARY);

  /**
   * Analysed, stored text with offsets in the postings: the UnifiedHighlighter then highlights from
   * the postings instead of re-analysing the text, which is what keeps snippets of long documents
   * fast.
   */
  static final FieldType STORED_TEXT = textType(true);

  /**
   * The name keys of a text field: same offsets, not stored, because their text is the stored
   * field's; the highlighter marks their matches on it.
   */
  static final FieldType COMPANION_TEXT = textType(false);

  /**
   * The unstemmed companion of a text field: positions without offsets, not stored. Its words stand
   * at the stemmed field's positions, whose offsets the highlighter gives them (the search side's
   * {@code CompanionOffsets}); offsets were half of the field's postings.
   */
  static final FieldType EXACT_TEXT = exactType();

  /**
   * The aligned passages of a language ({@link PassageMarkers}): one marker a passage, positions
   * and payloads, no offsets, no norms, not stored.
   */
  static final FieldType PASSAGES = passagesType();

  private Fields() {}

  /** The stemmed full-text field of a language: {@code text_ru}. */
  public static String text(String language) {
    return "text_" + language;
  }

  /** The unstemmed companion field of a language: {@code text_ru_exact}. */
  public static String exact(String language) {
    return "text_" + language + "_exact";
  }

  /**
   * The name-key field of a language: {@code names_ru}, cross-script keys of its capitalised words.
   */
  public static String names(String language) {
    return "names_" + language;
  }

  /**
   * The phonetic codes of a name-key field's words: {@code phonetic_ru} for {@code names_ru}, one
   * {@code p:<code>:<translit>} term ({@link dev.dossier.analysis.NameKeyFilter#phoneticTerm}) per
   * distinct code of a document's names, docs only. A code names the translit keys that have it;
   * the phonetic level then searches those keys in the name-key field, whose {@code t:} terms have
   * the same documents, positions and offsets. Kept apart from the positional name-key field, the
   * codes (three in four of its terms) cost neither positions nor offsets: the index is a tenth
   * smaller. A Solr core fills it by a copy field, whose names chain keeps only the codes.
   */
  public static String phonetic(String namesField) {
    return PHONETIC + namesField.substring("names_".length());
  }

  /** Whether {@code field} is one of the {@link #phonetic} fields. */
  public static boolean isPhonetic(String field) {
    return field.startsWith(PHONETIC);
  }

  private static final String PHONETIC = "phonetic_";

  /**
   * The unstemmed field of the texts a name-key field keys: {@code text_en_exact} for {@code
   * names_en} (none is indexed for the title's and summary's names).
   */
  public static String exactOfNames(String namesField) {
    return exact(namesField.substring("names_".length()));
  }

  /**
   * The aligned passages of a language's texts, one marker a pair, for concordances ({@link
   * PassageMarkers}): {@code passages_ru}.
   */
  public static String passages(String language) {
    return "passages_" + language;
  }

  private static FieldType passagesType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.freeze();
    return type;
  }

  private static FieldType exactType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.freeze();
    return type;
  }

  private static FieldType textType(boolean stored) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
