package dev.dossier.index;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * How a source file's path is written in the index, so that it names the same file again byte for
 * byte. A file name is bytes, and not all bytes are text in the platform's encoding ({@code
 * bad\xff.txt} under UTF-8): the path's string then holds U+FFFD where the byte was, names another
 * file, and the file would look gone to {@code --prune}. A path whose string gives back the same
 * path is written as that string (every path of an index written before, so existing indexes keep
 * their keys); any other as its {@code file:} URI, whose percent escapes are the exact bytes
 * ({@code file:///archive/bad%FF.txt}). Every path the index records goes through here, both ways.
 */
final class SourcePath {

  private static final String URI_PREFIX = "file:";

  private SourcePath() {}

  /** The index's key for {@code file}: its absolute, normalised path, exactly. */
  static String of(Path file) {
    Path path = file.toAbsolutePath().normalize();
    String text = path.toString();
    try {
      if (!text.startsWith(URI_PREFIX)
          && Path.of(text).equals(path)) { // equal paths have equal bytes
        return text;
      }
    } catch (InvalidPathException e) {
      // a string the platform cannot encode back: the URI below
    }
    return path.toUri().toString();
  }

  /** The file a key of the index names. */
  static Path toPath(String key) {
    if (key.startsWith(URI_PREFIX)) {
      try {
        return Path.of(URI.create(key));
      } catch (IllegalArgumentException e) {
        // not one of ours: read as a plain path below
      }
    }
    return Path.of(key);
  }
}
