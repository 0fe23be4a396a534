/**
 * JSON, JSON Lines and CSV records read through the source mappings of {@code
 * index-config/sources}: the reader that chooses a file's mapping, the mapper of one record to an
 * archive document, and the values a mapping's key path or template finds in a record. Uses {@code
 * ingest.read} (the reader interface and result, HTML to text), {@code ingest.language} and {@code
 * ingest.files}.
 */
package dev.dossier.ingest.mapping;
