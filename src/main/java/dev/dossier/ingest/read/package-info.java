/**
 * The format readers, one per archive format (PDF, TEI XML, HTML, YAML front matter, the Wilson
 * Center export, plain text), behind {@link dev.dossier.ingest.read.ArchiveReader}, and the {@link
 * dev.dossier.ingest.read.ReadResult} each returns. Uses {@code ingest.language}, {@code
 * ingest.date} and {@code ingest.files}; the readers are chosen and called by {@link
 * dev.dossier.ingest.ArchiveReaders}.
 */
package dev.dossier.ingest.read;
