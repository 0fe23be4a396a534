package dev.dossier.index;

import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.Rejection;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Which source file owns each document id in one run. An id names one document: a file may not give
 * it twice, nor take it from another file read in this run, nor from a file the index has it from
 * that still exists (an unchanged file is skipped unread, so its ids are known only from the
 * index). A document whose old file is gone has moved, and its new file takes the id. Thread-safe:
 * workers claim ids of different files at once.
 */
final class IdOwners {

  private final IndexSnapshot before;

  /** The ids files claimed in this run, with the file of each. */
  private final Map<String, String> claimed = new ConcurrentHashMap<>();

  /** Owners for a run over an index that held {@code before}. */
  IdOwners(IndexSnapshot before) {
    this.before = before;
  }

  /**
   * The documents of {@code source} whose ids it may have, in file order; each of the others goes
   * to {@code rejected} with the reason (twice in the file, or the other file that has it).
   */
  List<ArchiveDocument> claim(
      String source, List<ArchiveDocument> documents, Consumer<Rejection> rejected) {
    List<ArchiveDocument> kept = new ArrayList<>();
    Set<String> inFile = new HashSet<>();
    for (ArchiveDocument doc : documents) {
      if (!inFile.add(doc.id())) {
        rejected.accept(
            new Rejection(source, "duplicate id '" + doc.id() + "' (twice in this file)"));
        continue;
      }
      String other = ownerElsewhere(doc.id(), source);
      if (other == null) {
        other = claimed.putIfAbsent(doc.id(), source);
      }
      if (other != null && !other.equals(source)) {
        rejected.accept(
            new Rejection(source, "duplicate id '" + doc.id() + "' (also in " + other + ")"));
      } else {
        kept.add(doc);
      }
    }
    return kept;
  }

  /**
   * The file that held a document with this id when the run started, if it is another file and
   * still exists (a document whose old file is gone has moved, and is updated).
   */
  private String ownerElsewhere(String id, String source) {
    String owner = before.sourceOf(id);
    return owner != null
            && !owner.isEmpty()
            && !owner.equals(source)
            && Files.exists(SourcePath.toPath(owner))
        ? owner
        : null;
  }

  /**
   * Per source file of the index before the run, how many of its documents no file of this run
   * wrote again: what removing the file removes (a document that moved to another file was replaced
   * by its id, so it is updated).
   */
  Map<String, Integer> notRewritten() {
    Map<String, Integer> counts = new HashMap<>();
    before
        .ids()
        .forEach(
            (id, source) -> {
              if (!claimed.containsKey(id)) {
                counts.merge(source, 1, Integer::sum);
              }
            });
    return counts;
  }
}
