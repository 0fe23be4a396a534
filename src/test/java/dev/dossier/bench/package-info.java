/**
 * The benchmark (bench/run): a deterministic bilingual corpus, Dossier measured against a minimal
 * raw-Lucene reference and against grep/rg, results written to bench/RESULTS.md; the names
 * evaluation and the training of the transcription costs. Test source set, so outside the product
 * jar; bench/run compiles it and runs it beside the jar.
 */
package dev.dossier.bench;
