package dev.dossier.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dossier.index.DuplicateSignature;
import dev.dossier.index.Fields;
import dev.dossier.index.NoCollectionException;
import dev.dossier.index.SolrHttp;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link Duplicates} for a Solr collection: the candidates of a whole window of ranked hits in one
 * request (the documents holding any of their duplicate keys, across every shard), then each hit
 * compared as on the embedded index: a candidate that shares a key with it and whose signature
 * reaches {@link DuplicateSignature#NEAR}.
 */
final class SolrDuplicates implements DuplicateCollapse.Lookup<JsonNode> {

  /** Candidates read at most for one window. */
  private static final int MAX_CANDIDATES = 10_000;

  private final Map<String, List<String>> duplicates = new HashMap<>();

  /** The duplicates of the ranked Solr documents {@code window} (id and signature each). */
  SolrDuplicates(SolrHttp solr, List<JsonNode> window) throws IOException, NoCollectionException {
    Map<String, DuplicateSignature> ranked = new LinkedHashMap<>();
    Set<String> keys = new LinkedHashSet<>();
    for (JsonNode doc : window) {
      DuplicateSignature signature = signature(doc);
      if (signature != null) {
        ranked.put(doc.path(Fields.ID).asText(), signature);
        keys.addAll(signature.keys());
      }
    }
    if (keys.isEmpty()) {
      return;
    }
    Map<String, String> params = new LinkedHashMap<>();
    // local parameters in q need the lucene parser (SOLR-11501); the collection's default is
    // Dossier's
    params.put("defType", "lucene");
    params.put("q", "{!terms f=" + Fields.DUPLICATE_KEYS + "}" + String.join(",", keys));
    params.put("fl", Fields.ID + "," + Fields.DUPLICATE_SIGNATURE);
    params.put("rows", Integer.toString(MAX_CANDIDATES));
    params.put("wt", "json");
    JsonNode candidates;
    try {
      candidates = solr.postForm("/select", params).path("response").path("docs");
    } catch (SolrHttp.BadRequest e) {
      throw solr.refusal("refused a lookup of duplicates", e);
    }
    Map<String, DuplicateSignature.Keyed> found = new LinkedHashMap<>();
    for (JsonNode candidate : candidates) {
      DuplicateSignature theirs = signature(candidate);
      if (theirs != null) {
        found.put(candidate.path(Fields.ID).asText(), DuplicateSignature.Keyed.of(theirs));
      }
    }
    ranked.forEach(
        (id, signature) -> {
          DuplicateSignature.Keyed own = DuplicateSignature.Keyed.of(signature);
          List<String> same = new ArrayList<>();
          found.forEach(
              (other, theirs) -> {
                if (!other.equals(id) && own.alike(theirs)) {
                  same.add(other);
                }
              });
          same.sort(null);
          duplicates.put(id, same);
        });
  }

  @Override
  public float score(JsonNode hit) {
    return (float) hit.path("score").asDouble();
  }

  @Override
  public String id(JsonNode hit) {
    return hit.path(Fields.ID).asText();
  }

  @Override
  public List<String> duplicates(JsonNode hit) {
    return duplicates.getOrDefault(id(hit), List.of());
  }

  private static DuplicateSignature signature(JsonNode doc) {
    JsonNode stored = doc.path(Fields.DUPLICATE_SIGNATURE);
    if (stored.isArray()) {
      stored = stored.path(0);
    }
    return stored.isTextual() ? DuplicateSignature.decode(stored.asText()) : null;
  }
}
