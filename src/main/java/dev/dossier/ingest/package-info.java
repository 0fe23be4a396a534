/**
 * Reading archive files: corpus walking, format readers, the original/translation split, {@link
 * dev.dossier.model.ArchiveDocument}.
 */
package dev.dossier.ingest;
