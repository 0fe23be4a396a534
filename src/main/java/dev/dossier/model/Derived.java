package dev.dossier.model;

import java.util.Locale;

/**
 * A value Dossier derived from a document's text because its record lacked it: shown as derived
 * ({@code show --json}), so a historian does not cite it as the archive's own.
 */
public enum Derived {
  /** The title, from the first meaningful line of the text (or the URL's last segment). */
  TITLE,
  /** The date, from one written in the text's first lines. */
  DATE;

  /** The name used in JSON and the index: {@code title}. */
  public String fieldName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
