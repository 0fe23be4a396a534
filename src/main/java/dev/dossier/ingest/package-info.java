/** Reading archive files: corpus walking, format readers, the original/translation split, {@link dev.dossier.ingest.ArchiveDocument}. */
package dev.dossier.ingest;
