package dev.dossier.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The collection a file counts under when no source mapping names one: the first folder below the
 * folder the user named ({@code dossier index ../shared/corpora} counts {@code ru-stalin-works/...}
 * under {@code ru-stalin-works}), else the named folder itself, else the file's own folder.
 */
final class CollectionLabel {

  private CollectionLabel() {}

  static String of(Path file, List<Path> named) {
    Path absolute = file.toAbsolutePath().normalize();
    for (Path root : named) {
      Path r = root.toAbsolutePath().normalize();
      if (Files.isDirectory(r) && absolute.startsWith(r) && !absolute.equals(r)) {
        Path relative = r.relativize(absolute);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : name(r);
      }
    }
    return name(absolute.getParent());
  }

  private static String name(Path folder) {
    return folder == null || folder.getFileName() == null ? "" : folder.getFileName().toString();
  }
}
