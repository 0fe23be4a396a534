package dev.dossier.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;

/**
 * Each document carries a CRC-32C of its stored fields, and every document Dossier reads whole is
 * checked against it: the bytes a command decompresses are verified as it reads them, at the cost
 * of a CRC over the document (a few microseconds), where Lucene verifies a stored-fields file only
 * whole, by CheckIndex. Documents indexed before this field existed have none and are read
 * unverified.
 */
public final class StoredChecksum {

  private StoredChecksum() {}

  /**
   * Adds the checksum of the stored fields {@code d} holds so far; the last field a document gets.
   */
  static void add(Document d) {
    d.add(new StoredField(Fields.CHECKSUM, crc(d)));
  }

  /** Reads document {@code docId} whole and verifies it against its checksum. */
  public static Document read(StoredFields stored, int docId) throws IOException {
    Document d = stored.document(docId);
    IndexableField recorded = d.getField(Fields.CHECKSUM);
    if (recorded != null
        && recorded.numericValue() != null
        && recorded.numericValue().longValue() != crc(d)) {
      String id = d.get(Fields.ID);
      throw new IndexDamagedException(
          "the stored text of document "
              + (id == null ? "#" + docId : "'" + id + "'")
              + " fails its checksum: the index is damaged (run dossier check, then rebuild it with"
              + " dossier index --rebuild PATH...)",
          null);
    }
    return d;
  }

  /**
   * The CRC of every stored field but the checksum itself, names and values, in the order they are
   * stored.
   */
  private static long crc(Document d) {
    CRC32C crc = new CRC32C();
    for (IndexableField field : d.getFields()) {
      if (field.name().equals(Fields.CHECKSUM) || !isStoredValue(field)) {
        continue;
      }
      crc.update(field.name().getBytes(StandardCharsets.UTF_8));
      crc.update(0);
      BytesRef binary = field.binaryValue();
      if (binary != null) {
        crc.update(binary.bytes, binary.offset, binary.length);
      } else if (field.stringValue() != null) {
        crc.update(field.stringValue().getBytes(StandardCharsets.UTF_8));
      } else if (field.numericValue() != null) {
        crc.update(field.numericValue().toString().getBytes(StandardCharsets.UTF_8));
      }
      crc.update(0);
    }
    return crc.getValue();
  }

  /** Fields stored with the document: what a reader gets back (when reading, every field is). */
  private static boolean isStoredValue(IndexableField field) {
    return field.fieldType().stored();
  }
}
