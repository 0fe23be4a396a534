package dev.dossier.ingest;

import dev.dossier.ingest.date.OpeningDates;
import dev.dossier.model.ArchiveDocument;
import dev.dossier.model.Derived;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What every document gets whatever its reader, in one place: a short id for a URL ({@link
 * ShortIds}), and, when the record has none, a title from its text's first meaningful line (else
 * its URL's words) and a date from its text's opening lines, both marked as derived.
 */
final class DocumentCompletion {

  private DocumentCompletion() {}

  /** {@code doc} with a short id, and a derived title and date where it had none. */
  static ArchiveDocument complete(ArchiveDocument doc) {
    ArchiveDocument.Builder b = doc.toBuilder().id(ShortIds.of(doc.id()));
    Set<Derived> derived = EnumSet.noneOf(Derived.class);
    derived.addAll(doc.derived());
    if (doc.title().isBlank()) {
      Optional<String> title =
          OpeningTitles.fromText(doc.original())
              .or(() -> OpeningTitles.fromText(doc.translation()))
              .or(() -> slugTitle(doc));
      title.ifPresent(
          t -> {
            b.title(t);
            derived.add(Derived.TITLE);
          });
    }
    if (doc.date().isEmpty()) {
      var date = OpeningDates.in(doc.original()).or(() -> OpeningDates.in(doc.translation()));
      date.ifPresent(
          d -> {
            b.date(Optional.of(d));
            derived.add(Derived.DATE);
          });
    }
    return b.derived(derived).build();
  }

  private static Optional<String> slugTitle(ArchiveDocument doc) {
    String url = !doc.url().isBlank() ? doc.url() : doc.id();
    return ShortIds.isUrl(url) ? OpeningTitles.fromSlug(ShortIds.of(url)) : Optional.empty();
  }
}
