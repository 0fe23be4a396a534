package dev.dossier.solr;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.schema.SchemaField;
import org.apache.solr.schema.TextField;

/**
 * A metadata value (collection, subject, person...) as the embedded index holds it: analysed text,
 * searchable by field name, and under the same name a sorted-set doc value of its first 200
 * characters, which facets count.
 */
public final class MetadataTextField extends TextField {

  /** Characters of a value kept as its facet label, as {@code Fields.FACET_CHARS}. */
  static final int FACET_CHARS = 200;

  @Override
  public List<IndexableField> createFields(SchemaField field, Object value) {
    List<IndexableField> fields = new ArrayList<>();
    IndexableField text = createField(field, value);
    if (text != null) {
      fields.add(text);
    }
    String label = value.toString();
    label = label.length() > FACET_CHARS ? label.substring(0, FACET_CHARS) : label;
    fields.add(new SortedSetDocValuesField(field.getName(), new BytesRef(label)));
    return fields;
  }
}
