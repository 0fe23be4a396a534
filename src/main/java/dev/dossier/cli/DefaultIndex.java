package dev.dossier.cli;

import dev.dossier.index.IndexInfo;
import dev.dossier.index.IndexInspector;
import dev.dossier.index.IndexProgress;
import dev.dossier.index.IndexReport;
import dev.dossier.index.IndexRequest;
import dev.dossier.index.IndexSchema;
import dev.dossier.index.Indexer;
import dev.dossier.ingest.files.CorpusFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the default index in step with the bundled {@code corpus/}: rebuilt when it is missing or
 * older than the corpus or the index configuration, so {@code ./dossier search Guevara} works on a
 * fresh clone.
 */
final class DefaultIndex {

  private DefaultIndex() {}

  /**
   * Whether {@code indexDir} needs no rebuild: no bundled corpus, or committed after the corpus and
   * configuration.
   */
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

  /**
   * The files outside the bundled corpus whose documents the default index holds (a user ran {@code
   * dossier index FOLDER} on it) and that still exist: a rebuild indexes them again rather than
   * silently dropping them.
   */
  private static List<Path> indexedElsewhere(Path indexDir, Path corpus) {
    Path root = corpus.toAbsolutePath().normalize();
    return IndexInspector.sourceFiles(indexDir).stream()
        .filter(p -> !p.startsWith(root) && Files.isRegularFile(p))
        .toList();
  }

  /**
   * Rebuilds {@code indexDir} from the bundled corpus (and the other files it held) when needed,
   * saying so on {@code err}.
   */
  static void refresh(Environment env, Path indexDir, IndexSchema schema, PrintWriter err)
      throws IOException {
    if (isCurrent(env, indexDir, schema.configDirectory())) {
      return;
    }
    Path corpus = env.bundledCorpus();
    List<Path> others = indexedElsewhere(indexDir, corpus);
    err.println(
        "dossier: indexing the bundled corpus "
            + corpus
            + " into "
            + indexDir
            + (others.isEmpty() ? "" : " with the " + others.size() + " other file(s) it held")
            + " ...");
    err.flush();
    List<Path> paths = new java.util.ArrayList<>(List.of(corpus));
    paths.addAll(others);
    // one commit at the end: an interrupted rebuild must not look like a fresh index next time
    IndexRequest request =
        new IndexRequest(
            indexDir,
            paths,
            true,
            false,
            Runtime.getRuntime().availableProcessors(),
            Integer.MAX_VALUE,
            IndexProgress.NONE);
    IndexReport report = new Indexer(schema).index(request);
    report
        .rejected()
        .forEach(r -> ErrorLines.note(err, "rejected " + r.path() + ": " + r.reason()));
    err.flush();
  }
}
