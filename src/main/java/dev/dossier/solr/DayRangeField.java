package dev.dossier.solr;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.SortField;
import org.apache.solr.response.TextResponseWriter;
import org.apache.solr.schema.FieldType;
import org.apache.solr.schema.SchemaField;
import org.apache.solr.uninverting.UninvertingReader;

/**
 * A date as the range of days it covers ({@code first,last} in epoch days), indexed as Lucene's
 * {@link IntRange}, as the embedded index does: the date queries Dossier builds (overlap of ranges)
 * run on it unchanged.
 */
public final class DayRangeField extends FieldType {

  @Override
  public List<IndexableField> createFields(SchemaField field, Object value) {
    String[] days = value.toString().split(",");
    if (days.length != 2) {
      throw new IllegalArgumentException(
          field.getName() + ": expected 'first,last' epoch days, got " + value);
    }
    int first = Integer.parseInt(days[0].strip());
    int last = Integer.parseInt(days[1].strip());
    return List.of(new IntRange(field.getName(), new int[] {first}, new int[] {last}));
  }

  @Override
  public IndexableField createField(SchemaField field, Object value) {
    return createFields(field, value).get(0);
  }

  @Override
  public UninvertingReader.Type getUninversionType(SchemaField field) {
    return null;
  }

  @Override
  public void write(TextResponseWriter writer, String name, IndexableField f) throws IOException {
    writer.writeStr(name, f.stringValue(), false);
  }

  @Override
  public SortField getSortField(SchemaField field, boolean top) {
    throw new UnsupportedOperationException(
        field.getName() + " is a range of days; sort by date_sort");
  }
}
