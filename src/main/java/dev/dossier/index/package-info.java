/** The Lucene index: field definitions, the one document mapper, the indexer and its report. */
package dev.dossier.index;
