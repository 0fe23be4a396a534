package dev.dossier.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;

/**
 * A SolrCloud collection as a run's sink: each replacement one request to {@code /update} (the
 * file's old documents and the ids deleted, then the new documents added, in that order), the
 * documents' fields as {@link SolrDocuments} gives them from the Lucene documents the run made.
 */
final class SolrSink implements IndexSink {

  private final SolrHttp solr;

  SolrSink(SolrHttp solr) {
    this.solr = solr;
  }

  @Override
  public void deleteSource(String source) throws IOException {
    update("{\"delete\":{\"query\":" + SolrHttp.json(bySource(source)) + "}}", false);
  }

  @Override
  public void replace(String source, List<String> ids, List<Document> documents)
      throws IOException {
    // Solr's JSON update commands run in the order written, and a command may be repeated
    StringBuilder body = new StringBuilder("{");
    if (source != null) {
      body.append("\"delete\":{\"query\":").append(SolrHttp.json(bySource(source))).append("},");
    }
    body.append("\"delete\":").append(SolrHttp.json(ids));
    for (Document d : documents) {
      body.append(",\"add\":{\"doc\":").append(SolrHttp.json(SolrDocuments.values(d))).append('}');
    }
    update(body.append('}').toString(), false);
  }

  @Override
  public void commit() throws IOException {
    update("{\"commit\":{}}", true);
  }

  /** Deletes every document of the collection, for a rebuild. */
  void deleteAll() throws IOException {
    update("{\"delete\":{\"query\":\"*:*\"}}", false);
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
