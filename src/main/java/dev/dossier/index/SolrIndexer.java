package dev.dossier.index;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.ingest.files.CorpusFiles;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code dossier index --solr URL}: the files of a request indexed into a SolrCloud collection by
 * the run the embedded index uses ({@link IndexRun}: read, analysed, aligned and mapped by Dossier,
 * incremental by content hash, {@code --prune}, the same report), written through a {@link
 * SolrSink}. What the collection already holds is read from its documents' source stamps.
 */
public final class SolrIndexer {

  /** Documents read per request when the collection's stamps are read. */
  private static final int PAGE = 5000;

  private final IndexRun.Stages stages;

  /** An indexer of the fields of {@code schema}, as the configset of the same schema declares. */
  public SolrIndexer(IndexSchema schema) {
    this.stages = IndexRun.Stages.of(schema);
  }

  /** Runs {@code request} (its index folder unused) against the collection at {@code url}. */
  public IndexReport index(IndexRequest request, String url)
      throws IOException, NoCollectionException {
    SolrHttp solr = SolrHttp.of(url);
    long start = System.nanoTime();
    IndexSnapshot before = request.rebuild() ? IndexSnapshot.empty() : snapshot(solr);
    CorpusFiles.Listing listing = CorpusFiles.list(request.paths());
    long bytes = listing.files().stream().mapToLong(IndexRun::size).sum();
    request.progress().started(listing.files().size(), bytes);
    try {
      SolrSink sink = new SolrSink(solr, before);
      if (request.rebuild()) {
        sink.deleteAll();
      }
      IndexRun run = new IndexRun(sink, request, before, stages);
      run.unreadable(listing.unreadable());
      run.indexAll(listing.files());
      if (request.prune()) {
        run.prune(listing.files());
      }
      sink.commit();
      return run.report(listing, bytes, (System.nanoTime() - start) / 1e9);
    } finally {
      request.progress().finished();
    }
  }

  /** The source stamps of the collection's documents, read page by page (a cursor over ids). */
  static IndexSnapshot snapshot(SolrHttp solr) throws IOException, NoCollectionException {
    IndexSnapshot.Stamps stamps = new IndexSnapshot.Stamps();
    String cursor = "*";
    while (true) {
      Map<String, String> params = new LinkedHashMap<>();
      params.put("q", "*:*");
      params.put("defType", "lucene");
      params.put(
          "fl",
          String.join(
              ",",
              Fields.ID,
              Fields.SOURCE,
              Fields.SOURCE_HASH,
              Fields.SOURCE_DOCUMENTS,
              Fields.SOURCE_COLLECTION,
              Fields.SOURCE_COMPANIONS));
      params.put("sort", Fields.ID + " asc");
      params.put("rows", Integer.toString(PAGE));
      params.put("cursorMark", cursor);
      params.put("wt", "json");
      JsonNode page;
      try {
        page = solr.get("/select", SolrHttp.query(params));
      } catch (SolrHttp.BadRequest e) {
        throw solr.refusal("is no Dossier collection", e);
      }
      for (JsonNode doc : page.path("response").path("docs")) {
        java.util.List<String> companions = new java.util.ArrayList<>();
        doc.path(Fields.SOURCE_COMPANIONS).forEach(c -> companions.add(c.asText()));
        stamps.add(
            doc.path(Fields.ID).asText(),
            doc.path(Fields.SOURCE).asText(null),
            doc.path(Fields.SOURCE_HASH).asText(null),
            doc.has(Fields.SOURCE_DOCUMENTS) ? doc.path(Fields.SOURCE_DOCUMENTS).asLong() : null,
            doc.path(Fields.SOURCE_COLLECTION).asText(null),
            companions);
      }
      String next = page.path("nextCursorMark").asText(cursor);
      if (next.equals(cursor)) {
        break;
      }
      cursor = next;
    }
    return stamps.snapshot();
  }
}
