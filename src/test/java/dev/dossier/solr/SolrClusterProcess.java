package dev.dossier.solr;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A {@link LocalSolrCloud} in a process of its own, started from this JVM: its class path is this
 * JVM's without Dossier and the libraries its plugin brings, so its nodes load the plugin from
 * {@code sharedLib} as a real node does. Used by {@link SolrDeploymentIT} and the benchmark's Solr
 * phase.
 */
public final class SolrClusterProcess implements AutoCloseable {

  /** Jars of Dossier and of the libraries its plugin brings; the nodes find them in sharedLib. */
  private static final List<String> PLUGIN_JARS =
      List.of(
          "/target/classes",
          "dossier.jar",
          "dossier-bench.jar",
          "bench-classes.jar",
          "icu4j-",
          "lucene-analysis-icu-",
          "snakeyaml-",
          "slf4j-nop-");

  private final Process process;
  private final BufferedReader out;
  private final PrintWriter in;
  private final Path log;
  private final String zkHost;
  private final String pluginPlace;
  private final List<String> baseUrls;

  private SolrClusterProcess(Process process, Path log) throws IOException {
    this.process = process;
    this.log = log;
    this.out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    String[] ready = answer("ready").split(" ");
    this.zkHost = ready[1];
    this.pluginPlace = ready[2];
    this.baseUrls = List.of(java.util.Arrays.copyOfRange(ready, 3, ready.length));
  }

  /** The nodes' base URLs (http://127.0.0.1:PORT/solr), in node order. */
  public List<String> baseUrls() {
    return baseUrls;
  }

  /**
   * Starts a cluster of {@code nodes} nodes in {@code home} with {@code sharedLib}, and a
   * collection of {@code shards} x {@code replicas} from the configset in {@code conf}; returns
   * once it is active. {@code classPath} is the class path to take Solr's jars from.
   */
  public static SolrClusterProcess start(
      Path home,
      Path sharedLib,
      Path conf,
      String collection,
      int nodes,
      int shards,
      int replicas,
      String classPath)
      throws IOException {
    String solrOnly =
        Stream.of(classPath.split(File.pathSeparator))
            .filter(entry -> PLUGIN_JARS.stream().noneMatch(entry::contains))
            .collect(Collectors.joining(File.pathSeparator));
    Files.createDirectories(home);
    Path log = home.resolve("cluster-err.txt");
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g",
            "-Djava.security.egd=file:/dev/./urandom",
            "-cp",
            solrOnly,
            LocalSolrCloud.class.getName(),
            home.resolve("solr").toString(),
            sharedLib.toString(),
            conf.toString(),
            collection,
            Integer.toString(nodes),
            Integer.toString(shards),
            Integer.toString(replicas));
    pb.redirectError(log.toFile());
    return new SolrClusterProcess(pb.start(), log);
  }

  /** ZooKeeper's address, for a {@code CloudSolrClient}. */
  public String zkHost() {
    return zkHost;
  }

  /**
   * {@code sharedLib} when the nodes' class path lacks the plugin, as it must; else {@code
   * classpath}.
   */
  public String pluginPlace() {
    return pluginPlace;
  }

  /** Stops node {@code n}; returns once it is down. */
  public void stopNode(int n) throws IOException {
    in.println("stop " + n);
    answer("stopped " + n);
  }

  /** Starts node {@code n} again; returns once the cluster sees it. */
  public void startNode(int n) throws IOException {
    in.println("start " + n);
    answer("started " + n);
  }

  /** The process's next line, which must start with {@code expected} (within 4 minutes). */
  private String answer(String expected) throws IOException {
    Future<String> line =
        Executors.newSingleThreadExecutor(
                r -> {
                  Thread t = new Thread(r);
                  t.setDaemon(true);
                  return t;
                })
            .submit(out::readLine);
    String got;
    try {
      got = line.get(240, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      got = null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      got = null;
    }
    if (got == null || !got.startsWith(expected)) {
      List<String> lines = Files.readAllLines(log);
      throw new IOException(
          "the cluster said "
              + got
              + (process.isAlive() ? "" : " and exited with " + process.exitValue())
              + "; the end of its log:\n"
              + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
    }
    return got;
  }

  @Override
  public void close() throws InterruptedException {
    in.println("quit");
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
