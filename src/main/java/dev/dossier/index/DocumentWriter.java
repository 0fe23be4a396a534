package dev.dossier.index;

import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.MetadataField;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;

/**
 * Writes one source file's documents in place of its old ones: analysed, mapped, each stamped with
 * its file (path, hash, document count, collection). A file of at most {@link #PART} documents is
 * replaced in one atomic call; a larger one has its old documents deleted, then is written part by
 * part, so that a file of thousands of records (JSON Lines, CSV) never holds more than one part's
 * analysed documents in memory; its stamp lets the next run see a file cut short by a crash.
 * Thread-safe: workers write different files at once.
 */
final class DocumentWriter {

  /** Documents written in one call, at most. */
  static final int PART = 64;

  private final IndexSink sink;
  private final DocumentAnalyser analyser;
  private final DocumentMapper mapper;
  private final Commits commits;
  private final Consumer<ArchiveDocument> written;
  private final NameKeyLedger nameKeys = new NameKeyLedger();

  /**
   * A writer of documents into {@code writer}, which tells {@code written} of each document once it
   * is written.
   */
  DocumentWriter(
      IndexWriter writer,
      DocumentAnalyser analyser,
      DocumentMapper mapper,
      Commits commits,
      Consumer<ArchiveDocument> written) {
    this(new LuceneSink(writer), analyser, mapper, commits, written);
  }

  /** A writer of documents into {@code sink}. */
  DocumentWriter(
      IndexSink sink,
      DocumentAnalyser analyser,
      DocumentMapper mapper,
      Commits commits,
      Consumer<ArchiveDocument> written) {
    this.sink = sink;
    this.analyser = analyser;
    this.mapper = mapper;
    this.commits = commits;
    this.written = written;
  }

  /**
   * Writes {@code documents}, read from {@code source}, in place of the file's old documents and of
   * any document with the same id; {@code companions} are, by id, the files a document's texts were
   * read from.
   */
  void write(
      String source,
      SourceStamp stamp,
      List<ArchiveDocument> documents,
      Map<String, List<Path>> companions)
      throws IOException {
    boolean inParts = documents.size() > PART;
    if (inParts) {
      sink.deleteSource(source);
    }
    for (int from = 0; from < documents.size(); from += PART) {
      List<ArchiveDocument> part = documents.subList(from, Math.min(documents.size(), from + PART));
      List<String> ids = new ArrayList<>();
      List<Document> lucene = new ArrayList<>();
      for (ArchiveDocument doc : part) {
        ArchiveDocument stamped = withCollection(doc.withSource(source), stamp.collection());
        ids.add(stamped.id());
        lucene.add(
            mapper.toLucene(
                analyser.analyse(stamped),
                stamp,
                companions.getOrDefault(stamped.id(), List.of()),
                nameKeys));
      }
      sink.replace(inParts ? null : source, ids, lucene);
      part.forEach(written);
      commits.written(part.size());
    }
  }

  /**
   * The document, with {@code collection} as its collection when its reader named none; for the
   * embedded index and for Solr ({@link SolrDocuments}) alike.
   */
  static ArchiveDocument withCollection(ArchiveDocument d, String collection) {
    if (!d.metadata(MetadataField.COLLECTION).isEmpty() || collection.isEmpty()) {
      return d;
    }
    return d.withMetadata(MetadataField.COLLECTION, List.of(collection));
  }
}
