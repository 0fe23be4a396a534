package dev.dossier.model;

/** How much of a date the source gives. */
public enum DatePrecision {
  DECADE,
  YEAR,
  MONTH,
  DAY
}
