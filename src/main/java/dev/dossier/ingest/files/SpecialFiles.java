package dev.dossier.ingest.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Why a path that is not a regular file cannot be a document: a symbolic link that leads nowhere
 * (to nothing, or round in a loop), a named pipe, a device, a socket. Told from its attributes and
 * its link, never by opening it: opening a named pipe blocks until something writes to it, and a
 * device such as {@code /dev/zero} never ends.
 */
final class SpecialFiles {

  /** File-type bits of {@code st_mode} (POSIX {@code S_IFMT} and its values). */
  private static final int TYPE_MASK = 0170000;

  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int SOCKET = 0140000;

  private SpecialFiles() {}

  /**
   * The reason {@code file}, whose attributes (links followed where they lead somewhere) are given,
   * is rejected.
   */
  static String reason(Path file, BasicFileAttributes attrs) {
    if (attrs.isSymbolicLink()) {
      return linkReason(file);
    }
    if (attrs.isDirectory()) {
      return "a folder below the depth walked";
    }
    return "not a regular file (" + kind(file) + "; it is not read)";
  }

  private static String linkReason(Path link) {
    String target = target(link);
    try {
      link.toRealPath();
      return "symbolic link that cannot be followed" + target;
    } catch (NoSuchFileException e) {
      return "dangling symbolic link" + target + ": its target does not exist";
    } catch (AccessDeniedException e) {
      return "permission denied";
    } catch (FileSystemException e) {
      // ELOOP has no exception of its own: "Too many levels of symbolic links"
      String why = e.getReason() == null ? "" : e.getReason();
      return why.toLowerCase(java.util.Locale.ROOT).contains("levels of symbolic links")
          ? "symbolic link loop" + target
          : "symbolic link that cannot be followed" + target + (why.isEmpty() ? "" : ": " + why);
    } catch (IOException e) {
      return "symbolic link that cannot be followed" + target + ": " + e.getMessage();
    }
  }

  private static String target(Path link) {
    try {
      return " (to " + Files.readSymbolicLink(link) + ")";
    } catch (IOException | UnsupportedOperationException e) {
      return "";
    }
  }

  /**
   * What kind of special file it is, where a link leads to, from the file-type bits of its mode.
   */
  private static String kind(Path file) {
    try {
      Path real = file.toRealPath();
      int mode = (Integer) Files.getAttribute(file, "unix:mode");
      String where = real.equals(file.toAbsolutePath().normalize()) ? "" : " " + real;
      switch (mode & TYPE_MASK) {
        case FIFO:
          return "a named pipe" + where;
        case CHARACTER_DEVICE:
          return "a character device" + where;
        case BLOCK_DEVICE:
          return "a block device" + where;
        case SOCKET:
          return "a socket" + where;
        default:
          return "a special file" + where;
      }
    } catch (IOException
        | UnsupportedOperationException
        | IllegalArgumentException
        | ClassCastException e) {
      return "a device, pipe or socket";
    }
  }
}
