package dev.dossier.solr;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A SolrCloud on this machine from Solr's jars on Maven Central (the official distribution is not
 * reachable here): nodes with an embedded ZooKeeper, Dossier's plugin loaded from the {@code
 * sharedLib} folder the build writes ({@code target/solr-plugin}), a collection made from a
 * configset. It runs in a JVM of its own whose class path holds Solr but not Dossier, so the plugin
 * must load from {@code sharedLib} as on a real node. For trying and benchmarking ({@code
 * solr/cluster}) and for {@link SolrDeploymentIT}; production runs the official distribution.
 *
 * <p>Arguments: {@code HOME SHARED_LIB CONFIGSET COLLECTION NODES SHARDS REPLICAS}. When the
 * collection is active it prints one line, {@code ready ZK_HOST PLACE URL...}, where PLACE is
 * {@code sharedLib} when this JVM's class path lacks the plugin (as it must) and {@code classpath}
 * when it has it, and writes the same to {@code HOME/ready.txt}; then it reads commands from
 * standard input, one a line: {@code stop N} and {@code start N} stop and restart node N (each
 * answered by a line), {@code quit} (or the end of input, or SIGTERM) shuts the cluster down. With
 * {@code -Ddossier.solr.detached=true} it reads nothing and runs until SIGTERM.
 */
public final class LocalSolrCloud {

  private LocalSolrCloud() {}

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable e) {
      // Solr's uncaught-exception handler would log it, and a test's logging may be off
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    if (args.length != 7) {
      System.err.println(
          "usage: LocalSolrCloud HOME SHARED_LIB CONFIGSET COLLECTION NODES SHARDS REPLICAS");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    Path sharedLib = Path.of(args[1]).toAbsolutePath();
    Path configset = Path.of(args[2]).toAbsolutePath();
    String collection = args[3];
    int nodes = Integer.parseInt(args[4]);
    int shards = Integer.parseInt(args[5]);
    int replicas = Integer.parseInt(args[6]);
    System.setProperty("solr.log.dir", home.resolve("logs").toString());
    Files.createDirectories(home);
    String solrXml =
        MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.replace(
            "<solr>", "<solr>\n  <str name=\"sharedLib\">" + sharedLib + "</str>");
    MiniSolrCloudCluster cluster =
        new MiniSolrCloudCluster.Builder(nodes, home.resolve("nodes"))
            .withSolrXml(solrXml)
            .addConfig(collection, configset)
            .build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(cluster)));
    CollectionAdminRequest.createCollection(collection, collection, shards, replicas)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection(collection, shards, shards * replicas);
    List<JettySolrRunner> runners = List.copyOf(cluster.getJettySolrRunners());
    String ready =
        "ready "
            + cluster.getZkServer().getZkAddress()
            + " "
            + pluginPlace()
            + " "
            + runners.stream().map(r -> r.getBaseUrl().toString()).collect(Collectors.joining(" "));
    Files.writeString(home.resolve("ready.txt"), ready + "\n", StandardCharsets.UTF_8);
    System.out.println(ready);
    System.out.flush();
    if (Boolean.getBoolean("dossier.solr.detached")) {
      Thread.currentThread().join(); // until SIGTERM (solr/cluster stop)
    }
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
      String[] command = line.trim().split("\\s+");
      try {
        int node = Integer.parseInt(command[1]);
        if (command[0].equals("stop")) {
          cluster.stopJettySolrRunner(node);
          System.out.println("stopped " + node);
        } else if (command[0].equals("start")) {
          cluster.startJettySolrRunner(runners.get(node));
          cluster.waitForAllNodes(60);
          System.out.println("started " + node);
        } else {
          System.out.println("error unknown command: " + line);
        }
      } catch (Exception e) {
        System.out.println("error " + e);
      }
      System.out.flush();
    }
    System.exit(0);
  }

  /**
   * Where the nodes find the plugin: {@code classpath} if this JVM's class path has it, else {@code
   * sharedLib}.
   */
  private static String pluginPlace() {
    try {
      Class.forName(
          "dev.dossier.solr.DossierQParserPlugin", false, ClassLoader.getSystemClassLoader());
      return "classpath";
    } catch (ClassNotFoundException e) {
      return "sharedLib";
    }
  }

  private static void shutdown(MiniSolrCloudCluster cluster) {
    try {
      cluster.shutdown();
    } catch (Exception e) {
      System.err.println("shutdown: " + e);
    }
  }
}
