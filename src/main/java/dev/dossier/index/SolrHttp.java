package dev.dossier.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Map;

/**
 * Requests to one Solr collection over HTTP, with Java's own client and Jackson, so that no Solr
 * class enters the command line: the one place the command line talks to Solr and turns what goes
 * wrong into one line (a node down, no such collection, an answer that is no Solr's).
 */
public final class SolrHttp {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** Solr refused a request as malformed (HTTP 400), with Solr's message. */
  public static final class BadRequest extends Exception {
    BadRequest(String message) {
      super(message);
    }
  }

  private final URI collection;
  private final HttpClient http;

  private SolrHttp(URI collection) {
    this.collection = collection;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /**
   * The collection at {@code url} ({@code http://host:8983/solr/COLLECTION}); throws when it is no
   * such URL.
   */
  public static SolrHttp of(String url) throws NoCollectionException {
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
    return new SolrHttp(uri);
  }

  /** The collection's URL. */
  public URI url() {
    return collection;
  }

  /** GET {@code path} with {@code query} (already encoded, see {@link #param}); the JSON answer. */
  public JsonNode get(String path, String query)
      throws IOException, NoCollectionException, BadRequest {
    return send(
        HttpRequest.newBuilder(URI.create(collection + path + "?" + query))
            .timeout(TIMEOUT)
            .GET()
            .build());
  }

  /** POST the JSON {@code body} to {@code path}; the JSON answer. */
  public JsonNode post(String path, String query, String body)
      throws IOException, NoCollectionException, BadRequest {
    return send(
        HttpRequest.newBuilder(URI.create(collection + path + "?" + query))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }

  /**
   * POST {@code params} as a form to {@code path}: for questions too long for a URL; the JSON
   * answer.
   */
  public JsonNode postForm(String path, Map<String, String> params)
      throws IOException, NoCollectionException, BadRequest {
    return send(
        HttpRequest.newBuilder(URI.create(collection + path))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(query(params), StandardCharsets.UTF_8))
            .build());
  }

  /**
   * The one line for a request this collection's Solr turned down: "Solr at URL {@code says}:" and
   * Solr's own message.
   */
  public SolrUnreachableException refusal(String says, Exception cause) {
    return new SolrUnreachableException(
        "Solr at " + collection + " " + says + ": " + cause.getMessage());
  }

  /** {@code value} as JSON text. */
  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@code params} as a URL query. */
  public static String query(Map<String, String> params) {
    StringBuilder b = new StringBuilder();
    params.forEach((k, v) -> param(b, k, v));
    return b.toString();
  }

  /** Appends {@code key=value} to a URL query. */
  public static void param(StringBuilder query, String key, String value) {
    if (query.length() > 0) {
      query.append('&');
    }
    query
        .append(URLEncoder.encode(key, StandardCharsets.UTF_8))
        .append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }

  private JsonNode send(HttpRequest request) throws IOException, NoCollectionException, BadRequest {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
      throw new BadRequest(message);
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

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }
}
