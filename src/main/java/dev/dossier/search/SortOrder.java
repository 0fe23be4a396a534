package dev.dossier.search;

/** How hits are ordered. */
public enum SortOrder {
  /** Best match first. */
  RELEVANCE,
  /** Oldest first by the first day the date covers; undated documents last. */
  DATE
}
