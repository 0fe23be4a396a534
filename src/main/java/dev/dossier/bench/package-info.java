/**
 * The benchmark (bench/run): a deterministic bilingual corpus, Dossier measured against a minimal raw-Lucene
 * reference and against grep/rg, results written to bench/RESULTS.md. Not used by the dossier command.
 */
package dev.dossier.bench;
