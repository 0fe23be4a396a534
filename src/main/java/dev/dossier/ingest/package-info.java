/**
 * Reading archive files into {@link dev.dossier.model.ArchiveDocument}s. {@link ArchiveReaders},
 * the entry point, chooses each file's reader and reads it; the work is done in the subpackages,
 * each of which uses only those after it in this list: {@code mapping} (records read through source
 * mappings), {@code read} (one reader per format), {@code language} (languages, scripts, the
 * original/translation split), {@code date} (dates as sources write them) and {@code files}
 * (walking a corpus, a file's bytes and text, rejections).
 */
package dev.dossier.ingest;
