package dev.dossier.cli;

import dev.dossier.search.NoIndexException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The index folder a command reads, which must exist. */
final class IndexLocation {

  private IndexLocation() {}

  /** The index the options name; a usage error when there is none. */
  static Path existing(CommonOptions options, Environment env) throws NoIndexException {
    Path dir = options.indexDir(env);
    if (!Files.isDirectory(dir)) {
      throw new NoIndexException("no index at " + dir + " (create one with: dossier index PATH...)");
    }
    return dir;
  }
}
