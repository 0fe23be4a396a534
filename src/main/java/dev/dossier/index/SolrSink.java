package dev.dossier.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;

/**
 * A SolrCloud collection as a run's sink: each replacement one request to {@code /update} (the
 * file's old documents deleted when the collection had some, then the new documents added, which
 * replace any document with the same id, Solr's unique key), the documents' fields as {@link
 * SolrDocuments} gives them from the Lucene documents the run made. A delete by query is dear on
 * SolrCloud (each replica orders it against the updates in flight), so a file the collection did
 * not hold is only added. Commands are sent {@link #BATCH} documents at a time, in the order the
 * run gave them (one request per file of one document made indexing 0.11 times the embedded index's
 * speed on the benchmark); a commit sends what is pending first.
 */
final class SolrSink implements IndexSink {

  /** Documents sent in one request, at most. */
  static final int BATCH = 200;

  private final SolrHttp solr;
  private final IndexSnapshot before;
  private final StringBuilder pending = new StringBuilder();
  private int pendingDocuments;

  /** A sink into {@code solr}, which held {@code before}. */
  SolrSink(SolrHttp solr, IndexSnapshot before) {
    this.solr = solr;
    this.before = before;
  }

  @Override
  public synchronized void deleteSource(String source) throws IOException {
    command("\"delete\":{\"query\":" + SolrHttp.json(bySource(source)) + "}");
  }

  @Override
  public synchronized void replace(String source, List<String> ids, List<Document> documents)
      throws IOException {
    // Solr's JSON update commands run in the order written, and a command may be repeated; an
    // added document replaces the one with its id
    if (source != null && before.file(source) != null) {
      command("\"delete\":{\"query\":" + SolrHttp.json(bySource(source)) + "}");
    }
    for (Document d : documents) {
      command("\"add\":{\"doc\":" + SolrHttp.json(SolrDocuments.values(d)) + "}");
      pendingDocuments++;
    }
    if (pendingDocuments >= BATCH) {
      flush();
    }
  }

  @Override
  public synchronized void commit() throws IOException {
    flush();
    update("{\"commit\":{}}", true);
  }

  /** Deletes every document of the collection, for a rebuild. */
  synchronized void deleteAll() throws IOException {
    command("\"delete\":{\"query\":\"*:*\"}");
    flush();
  }

  private void command(String command) {
    pending.append(pending.length() == 0 ? "" : ",").append(command);
  }

  private void flush() throws IOException {
    if (pending.length() > 0) {
      String body = "{" + pending + "}";
      pending.setLength(0);
      pendingDocuments = 0;
      update(body, false);
    }
  }

  private static String bySource(String source) {
    return "{!term f=" + Fields.SOURCE + "}" + source;
  }

  private void update(String body, boolean commit) throws IOException {
    try {
      solr.post("/update", commit ? "commit=true&wt=json" : "wt=json", body);
    } catch (NoCollectionException e) {
      throw new SolrUnreachableException(e.getMessage());
    } catch (SolrHttp.BadRequest e) {
      throw new SolrUnreachableException("Solr refused a document: " + e.getMessage());
    }
  }
}
