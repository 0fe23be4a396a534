package dev.dossier.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.index.IndexRequest;
import dev.dossier.index.IndexSchema;
import dev.dossier.index.Indexer;
import dev.dossier.index.SolrConfigset;
import dev.dossier.index.SolrDocuments;
import dev.dossier.ingest.ArchiveReaders;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.search.SearchHit;
import dev.dossier.search.SearchRequest;
import dev.dossier.search.SearchResults;
import dev.dossier.search.Searcher;
import dev.dossier.testing.Fixtures;
import dev.dossier.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configset and the plugin on a real SolrCloud in this JVM: 2 nodes, a collection of 2 shards × 2 replicas made
 * from the configset {@code dossier solr-config} writes, the plugin on the nodes' {@code sharedLib}. The same
 * documents indexed embedded and on Solr answer the same queries with the same documents in the same order.
 *
 * <p>In one JVM Lucene's SPI registry is global and the test class path holds Dossier's classes, so this test cannot
 * tell a node that lacks the plugin jar from one that has it: it proves the configuration, not the deployment.
 */
class SolrCloudTest {

  private static final String COLLECTION = "dossier";

  @TempDir static Path dir;
  static MiniSolrCloudCluster cluster;
  static CloudSolrClient solr;
  static Searcher embedded;
  static IndexSchema schema;

  @BeforeAll
  static void startClusterAndIndexBothWays() throws Exception {
    System.setProperty("solr.log.dir", dir.resolve("logs").toString());
    schema = IndexSchema.of(IndexConfigLoader.load(Sample.CONFIG));
    Path configset = dir.resolve("configset");
    new SolrConfigset(IndexConfigLoader.load(Sample.CONFIG)).write(configset);
    Path sharedLib = Files.createDirectories(dir.resolve("lib"));
    String solrXml = MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.replace(
        "<solr>", "<solr>\n  <str name=\"sharedLib\">" + sharedLib + "</str>");
    cluster = new MiniSolrCloudCluster.Builder(2, dir.resolve("solr"))
        .withSolrXml(solrXml)
        .addConfig(COLLECTION, configset.resolve("conf"))
        .build();
    CollectionAdminRequest.createCollection(COLLECTION, COLLECTION, 2, 2).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 2, 4);
    solr = cluster.getSolrClient();

    Path batch = Files.createDirectories(dir.resolve("batch"));
    Files.copy(Sample.FILE, batch.resolve(Sample.FILE.getFileName()));
    Fixtures.russian(batch, "ru-roosevelt", "Вчера Рузвельт выступил по радио. Рабочие слушали речь Рузвельта.");
    Fixtures.russian(batch, "ru-gevary", "Вчера Гевары не было на собрании рабочих.");
    Fixtures.english(batch, "en-roosevelt", "Roosevelt spoke to the Congress yesterday; Roosevelt's speech.");
    Fixtures.english(batch, "en-treaty", "The treaty was signed in Moscow; the treaty holds.");
    new Indexer(schema).index(IndexRequest.of(dir.resolve("index"), List.of(batch), true));
    embedded = Searcher.open(dir.resolve("index"), schema);

    SolrDocuments documents = new SolrDocuments(schema);
    List<SolrInputDocument> inputs = new ArrayList<>();
    try (var files = Files.list(batch)) {
      for (Path file : files.sorted().toList()) {
        for (ArchiveDocument doc : ArchiveReaders.forConfig(Sample.CONFIG).read(file).documents()) {
          SolrInputDocument input = new SolrInputDocument();
          for (Map.Entry<String, List<Object>> field : documents.of(doc, "hash", 1, "test").entrySet()) {
            input.addField(field.getKey(), field.getValue());
          }
          inputs.add(input);
        }
      }
    }
    solr.add(COLLECTION, inputs);
    solr.commit(COLLECTION);
  }

  @AfterAll
  static void stop() throws Exception {
    if (embedded != null) {
      embedded.close();
    }
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  /** A hit as the test compares it: id and score, ties ordered by id (an index orders ties by its own order). */
  record Scored(String id, float score) {}

  private static List<Scored> onSolr(String query) throws Exception {
    QueryResponse response = solr.query(COLLECTION, new SolrQuery(query).setFields("id", "score").setRows(50)
        .setShowDebugInfo(Boolean.getBoolean("dossier.debug")));
    if (Boolean.getBoolean("dossier.debug")) {
      System.err.println("EXPLAIN " + query + ": " + response.getExplainMap());
    }
    List<Scored> hits = new ArrayList<>();
    for (SolrDocument d : response.getResults()) {
      hits.add(new Scored(String.valueOf(d.getFieldValue("id")), ((Number) d.getFieldValue("score")).floatValue()));
    }
    return ordered(hits);
  }

  private static List<Scored> embedded(String query) throws Exception {
    SearchResults results = embedded.search(
        new SearchRequest(query, 50, 0, dev.dossier.search.SortOrder.RELEVANCE, 0, false, false, false, true,
            List.of(), false));
    return ordered(results.hits().stream().map(h -> new Scored(h.id(), h.score())).toList());
  }

  private static List<Scored> ordered(List<Scored> hits) {
    List<Scored> sorted = new ArrayList<>(hits);
    sorted.sort(java.util.Comparator.comparing((Scored h) -> -h.score()).thenComparing(Scored::id));
    return sorted;
  }

  /** Queries whose names the sample's aligned passages teach (Гевара ↔ Guevara), on its shard only. */
  private static final java.util.Set<String> LEARNT_ON_ONE_SHARD = java.util.Set.of("Guevara", "Гевара", "Guevara OR treaty");

  @Test
  void theSameQueriesFindTheSameDocumentsInTheSameOrderWithTheSameScores() throws Exception {
    for (String query : List.of("Guevara", "Гевара", "Roosevelt", "Рузвельт", "treaty", "\"friendly conversation\"",
        "Khrushchev", "date:1964", "Guevara OR treaty", "Гевары", "treaty -Guevara", "ru:Рузвельта", "title:Conversation")) {
      List<Scored> expected = embedded(query);
      assertTrue(!expected.isEmpty(), query);
      List<Scored> actual = onSolr(query);
      assertEquals(expected.stream().map(Scored::id).toList(), actual.stream().map(Scored::id).toList(), query);
      for (int i = 0; i < expected.size(); i++) {
        // BM25 with the collection's statistics (ExactStatsCache): the fraction of the score is the same
        float e = expected.get(i).score();
        float a = actual.get(i).score();
        assertEquals(e - Math.floor(e), a - Math.floor(a), 1e-4, query + " " + expected.get(i).id());
        // the band is the same but where a name pair learnt from a document on another shard lifts it on one
        // index and not on the other: learnt pairs, like the name-key table, are per shard (README, SolrCloud)
        if (!LEARNT_ON_ONE_SHARD.contains(query)) {
          assertEquals(e, a, 1e-4, query + " " + expected.get(i).id());
        }
      }
    }
  }
}
