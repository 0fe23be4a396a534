package dev.dossier.search;

/**
 * A hit as one JSON object and back: how a Solr shard's {@code [dossier]} transformer hands the hit
 * it made ({@link HitPage}) to the CLI, which prints it as it prints an embedded index's.
 */
public final class SearchHitJson {

  private SearchHitJson() {}

  /** {@code hit} as JSON. */
  public static String write(SearchHit hit) {
    return RecordJson.write(hit);
  }

  /** The hit {@code json} holds; throws when it holds none. */
  public static SearchHit read(String json) {
    return RecordJson.read(json, SearchHit.class);
  }
}
