package dev.dossier.index;

import dev.dossier.ingest.files.RejectedFileException;
import dev.dossier.ingest.files.TextFiles;
import dev.dossier.ingest.read.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Decides what changed since the index was written: a file whose content hash (with its
 * companions') is the one its documents record is unchanged and skipped unread; a text file a
 * spreadsheet's record took its text from (a companion) is no document of its own; a file gone from
 * the folders given has its documents pruned. Thread-safe: workers report the files they read at
 * once.
 */
final class FileChanges {

  private final IndexSnapshot before;

  /**
   * The files records took their texts from: read in the first round, or known from the index if
   * unchanged.
   */
  private final Set<String> claimed = ConcurrentHashMap.newKeySet();

  /** The files read (not skipped as unchanged) in this run. */
  private final Set<String> reRead = ConcurrentHashMap.newKeySet();

  /** Changes against an index that held {@code before}. */
  FileChanges(IndexSnapshot before) {
    this.before = before;
  }

  /** The SHA-256 of a file's bytes, as its documents record it. */
  static String hash(byte[] bytes) {
    return DigestUtils.sha256Hex(bytes);
  }

  /**
   * The state of {@code source} in the index when the index holds it whole with this content hash
   * and its companions have not changed either; empty when the file is to be read.
   */
  Optional<IndexSnapshot.FileState> unchanged(String source, String hash) {
    IndexSnapshot.FileState previous = before.file(source);
    return previous != null && previous.isCurrent(withCompanions(hash, previous.companions()))
        ? Optional.of(previous)
        : Optional.empty();
  }

  /**
   * Notes that {@code source} was read in this run (a file then rejected keeps its old documents,
   * and their claims), and claims the companion files its records took their texts from; returns
   * the hash its documents record: its own, or with its companions'.
   */
  String read(String source, String hash, ReadResult read) {
    reRead.add(source);
    read.companionFiles().forEach(c -> claimed.add(SourcePath.of(c)));
    return read.companions().isEmpty()
        ? hash
        : withCompanions(hash, read.companionFiles().stream().map(SourcePath::of).toList());
  }

  /**
   * After the files of records are read: a spreadsheet not read again in this run (unchanged, or
   * not among the paths given) keeps the claims its documents record.
   */
  void keepClaimsOfUnread() {
    before
        .files()
        .forEach(
            (source, state) -> {
              if (!reRead.contains(source)) {
                claimed.addAll(state.companions());
              }
            });
  }

  /**
   * Whether a spreadsheet's record took its text from {@code file}, which is then no document of
   * its own.
   */
  boolean isCompanion(Path file) {
    return claimed.contains(SourcePath.of(file));
  }

  /**
   * The indexed source files gone from the folders among {@code paths}: a file this run {@code
   * listed}, or one that exists, is never gone, whatever its name's bytes.
   */
  List<String> gone(List<Path> listed, List<Path> paths) {
    List<Path> roots = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        roots.add(path.toAbsolutePath().normalize());
      }
    }
    Set<String> present = new HashSet<>();
    listed.forEach(file -> present.add(SourcePath.of(file)));
    List<String> gone = new ArrayList<>();
    for (String source : before.files().keySet()) {
      Path path = SourcePath.toPath(source);
      if (!present.contains(source)
          && roots.stream().anyMatch(path::startsWith)
          && !Files.exists(path)) {
        gone.add(source);
      }
    }
    return gone;
  }

  /**
   * The hash of a file together with the files its records took their texts from: a changed text
   * file changes it, so the spreadsheet is read again. Empty when a companion is gone or unreadable
   * (never current then).
   */
  static String withCompanions(String hash, Collection<String> companions) {
    if (companions.isEmpty()) {
      return hash;
    }
    StringBuilder all = new StringBuilder(hash);
    for (String companion : new TreeSet<>(companions)) {
      try {
        all.append('\n')
            .append(companion)
            .append(':')
            .append(DigestUtils.sha256Hex(TextFiles.readBytes(SourcePath.toPath(companion))));
      } catch (RejectedFileException e) {
        return "";
      }
    }
    return DigestUtils.sha256Hex(all.toString());
  }
}
