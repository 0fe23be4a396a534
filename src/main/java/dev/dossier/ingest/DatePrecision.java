package dev.dossier.ingest;

/** How much of a date the source gives. */
public enum DatePrecision {
  DECADE,
  YEAR,
  MONTH,
  DAY
}
