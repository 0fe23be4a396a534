package dev.dossier.cli;

import dev.dossier.config.IndexConfigLoader;
import dev.dossier.index.IndexSchema;
import dev.dossier.search.Searcher;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine;

/**
 * The schema of a command that reads the index, built on another thread while picocli parses the
 * command line: reading {@code dossier.yaml} and building the analyzers take about as long as the
 * parsing (some 60 ms each at the start of a short process), and on two cores they need not wait
 * for each other. The configuration folder is read from the arguments on that thread too, by
 * picocli from {@link CommonOptions}' own declaration of {@code --config}; the command takes the
 * schema only if it names the same folder.
 */
final class SchemaPrefetch {

  /** The commands that build a schema and search the index. */
  private static final Set<String> COMMANDS = Set.of("search", "show", "cite", "concordance");

  static final SchemaPrefetch NONE = new SchemaPrefetch(null, null);

  /** The folder the arguments name; null when picocli refuses them (the command then says why). */
  private final CompletableFuture<Path> configDir;

  private final CompletableFuture<IndexSchema> schema;

  private SchemaPrefetch(CompletableFuture<Path> configDir, CompletableFuture<IndexSchema> schema) {
    this.configDir = configDir;
    this.schema = schema;
  }

  /**
   * Starts building the schema the arguments will ask for, when they name a command that needs one.
   */
  static SchemaPrefetch start(Environment env, String... args) {
    if (args.length == 0 || !COMMANDS.contains(args[0])) {
      return NONE;
    }
    CompletableFuture<Path> configDir = new CompletableFuture<>();
    CompletableFuture<IndexSchema> schema = new CompletableFuture<>();
    Thread build =
        new Thread(
            () -> {
              try {
                Path dir = configDir(env, args);
                configDir.complete(dir);
                if (dir != null) {
                  Searcher.prefetchNameFiles(dir);
                  schema.complete(IndexSchema.of(IndexConfigLoader.load(dir)));
                }
              } catch (Throwable e) {
                configDir.completeExceptionally(e);
                schema.completeExceptionally(e);
              }
            },
            "dossier-schema");
    build.setDaemon(true);
    build.start();
    return new SchemaPrefetch(configDir, schema);
  }

  /**
   * The schema built from {@code dir}, if it is the folder prefetched; throws what building it
   * threw.
   */
  Optional<IndexSchema> take(Path dir) {
    if (configDir == null || !dir.equals(result(configDir))) {
      return Optional.empty();
    }
    return Optional.of(result(schema));
  }

  private static <T> T result(CompletableFuture<T> future) {
    try {
      return future.join();
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

  /**
   * The configuration folder the command's options will name: {@code --config} as picocli reads it
   * (the other options and the parameters are the command's, left unmatched here), else the
   * environment's or the default; null when picocli refuses the options.
   */
  private static Path configDir(Environment env, String[] args) {
    CommonOptions options = new CommonOptions();
    try {
      new CommandLine(options)
          .setUnmatchedArgumentsAllowed(true)
          .parseArgs(Arrays.copyOfRange(args, 1, args.length));
    } catch (CommandLine.ParameterException e) {
      return null; // the command's own parse reports it
    }
    return options.configDir(env);
  }
}
