/**
 * Searching the index: the user query language, ranking across languages, snippets, and result
 * records.
 */
package dev.dossier.search;
