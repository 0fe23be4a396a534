/** Lucene analyzers built from the index configuration's analysis chains. */
package dev.dossier.analysis;
