package dev.dossier.cli;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.index.IndexSchema;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The schema of a command that reads the index, built on another thread while picocli parses the command line:
 * reading {@code dossier.yaml} and building the analyzers take about as long as the parsing (some 60 ms each at the
 * start of a short process), and on two cores they need not wait for each other. The configuration folder is read
 * from the arguments as {@link CommonOptions} will read it; the command takes the schema only if they agree.
 */
final class SchemaPrefetch {

  /** The commands that build a schema and search the index. */
  private static final Set<String> COMMANDS = Set.of("search", "show", "concordance");

  static final SchemaPrefetch NONE = new SchemaPrefetch(null, null);

  private final Path configDir;
  private final CompletableFuture<IndexSchema> schema;

  private SchemaPrefetch(Path configDir, CompletableFuture<IndexSchema> schema) {
    this.configDir = configDir;
    this.schema = schema;
  }

  /** Starts building the schema the arguments will ask for, when they name a command that needs one. */
  static SchemaPrefetch start(Environment env, String... args) {
    if (args.length == 0 || !COMMANDS.contains(args[0])) {
      return NONE;
    }
    Path dir = CommonOptions.configDir(configOption(args), env);
    CompletableFuture<IndexSchema> future = new CompletableFuture<>();
    Thread build = new Thread(() -> {
      try {
        future.complete(IndexSchema.of(IndexConfigLoader.load(dir)));
      } catch (Throwable e) {
        future.completeExceptionally(e);
      }
    }, "dossier-schema");
    build.setDaemon(true);
    build.start();
    return new SchemaPrefetch(dir, future);
  }

  /** The schema built from {@code dir}, if it is the folder prefetched; throws what building it threw. */
  Optional<IndexSchema> take(Path dir) {
    if (schema == null || !configDir.equals(dir)) {
      return Optional.empty();
    }
    try {
      return Optional.of(schema.join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** The value of {@code --config DIR} or {@code --config=DIR} among the options, if given. */
  private static Path configOption(String[] args) {
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].equals("--config") && i + 1 < args.length) {
        return Path.of(args[i + 1]);
      }
      if (args[i].startsWith("--config=")) {
        return Path.of(args[i].substring("--config=".length()));
      }
    }
    return null;
  }
}
