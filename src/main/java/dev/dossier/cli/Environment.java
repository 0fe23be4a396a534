package dev.dossier.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Dossier is installed and the environment variables it reads; passed in so tests can point
 * it anywhere.
 *
 * @param home the folder holding {@code index-config/}, {@code corpus/} and {@code data/} (the
 *     launcher sets it)
 * @param variables the process environment
 */
record Environment(Path home, Map<String, String> variables) {

  /**
   * The environment of this process: home from the {@code dossier.home} property, else the working
   * folder.
   */
  static Environment ofProcess() {
    String home = System.getProperty("dossier.home");
    return new Environment(Path.of(home != null ? home : "").toAbsolutePath(), System.getenv());
  }

  /** The index used when neither {@code --index} nor {@code DOSSIER_INDEX} names one. */
  Path defaultIndex() {
    return home.resolve("data").resolve("index");
  }

  /** The corpus shipped with Dossier, indexed into the default index on first use. */
  Path bundledCorpus() {
    return home.resolve("corpus");
  }

  /** The configuration used when neither {@code --config} nor {@code DOSSIER_CONFIG} names one. */
  Path defaultConfig() {
    return home.resolve("index-config");
  }
}
