package dev.dossier.cli;

import dev.dossier.index.IndexInfo;
import dev.dossier.index.IndexProgress;
import dev.dossier.index.IndexReport;
import dev.dossier.index.IndexRequest;
import dev.dossier.index.IndexSchema;
import dev.dossier.index.Indexer;
import dev.dossier.ingest.CorpusFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the default index in step with the bundled {@code corpus/}: rebuilt when it is missing or older than the
 * corpus or the index configuration, so {@code ./dossier search Guevara} works on a fresh clone.
 */
final class DefaultIndex {

  private DefaultIndex() {}

  /** Whether {@code indexDir} needs no rebuild: no bundled corpus, or committed after the corpus and configuration. */
  static boolean isCurrent(Environment env, Path indexDir, Path configDir) throws IOException {
    Path corpus = env.bundledCorpus();
    if (!Files.isDirectory(corpus)) {
      return true;
    }
    Optional<Instant> lastCommit = IndexInfo.lastCommit(indexDir);
    return lastCommit.isPresent()
        && !CorpusFiles.newestChange(corpus).isAfter(lastCommit.get())
        && !CorpusFiles.newestChange(configDir).isAfter(lastCommit.get());
  }

  /** Rebuilds {@code indexDir} from the bundled corpus when needed, saying so on {@code err}. */
  static void refresh(Environment env, Path indexDir, IndexSchema schema, PrintWriter err) throws IOException {
    if (isCurrent(env, indexDir, schema.configDirectory())) {
      return;
    }
    Path corpus = env.bundledCorpus();
    err.println("dossier: indexing the bundled corpus " + corpus + " into " + indexDir + " ...");
    err.flush();
    // one commit at the end: an interrupted rebuild must not look like a fresh index next time
    IndexRequest request =
        new IndexRequest(
            indexDir, List.of(corpus), true, false, Runtime.getRuntime().availableProcessors(), Integer.MAX_VALUE,
            IndexProgress.NONE);
    IndexReport report = new Indexer(schema).index(request);
    report.rejected().forEach(r -> err.println("dossier: rejected " + r.path() + ": " + r.reason()));
    err.flush();
  }
}
