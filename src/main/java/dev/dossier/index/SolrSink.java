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
 * not hold is only added.
 */
final class SolrSink implements IndexSink {

  private final SolrHttp solr;
  private final IndexSnapshot before;

  /** A sink into {@code solr}, which held {@code before}. */
  SolrSink(SolrHttp solr, IndexSnapshot before) {
    this.solr = solr;
    this.before = before;
  }

  @Override
  public void deleteSource(String source) throws IOException {
    update("{\"delete\":{\"query\":" + SolrHttp.json(bySource(source)) + "}}", false);
  }

  @Override
  public void replace(String source, List<String> ids, List<Document> documents)
      throws IOException {
    // Solr's JSON update commands run in the order written, and a command may be repeated; an
    // added document replaces the one with its id
    StringBuilder body = new StringBuilder("{");
    if (source != null && before.file(source) != null) {
      body.append("\"delete\":{\"query\":").append(SolrHttp.json(bySource(source))).append('}');
    }
    for (Document d : documents) {
      body.append(body.length() > 1 ? "," : "")
          .append("\"add\":{\"doc\":")
          .append(SolrHttp.json(SolrDocuments.values(d)))
          .append('}');
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
