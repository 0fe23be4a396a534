package dev.dossier.index;

import dev.dossier.model.ArchiveDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * A document for Solr, made from the Lucene document of the one mapper ({@link DocumentMapper}), so
 * that Solr indexes what the embedded index does: the field values as the configset's fields take
 * them ({@link SolrConfigset}). The companions of each text ({@code text_ru_exact}, {@code
 * names_ru}) are not sent: Solr copies the text into them and analyses it by their chains. The
 * name-key table, the learnt names and the alignment are computed here, by Dossier, as for the
 * embedded index.
 */
public final class SolrDocuments {

  /**
   * Fields Solr makes from another (copy fields), or that only the embedded index has (its stored
   * checksum).
   */
  private static final Set<String> NOT_SENT_PREFIXES = Set.of(Fields.CHECKSUM);

  private final IndexSchema schema;
  private final DocumentAnalyser analyser;
  private final DocumentMapper mapper;
  private final NameKeyLedger ledger = new NameKeyLedger();

  /** Documents for the fields and chains of {@code schema}. */
  public SolrDocuments(IndexSchema schema) {
    this.schema = schema;
    this.analyser = new DocumentAnalyser(schema);
    this.mapper = new DocumentMapper(schema);
  }

  /**
   * The fields of {@code doc} read from a file whose hash is {@code hash}, by name, each with its
   * values.
   */
  public Map<String, List<Object>> of(
      ArchiveDocument doc, String hash, int documentsInFile, String collection) {
    Document lucene =
        mapper.toLucene(
            analyser.analyse(DocumentWriter.withCollection(doc, collection)),
            new SourceStamp(hash, documentsInFile, collection),
            List.of(),
            ledger);
    return values(lucene);
  }

  /** The Lucene document's fields as Solr input values. */
  static Map<String, List<Object>> values(Document d) {
    Map<String, List<Object>> fields = new LinkedHashMap<>();
    for (IndexableField f : d.getFields()) {
      String name = f.name();
      if (NOT_SENT_PREFIXES.contains(name) || isCompanion(name)) {
        continue;
      }
      Object value = value(f);
      if (value == null) {
        continue;
      }
      List<Object> values = fields.computeIfAbsent(name, k -> new ArrayList<>());
      if (!values.contains(value)) { // a value indexed and kept as a doc value is one value to Solr
        values.add(value);
      }
    }
    return fields;
  }

  /**
   * A text's companion fields and the phonetic codes of names, which Solr fills by copy fields;
   * names_meta is sent, being title and summary.
   */
  private static boolean isCompanion(String name) {
    return (name.endsWith("_exact") && name.startsWith("text_"))
        || (name.startsWith("names_") && !name.equals(Fields.names(Fields.META)))
        || Fields.isPhonetic(name);
  }

  /**
   * The value Solr takes for one Lucene field: text, a number, a label, a range of days as
   * "first,last".
   */
  private static Object value(IndexableField f) {
    if (f instanceof Field field
        && field.tokenStreamValue() instanceof PassageMarkers.Markers markers) {
      return markers.preAnalyzed();
    }
    if (f instanceof IntRange range) {
      return range.getMin(0) + "," + range.getMax(0);
    }
    if (f.stringValue() != null) {
      return f.stringValue();
    }
    if (f.numericValue() != null) {
      return f.numericValue().intValue();
    }
    BytesRef bytes = f.binaryValue();
    return bytes == null ? null : bytes.utf8ToString();
  }
}
