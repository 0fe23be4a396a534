/**
 * The files of a corpus: walking the paths a user names, why a special file is not read, a file's
 * bytes within the size limit and its text with the encoding detected, and {@link
 * dev.dossier.ingest.files.RejectedFileException}, the reason a file is not read. Uses nothing else
 * of {@code ingest}.
 */
package dev.dossier.ingest.files;
