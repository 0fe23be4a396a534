package dev.dossier.index;

/**
 * What every document of a source file records about the file, for the next run's incremental
 * decisions.
 *
 * @param hash SHA-256 of the file's bytes
 * @param documents how many documents the file gave
 * @param collection the collection the file is counted under
 */
record SourceStamp(String hash, int documents, String collection) {}
