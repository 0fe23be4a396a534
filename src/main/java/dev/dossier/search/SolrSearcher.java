package dev.dossier.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.index.Fields;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search of a Dossier collection on SolrCloud, for {@code dossier search --solr URL}: the same
 * request, answered as the embedded index answers it. Each shard plans the query with Dossier's
 * parser ({@code defType=dossier}) and makes its hits with Dossier's hit code ({@code [dossier]}),
 * so this class only asks and reads: one HTTP request to {@code /select} (Java's own HTTP client
 * and Jackson; no Solr class enters the command line), and one more that counts the documents that
 * match only by similarity.
 */
public final class SolrSearcher {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI collection;
  private final HttpClient http;

  private SolrSearcher(URI collection) {
    this.collection = collection;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /**
   * A searcher of the collection at {@code url} ({@code http://host:8983/solr/COLLECTION}); throws
   * when it is no such URL.
   */
  public static SolrSearcher of(String url) throws NoCollectionException {
    URI uri;
    try {
      uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    } catch (IllegalArgumentException e) {
      throw new NoCollectionException("--solr: not a URL: " + url);
    }
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null
        || uri.getPath() == null
        || uri.getPath().split("/").length < 3) {
      throw new NoCollectionException(
          "--solr must be the URL of a collection, such as http://localhost:8983/solr/dossier,"
              + " not '"
              + url
              + "'");
    }
    return new SolrSearcher(uri);
  }

  /** The results of {@code request}, as {@link Searcher#search} gives them. */
  public SearchResults search(SearchRequest request)
      throws IOException, QuerySyntaxException, NoCollectionException {
    long start = System.nanoTime();
    JsonNode listed = select(request, request.similar(), request.limit(), true);
    long total = listed.path("response").path("numFound").asLong();
    long similar = 0;
    boolean similarListed = false;
    if (!request.similar()) {
      long all = select(request, true, 0, false).path("response").path("numFound").asLong();
      similar = all - total;
      if (total == 0 && similar > 0) {
        // nothing matches for certain: the similar matches are listed, and said to be
        listed = select(request, true, request.limit(), true);
        similarListed = true;
      }
    }
    List<SearchHit> hits = new ArrayList<>();
    for (JsonNode doc : listed.path("response").path("docs")) {
      SearchHit h = SearchHitJson.read(doc.path("[dossier]").asText());
      hits.add(
          new SearchHit(
              h.id(),
              (float) doc.path("score").asDouble(),
              h.title(),
              h.date(),
              h.collection(),
              h.highlights(),
              h.matches(),
              h.parallel()));
    }
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    for (String field : request.facets()) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      JsonNode values = listed.path("facet_counts").path("facet_fields").path(field);
      for (int i = 0; i + 1 < values.size(); i += 2) {
        counts.put(values.get(i).asText(), values.get(i + 1).asInt());
      }
      facets.put(field, counts);
    }
    long took = (System.nanoTime() - start) / 1_000_000;
    return similarListed
        ? new SearchResults(took, 0, false, hits, facets, similar, false, true)
        : new SearchResults(took, total, false, hits, facets, similar, false, false);
  }

  /** One request to {@code /select}; the parsed answer. */
  private JsonNode select(SearchRequest request, boolean similar, int rows, boolean withHits)
      throws IOException, QuerySyntaxException, NoCollectionException {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("q", request.query());
    params.put("defType", "dossier");
    params.put("wt", "json");
    params.put("rows", Integer.toString(rows));
    params.put("start", Integer.toString(withHits ? request.offset() : 0));
    params.put("fl", withHits ? "id,score,[dossier]" : "id");
    params.put("dossier.exact", Boolean.toString(request.exact()));
    params.put("dossier.similar", Boolean.toString(similar));
    params.put("dossier.fragments", Integer.toString(request.fragments()));
    params.put("dossier.explain", Boolean.toString(request.explain()));
    params.put("dossier.parallel", Boolean.toString(request.parallel()));
    if (request.sort() == SortOrder.DATE) {
      params.put("sort", Fields.DATE_SORT + " asc,score desc");
    }
    StringBuilder query = new StringBuilder();
    params.forEach((k, v) -> append(query, k, v));
    if (withHits && !request.facets().isEmpty()) {
      append(query, "facet", "true");
      append(query, "facet.limit", Integer.toString(FacetCounts.FACET_VALUES));
      append(query, "facet.mincount", "1");
      request.facets().forEach(f -> append(query, "facet.field", f));
    }
    URI uri = URI.create(collection + "/select?" + query);
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (ConnectException e) {
      throw new SolrUnreachableException(
          "cannot reach Solr at " + collection + " (connection refused: is the node up?)");
    } catch (HttpTimeoutException e) {
      throw new SolrUnreachableException(
          "Solr at " + collection + " did not answer within " + TIMEOUT.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SolrUnreachableException("interrupted while waiting for Solr");
    }
    JsonNode body = parse(response.body());
    String message = body == null ? "" : body.path("error").path("msg").asText("");
    if (response.statusCode() == 404) {
      throw new NoCollectionException("Solr has no collection at " + collection);
    }
    if (response.statusCode() == 400) {
      throw new QuerySyntaxException(request.query(), 0, solrProblem(message));
    }
    if (response.statusCode() != 200 || body == null) {
      throw new SolrUnreachableException(
          "Solr at "
              + collection
              + " answered HTTP "
              + response.statusCode()
              + (message.isEmpty() ? "" : ": " + message));
    }
    return body;
  }

  /** The problem a Dossier query parser reported through Solr, without Solr's wrapping. */
  private static String solrProblem(String message) {
    String m = message.replaceFirst("^org\\.apache\\.solr\\.search\\.SyntaxError: ", "");
    int problem = m.indexOf("': ");
    return m.startsWith("query '") && problem > 0 ? m.substring(problem + 3) : m;
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static void append(StringBuilder query, String key, String value) {
    if (query.length() > 0) {
      query.append('&');
    }
    query
        .append(URLEncoder.encode(key, StandardCharsets.UTF_8))
        .append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }
}
