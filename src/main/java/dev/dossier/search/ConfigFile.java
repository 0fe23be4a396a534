package dev.dossier.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.Supplier;

/** A configuration file read at query time, parsed again only when its modification time changes. */
final class ConfigFile<T> {

  private final Path file;
  private final Supplier<T> load;
  private FileTime loadedAt;
  private T value;

  ConfigFile(Path file, Supplier<T> load) {
    this.file = file;
    this.load = load;
  }

  synchronized T get() {
    FileTime now = modified();
    if (value == null || !now.equals(loadedAt)) {
      value = load.get();
      loadedAt = now;
    }
    return value;
  }

  private FileTime modified() {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0); // no file: loaded once as "none"
    }
  }
}
