package dev.dossier.ingest.files;

import dev.dossier.model.Rejection;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The files under the paths a user names: folders are walked recursively, following links but not
 * link loops; what is not a regular file (a link that leads nowhere, a named pipe, a device) is
 * reported with its reason, never opened; hidden files and folders (names starting with a dot) are
 * passed over, as version-control and editor files; a collection's own documentation inside a
 * walked folder (README, PROVENANCE, LICENSE, ...) is listed as skipped, not read as an archive
 * document.
 */
public final class CorpusFiles {

  /**
   * The files found, in a stable order, the paths that could not be walked, and the documentation
   * skipped.
   */
  public record Listing(List<Path> files, List<Rejection> unreadable, List<Path> skipped) {}

  /**
   * File names (before the extension, any case) that document a collection rather than belong to
   * it.
   */
  private static final java.util.regex.Pattern DOCUMENTATION =
      java.util.regex.Pattern.compile(
          "(?i)(readme|provenance|license|licence|changelog|notice|copying)(\\..*)?");

  private CorpusFiles() {}

  /**
   * Lists the files under {@code paths}; a path that does not exist fails the whole call, before
   * anything is read.
   */
  public static Listing list(List<Path> paths) throws NoSuchFileException {
    for (Path path : paths) {
      // a link that leads nowhere (dangling, a loop) exists, and is reported as a rejected file
      // below
      if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        throw new NoSuchFileException(path.toString(), null, "no such file or folder");
      }
    }
    List<Path> files = new ArrayList<>();
    List<Rejection> unreadable = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isRegularFile(path)) {
        files.add(path);
        continue;
      }
      walk(path, files, unreadable);
    }
    List<Path> skipped = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        files.removeIf(f -> f.startsWith(path) && isDocumentation(f) && skipped.add(f));
      }
    }
    files.sort(null);
    skipped.sort(null);
    return new Listing(List.copyOf(files), List.copyOf(unreadable), List.copyOf(skipped));
  }

  private static void walk(Path root, List<Path> files, List<Rejection> unreadable) {
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!file.equals(root) && isHidden(file)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isRegularFile()) {
                files.add(file);
              } else {
                unreadable.add(new Rejection(file.toString(), SpecialFiles.reason(file, attrs)));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              unreadable.add(new Rejection(file.toString(), reason(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      unreadable.add(new Rejection(root.toString(), reason(e)));
    }
  }

  /**
   * The latest modification time of {@code folder} or anything under it (deletions change a
   * folder's time).
   */
  public static java.time.Instant newestChange(Path folder) throws IOException {
    try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
      return paths
          .map(
              p -> {
                try {
                  return Files.getLastModifiedTime(p).toInstant();
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .max(java.util.Comparator.naturalOrder())
          .orElse(java.time.Instant.EPOCH);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static boolean isDocumentation(Path file) {
    return DOCUMENTATION.matcher(file.getFileName().toString()).matches();
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return "cannot read: " + e.getMessage();
  }
}
