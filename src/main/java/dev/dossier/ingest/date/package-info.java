/**
 * Dates as sources write them, read into {@link dev.dossier.model.PartialDate}s: ISO date-times and
 * slashed dates of metadata, and TEI's date attributes and ranges. Uses nothing else of {@code
 * ingest}.
 */
package dev.dossier.ingest.date;
