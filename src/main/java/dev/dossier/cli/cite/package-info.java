/**
 * Citations of archive documents for a historian's footnotes and reference manager: Chicago,
 * BibTeX, RIS and CSL-JSON, each written by its field's library (docs/citations.md).
 */
package dev.dossier.cli.cite;
