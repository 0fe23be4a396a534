package dev.dossier.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options every command takes: where the index and its configuration are, and how much to say on
 * errors.
 */
final class CommonOptions {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "Index folder (default: $DOSSIER_INDEX, else data/index in the Dossier folder).")
  Path index;

  @Option(
      names = "--config",
      paramLabel = "DIR",
      description =
          "Index configuration folder (default: $DOSSIER_CONFIG, else index-config/ in the Dossier"
              + " folder).")
  Path config;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  /** The index folder these options name. */
  Path indexDir(Environment env) {
    if (index != null) {
      return index;
    }
    String fromEnv = env.variables().get("DOSSIER_INDEX");
    return fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : env.defaultIndex();
  }

  /** Whether neither the option nor the environment names the index, so the default one is used. */
  boolean usesDefaultIndex(Environment env) {
    String fromEnv = env.variables().get("DOSSIER_INDEX");
    return index == null && (fromEnv == null || fromEnv.isBlank());
  }

  /** The configuration folder these options name. */
  Path configDir(Environment env) {
    return configDir(config, env);
  }

  /** The configuration folder: the option's, else {@code $DOSSIER_CONFIG}, else the default. */
  static Path configDir(Path config, Environment env) {
    if (config != null) {
      return config;
    }
    String fromEnv = env.variables().get("DOSSIER_CONFIG");
    return fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : env.defaultConfig();
  }
}
