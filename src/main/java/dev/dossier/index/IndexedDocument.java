package dev.dossier.index;

import dev.dossier.align.Alignment;
import dev.dossier.align.TextPair;
import dev.dossier.model.ArchiveDocument;
import java.util.List;

/** A document as the index holds it: the archive document and the alignment of its texts. */
public record IndexedDocument(ArchiveDocument document, Alignment alignment) {

  /** The aligned passages as text. */
  public List<TextPair> pairs() {
    return alignment.texts(document.original(), document.translation());
  }
}
