package dev.dossier.cli;

import dev.dossier.index.IndexFolder;
import dev.dossier.index.NoIndexException;
import java.io.IOException;
import java.nio.file.Path;

/** The index folder a command reads, which must hold an index Dossier wrote. */
final class IndexLocation {

  private IndexLocation() {}

  /** The index the options name; a usage error when there is none, or it is not Dossier's. */
  static Path existing(CommonOptions options, Environment env)
      throws NoIndexException, IOException {
    Path dir = options.indexDir(env);
    IndexFolder.requireIndex(dir, false);
    return dir;
  }
}
