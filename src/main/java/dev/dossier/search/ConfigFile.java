package dev.dossier.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.Supplier;

/** Configuration files read at query time, parsed again only when a modification time changes. */
final class ConfigFile<T> {

  private final java.util.List<Path> files;
  private final Supplier<T> load;
  private java.util.List<FileTime> loadedAt;
  private T value;

  ConfigFile(Path file, Supplier<T> load) {
    this(java.util.List.of(file), load);
  }

  /** What {@code load} makes of several files, made again when any of them changes. */
  ConfigFile(java.util.List<Path> files, Supplier<T> load) {
    this.files = java.util.List.copyOf(files);
    this.load = load;
  }

  synchronized T get() {
    java.util.List<FileTime> now = files.stream().map(ConfigFile::modified).toList();
    if (value == null || !now.equals(loadedAt)) {
      value = load.get();
      loadedAt = now;
    }
    return value;
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0); // no file: loaded once as "none"
    }
  }
}
