package dev.dossier.solr;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.index.Fields;
import dev.dossier.index.IndexSchema;
import dev.dossier.index.SolrConfigset;
import dev.dossier.search.QueryPlanner;
import dev.dossier.search.QuerySyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.core.SolrResourceLoader;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;

/**
 * {@code defType=dossier}: the query the CLI would build, built on each shard from its own index by
 * {@link QueryPlanner}, the one implementation of Dossier's query language. Parameters: {@code
 * dossier.exact} (no expansion) and {@code dossier.similar} (list similar matches too), as the
 * CLI's {@code --exact} and {@code --similar}.
 *
 * <p>The configuration the planner reads (dossier.yaml, the chains' files, name variants, places,
 * glossary, transcription rules) is the configset's: on SolrCloud it lives in ZooKeeper, so the
 * files the manifest names are copied once per core to a local folder.
 */
public final class DossierQParserPlugin extends QParserPlugin {

  @Override
  public QParser createParser(
      String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    QueryPlanner queries = planner(req.getCore().getResourceLoader());
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        IndexReader reader = req.getSearcher().getIndexReader();
        boolean exact = flag(params, "dossier.exact");
        boolean similar = flag(params, "dossier.similar");
        try {
          List<String> languages = queries.indexedLanguages(reader);
          return withStatistics(
              queries.plan(qstr, exact, similar, reader, languages).listed(), languages);
        } catch (QuerySyntaxException e) {
          throw new SyntaxError(e.getMessage());
        }
      }
    };
  }

  /**
   * {@code query} with a clause that matches nothing for every field a Dossier query may search:
   * each shard plans the query from its own index, so a shard whose texts lack a name leaves that
   * name's field out of its query, and Solr's ExactStatsCache, which gathers the statistics of the
   * fields and terms each shard's query names, would then count the field's documents on the other
   * shards only. Named on every shard, each field's statistics are the whole collection's, as on
   * one index; a clause that matches nothing adds nothing to a score.
   */
  static Query withStatistics(Query query, List<String> languages) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    List<String> fields =
        new ArrayList<>(List.of(Fields.TITLE, Fields.SUMMARY, Fields.names(Fields.META)));
    for (String language : languages) {
      fields.addAll(List.of(Fields.text(language), Fields.exact(language), Fields.names(language)));
    }
    for (String field : fields) {
      b.add(new TermQuery(new Term(field, NOTHING)), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** A term no analysis makes. */
  private static final String NOTHING = "\u0000";

  /**
   * The planner of a core's configset, one per core, shared by the query parser and the {@code
   * [dossier]} transformer.
   */
  static QueryPlanner planner(SolrResourceLoader loader) {
    synchronized (PLANNERS) {
      return PLANNERS.computeIfAbsent(
          loader, l -> new QueryPlanner(IndexSchema.of(IndexConfigLoader.load(localCopy(l)))));
    }
  }

  private static final java.util.Map<SolrResourceLoader, QueryPlanner> PLANNERS =
      new java.util.WeakHashMap<>();

  /** Whether the parameter {@code name} is {@code true}. */
  static boolean flag(SolrParams params, String name) {
    return Boolean.parseBoolean(params.get(name, "false"));
  }

  /**
   * The configset's files, copied to a local folder by the manifest {@link SolrConfigset} writes:
   * one folder per configset content (its SHA-256) in a process, reused when a core is reloaded or
   * another core has the same configset, and deleted when the process exits. A copy per core load
   * filled the temporary folder of a node that reloads its cores.
   */
  static Path localCopy(SolrResourceLoader loader) {
    try {
      String manifest;
      try (InputStream in = loader.openResource(SolrConfigset.MANIFEST)) {
        manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      for (String line : manifest.split("\n")) {
        String file = line.strip();
        if (file.isEmpty()) {
          continue;
        }
        try (InputStream in = loader.openResource(file)) {
          byte[] bytes = in.readAllBytes();
          files.put(file, bytes);
          digest.update(file.getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0);
          digest.update(bytes);
        }
      }
      String name = java.util.HexFormat.of().formatHex(digest.digest());
      synchronized (COPIES) {
        Path dir = COPIES.get(name);
        if (dir == null || !Files.isDirectory(dir)) {
          dir = Files.createTempDirectory("dossier-config");
          for (var file : files.entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
          }
          if (!deletedAtExit) {
            Runtime.getRuntime()
                .addShutdownHook(new Thread(DossierQParserPlugin::deleteCopies, "dossier-config"));
            deletedAtExit = true;
          }
          COPIES.put(name, dir);
        }
        return dir;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Dossier's configuration from the configset", e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The local copies of this process, by the digest of their content. */
  private static final java.util.Map<String, Path> COPIES = new java.util.HashMap<>();

  private static boolean deletedAtExit;

  /** Deletes the local copies; at the process's exit, when no core reads them any more. */
  static void deleteCopies() {
    synchronized (COPIES) {
      for (Path dir : COPIES.values()) {
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
          for (Path p :
              (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
            Files.deleteIfExists(p);
          }
        } catch (IOException e) {
          // a copy left in the temporary folder is harmless; the exit goes on
        }
      }
      COPIES.clear();
    }
  }
}
