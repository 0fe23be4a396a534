package dev.dossier.search;

import dev.dossier.index.IndexSchema;
import dev.dossier.index.NoIndexException;
import dev.dossier.index.Tasks;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * An index being opened on a background thread (segment metadata, terms indexes: a tenth of a
 * second for 100,000 documents), which becomes a {@link Searcher} once the schema is built. Closing
 * it before that closes the index.
 */
public final class PendingSearcher implements Closeable {

  private final CompletableFuture<OpenIndex> opening;
  private boolean taken;

  PendingSearcher(Path indexDir) {
    this.opening = new CompletableFuture<>();
    Thread open =
        new Thread(
            () -> {
              try {
                opening.complete(OpenIndex.open(indexDir));
              } catch (Throwable e) {
                opening.completeExceptionally(e);
              }
            },
            "dossier-open-index");
    open.setDaemon(true);
    open.start();
  }

  /** The searcher, with {@code schema}; throws what opening the index threw. */
  public Searcher withSchema(IndexSchema schema) throws IOException, NoIndexException {
    Searcher searcher = Searcher.of(schema, Tasks.get(opening, NoIndexException.class));
    taken = true;
    return searcher;
  }

  /** Closes the index if no searcher took it. */
  @Override
  public void close() {
    if (taken) {
      return;
    }
    try {
      OpenIndex index = opening.join();
      index.reader().close();
      index.directory().close();
    } catch (CompletionException e) {
      // it failed to open: nothing to close
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
